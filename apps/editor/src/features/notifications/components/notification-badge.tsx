import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router-dom';
import { notificationsQuery } from '../api/notifications-api';
import { notificationMessages as m } from '../messages';
import '../notifications.css';

/** Header link to the notification list with the unread count (hidden at zero). */
export function NotificationBadge() {
  const { data } = useQuery(notificationsQuery());
  const unread = data?.unread ?? 0;
  return (
    <NavLink to="/benachrichtigungen" className="notify-link">
      {m.badgeLabel}
      {unread > 0 && (
        <span className="notify-link__count" data-testid="notification-count">
          <span className="visually-hidden">: </span>
          {unread}
          <span className="visually-hidden"> {m.unreadWord}</span>
        </span>
      )}
    </NavLink>
  );
}
