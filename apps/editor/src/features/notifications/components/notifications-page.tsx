import { hasPermission } from '@bsc/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../app/auth-context';
import { ErrorAlert } from '../../../ui/error-alert';
import { Loading } from '../../../ui/page-loading';
import { notificationsQuery } from '../api/notifications-api';
import { useNotificationActions } from '../hooks/use-notification-actions';
import { notificationMessages as m } from '../messages';
import { NotificationItem } from './notification-item';

/** /benachrichtigungen — the user's notifications, newest first. */
export function NotificationsPage() {
  const user = useCurrentUser();
  const query = useQuery(notificationsQuery());
  const { markRead, markAllRead } = useNotificationActions();
  const unread = query.data?.unread ?? 0;

  return (
    <section className="page" aria-labelledby="notifications-title">
      <h1 id="notifications-title">{m.pageTitle}</h1>
      <p className="muted">{m.intro}</p>
      <div className="toolbar">
        <p role="status" className="notifications__count">
          {query.data ? m.unreadCount(unread) : ''}
        </p>
        <div className="button-row">
          {hasPermission(user.roles, 'feedback:create') && <Link to="/meine-meldungen">{m.myFlagsLink}</Link>}
          <button
            type="button"
            className="button button--secondary"
            disabled={unread === 0 || markAllRead.isPending}
            onClick={() => markAllRead.mutate()}
          >
            {markAllRead.isPending ? m.markingAllRead : m.markAllRead}
          </button>
        </div>
      </div>
      {(markRead.isError || markAllRead.isError) && <ErrorAlert error={markRead.error ?? markAllRead.error} />}
      {query.isPending && <Loading />}
      {query.isError && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && query.data.items.length === 0 && <p>{m.empty}</p>}
      {query.data && query.data.items.length > 0 && (
        <ul className="notifications" aria-label={m.listLabel}>
          {query.data.items.map((n) => (
            <NotificationItem key={n.id} notification={n} busy={markRead.isPending} onMarkRead={(id) => markRead.mutate(id)} />
          ))}
        </ul>
      )}
    </section>
  );
}
