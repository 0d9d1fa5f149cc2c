import type { NotificationView } from '@bsc/domain';

/** A notification before read markers are applied; `settled` means nothing is left to do. */
export interface PendingNotification extends Omit<NotificationView, 'read' | 'at'> {
  at: Date;
  settled: boolean;
}
