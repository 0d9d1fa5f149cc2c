import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ErrorAlert } from '../../../ui/error-alert';
import { articleKeys, verifyArticle } from '../../articles/api/articles-api';
import { editorMessages as m } from '../messages';

/** "Als aktuell bestätigen": confirms the published version is still correct. */
export function VerifyButton({ articleId }: { articleId: string }) {
  const queryClient = useQueryClient();
  const verify = useMutation({
    mutationFn: () => verifyArticle(articleId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: articleKeys.all }),
  });
  return (
    <>
      <button type="button" className="button button--secondary" disabled={verify.isPending} onClick={() => verify.mutate()}>
        {m.verify}
      </button>
      {verify.isSuccess && <span role="status">{m.verified}</span>}
      {verify.isError && <ErrorAlert error={verify.error} />}
    </>
  );
}
