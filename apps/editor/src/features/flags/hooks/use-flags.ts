import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { articleKeys } from '../../articles/api/articles-api';
import { notificationsKey } from '../../notifications/api/notifications-api';
import { flagKeys, listFlags, resolveFlag, type FlagListFilter, type ResolveFlagRequest } from '../api/flag-queue-api';

/** The flags matching the filter; always re-read on opening a page (flags change from outside). */
export function useFlagList(filter: FlagListFilter) {
  return useQuery({
    queryKey: flagKeys.list(filter),
    queryFn: ({ signal }) => listFlags(filter, signal),
    staleTime: 0,
  });
}

/** Resolves a flag; the queue, badges, article lists and freshness counts all change with it. */
export function useResolveFlag(onResolved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ResolveFlagRequest }) => resolveFlag(id, request),
    onSuccess: () => {
      for (const queryKey of [flagKeys.all, notificationsKey, articleKeys.all, ['freshness']]) {
        void queryClient.invalidateQueries({ queryKey });
      }
      onResolved();
    },
  });
}
