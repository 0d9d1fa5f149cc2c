import { useMutation, useQueryClient } from '@tanstack/react-query';
import { articleKeys, verifyArticle } from '../../articles/api/articles-api';
import { notificationsKey } from '../../notifications/api/notifications-api';
import { freshnessKeys } from '../api/freshness-api';

/** POST /articles/:id/verify; the overview, article lists and due-review notifications change. */
export function useVerifyArticle(onVerified: (articleId: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (articleId: string) => verifyArticle(articleId),
    onSuccess: (_article, articleId) => {
      for (const queryKey of [freshnessKeys.all, articleKeys.all, notificationsKey]) {
        void queryClient.invalidateQueries({ queryKey });
      }
      onVerified(articleId);
    },
  });
}
