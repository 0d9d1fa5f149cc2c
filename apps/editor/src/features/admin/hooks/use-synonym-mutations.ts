import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SynonymRequest } from '@bsc/domain';
import { createSynonym, deleteSynonym, synonymsKey } from '../api/synonyms-api';

/** POST /synonyms, then refresh the list. */
export function useAddSynonym(onAdded: (term: string) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: SynonymRequest) => createSynonym(request),
    onSuccess: (_entry, request) => {
      void queryClient.invalidateQueries({ queryKey: synonymsKey });
      onAdded(request.term);
    },
  });
}

/** DELETE /synonyms/:id, then refresh the list. */
export function useDeleteSynonym(onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteSynonym,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: synonymsKey });
      onDeleted();
    },
  });
}
