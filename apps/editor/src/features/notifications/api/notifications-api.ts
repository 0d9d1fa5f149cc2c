import type { NotificationsResponse } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** Query key of GET /notifications; invalidate it after anything that settles a notification. */
export const notificationsKey = ['notifications'] as const;

// Notifications are computed by the API on read; a minute is fresh enough for a badge.
const POLL_MS = 60_000;

/** GET /notifications as query options, polled while the tab is visible. */
export const notificationsQuery = () =>
  queryOptions({
    queryKey: notificationsKey,
    // Polling is no activity of the user: it must not keep an idle session alive.
    queryFn: ({ signal }) => http.get<NotificationsResponse>('/notifications', { signal, background: true }),
    staleTime: 15_000,
    refetchInterval: POLL_MS,
    refetchOnWindowFocus: true,
  });

/** POST /notifications/:id/read */
export const markNotificationRead = (id: string) => http.post<void>(`/notifications/${encodeURIComponent(id)}/read`);

/** POST /notifications/read-all */
export const markAllNotificationsRead = () => http.post<void>('/notifications/read-all');
