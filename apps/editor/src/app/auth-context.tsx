// Holds the session: who is logged in, restored from GET /auth/me on start. The CSRF token is
// handed to the HTTP layer; the user object is what the UI uses for navigation and gates.
import type { LoginResponse, SessionUser } from '@bsc/domain';
import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onUnauthenticated, setCsrfToken } from '../api/http';
import * as authApi from '../features/auth/api/auth-api';

/** What components read from the auth context. */
export interface AuthState {
  /** undefined while the session is being checked, null when logged out. */
  user: SessionUser | null | undefined;
  /** True after an explicit logout: the next person starts fresh, not on the previous page. */
  loggedOut: boolean;
  /** True when the session ended while the user worked (idle timeout, server restart): the login page says so. */
  sessionEnded: boolean;
  /** Seconds without a request after which the server ends the session (0 while logged out). */
  idleTimeoutSeconds: number;
  signIn: (login: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
  /** "Angemeldet bleiben": restarts the session's idle timeout. */
  keepAlive: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

function useSessionRestore(accept: (session: LoginResponse | null) => void): void {
  useEffect(() => {
    const controller = new AbortController();
    authApi
      .fetchSession(controller.signal)
      .then(accept)
      .catch(() => {
        // Not logged in (401) or API unreachable: both mean "show the login page".
        if (!controller.signal.aborted) accept(null);
      });
    return () => controller.abort();
  }, [accept]);
}

// Any 401 from the API (session expired, server restarted) sends the user back to the login,
// which then says why; unsaved editor input stays in the browser's store (article-editor).
function useSessionExpiry(accept: (session: LoginResponse | null) => void, queryClient: QueryClient, ended: () => void): void {
  useEffect(() => {
    onUnauthenticated(() => {
      ended();
      accept(null);
      queryClient.clear();
    });
    return () => onUnauthenticated(null);
  }, [accept, queryClient, ended]);
}

/** Provides the session to the app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [loggedOut, setLoggedOut] = useState(false);
  const [sessionEnded, setSessionEnded] = useState(false);
  const [idleTimeoutSeconds, setIdleTimeoutSeconds] = useState(0);

  const accept = useCallback((session: LoginResponse | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setUser(session?.user ?? null);
    setIdleTimeoutSeconds(session?.idleTimeoutSeconds ?? 0);
  }, []);
  useSessionRestore(accept);

  // Only a session that was there can end: a 401 while nobody is logged in changes nothing.
  const ended = useCallback(() => setSessionEnded((before) => before || user !== null), [user]);
  useSessionExpiry(accept, queryClient, ended);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const session = await authApi.login({ login, password });
      accept(session);
      setLoggedOut(false);
      setSessionEnded(false);
      return session.user;
    },
    [accept],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setLoggedOut(true);
      setSessionEnded(false);
      accept(null);
      queryClient.clear();
    }
  }, [accept, queryClient]);

  const keepAlive = useCallback(async () => {
    const session = await authApi.refresh();
    setIdleTimeoutSeconds(session.idleTimeoutSeconds);
  }, []);

  const value = useMemo(
    () => ({ user, loggedOut, sessionEnded, idleTimeoutSeconds, signIn, signOut, keepAlive }),
    [user, loggedOut, sessionEnded, idleTimeoutSeconds, signIn, signOut, keepAlive],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

/** The auth state; must be used inside AuthProvider. */
export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The logged-in user; only for components rendered behind the auth gate. */
export function useCurrentUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser without a session');
  return user;
}
