import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createUser, updateUser, usersKey } from '../api/users-api';
import { toCreateRequest, toUpdateRequest, type UserDraft } from '../users/user-draft';

/** Create (without id) or update (with id) a user, then refresh the user list. */
export function useSaveUser(onSaved: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, draft }: { id: string | null; draft: UserDraft }) =>
      id ? updateUser(id, toUpdateRequest(draft)) : createUser(toCreateRequest(draft)),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: usersKey });
      onSaved();
    },
  });
}
