import type { NotificationView } from '@bsc/domain';
import { Link } from 'react-router-dom';
import { Badge } from '../../../ui/badge';
import { formatDateTime } from '../../../ui/format-date';
import { notificationMessages as m } from '../messages';
import { describeNotification } from '../notification-text';
import { SmallButton } from '../../../ui/small-button';

/** Props of NotificationItem. */
export interface NotificationItemProps {
  notification: NotificationView;
  onMarkRead: (id: string) => void;
  busy: boolean;
}

/** One notification: linked title, facts, the comment or note, and "Als gelesen markieren". */
export function NotificationItem({ notification: n, onMarkRead, busy }: NotificationItemProps) {
  const text = describeNotification(n);
  return (
    <li className={`notification ${n.read ? '' : 'notification--unread'}`}>
      <h2 className="notification__title">
        {!n.read && (
          <>
            <Badge tone="info">{m.newBadge}</Badge>{' '}
          </>
        )}
        <Link to={text.href} onClick={() => !n.read && onMarkRead(n.id)}>
          {text.title}
        </Link>
      </h2>
      <p className="notification__meta">
        <time dateTime={n.at}>{formatDateTime(n.at)}</time>
        {text.details.map((detail) => (
          <span key={detail}>{detail}</span>
        ))}
      </p>
      {n.text && <p className="notification__text">{n.text}</p>}
      <div className="button-row">
        {n.kind === 'flag_created' && <Link to="/arbeitsbereich/meldungen">{m.flagQueueLink}</Link>}
        {!n.read && (
          <SmallButton disabled={busy} aria-label={m.markReadFor(text.title)} onClick={() => onMarkRead(n.id)}>
            {m.markRead}
          </SmallButton>
        )}
      </div>
    </li>
  );
}
