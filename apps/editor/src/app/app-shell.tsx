import { useRef } from 'react';
import { NavLink, Outlet, useNavigation } from 'react-router-dom';
import { SessionExpiryWarning } from '../features/auth/components/session-expiry-warning';
import { NotificationBadge } from '../features/notifications/components/notification-badge';
import { useSearchShortcutElsewhere } from '../features/search/hooks/use-search-hotkeys';
import { canSearch } from './access';
import { useCurrentUser, useAuth } from './auth-context';
import { appMessages } from './messages';
import { navItemsFor } from './navigation';
import { usePageArrival } from './page-arrival';

function MainNavigation() {
  const user = useCurrentUser();
  return (
    <nav aria-label={appMessages.mainNavigation} className="shell__nav">
      <ul>
        {navItemsFor(user).map((item) => (
          <li key={item.to}>
            <NavLink to={item.to} end={item.to === '/'}>
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function UserMenu() {
  const { user, signOut } = useAuth();
  return (
    <div className="shell__user">
      <NotificationBadge />
      <span>
        <span className="visually-hidden">{appMessages.loggedInAs} </span>
        {user?.displayName}
      </span>
      <button type="button" className="button button--on-dark" onClick={() => void signOut()}>
        {appMessages.logout}
      </button>
    </div>
  );
}

/** Header with navigation and user, then the page in <main>. */
export function AppShell() {
  const navigation = useNavigation();
  const user = useCurrentUser();
  const main = useRef<HTMLElement>(null);
  const arrival = usePageArrival(main);
  useSearchShortcutElsewhere(canSearch(user));
  return (
    <div className="shell">
      <a className="skip-link" href="#inhalt">
        {appMessages.skipLink}
      </a>
      <header className="shell__header no-print">
        <NavLink to="/" className="shell__brand">
          {appMessages.productName}
        </NavLink>
        <MainNavigation />
        <UserMenu />
      </header>
      <SessionExpiryWarning />
      {navigation.state === 'loading' && (
        <div className="shell__progress no-print" role="status">
          {appMessages.pageLoading}
        </div>
      )}
      {/* The one announcement of page changes; always mounted so each new text is read. */}
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="page-announcement">
        {arrival}
      </p>
      <main id="inhalt" className="shell__main" tabIndex={-1} ref={main}>
        <Outlet />
      </main>
    </div>
  );
}
