import { useMutation, useQueryClient } from '@tanstack/react-query';
import { markAllNotificationsRead, markNotificationRead, notificationsKey } from '../api/notifications-api';

/** Mark one or all notifications read; both refresh the list and the header badge. */
export function useNotificationActions() {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: notificationsKey });
  const markRead = useMutation({ mutationFn: markNotificationRead, onSettled: refresh });
  const markAllRead = useMutation({ mutationFn: markAllNotificationsRead, onSettled: refresh });
  return { markRead, markAllRead };
}
