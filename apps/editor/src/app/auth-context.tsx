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
  signIn: (login: string, password: string) => Promise<SessionUser>;
  signOut: () => Promise<void>;
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

// Any 401 from the API (session expired, server restarted) sends the user back to the login.
function useSessionExpiry(accept: (session: LoginResponse | null) => void, queryClient: QueryClient): void {
  useEffect(() => {
    onUnauthenticated(() => {
      accept(null);
      queryClient.clear();
    });
    return () => onUnauthenticated(null);
  }, [accept, queryClient]);
}

/** Provides the session to the app. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  const [loggedOut, setLoggedOut] = useState(false);

  const accept = useCallback((session: LoginResponse | null) => {
    setCsrfToken(session?.csrfToken ?? null);
    setUser(session?.user ?? null);
  }, []);
  useSessionRestore(accept);

  useSessionExpiry(accept, queryClient);

  const signIn = useCallback(
    async (login: string, password: string) => {
      const session = await authApi.login({ login, password });
      accept(session);
      setLoggedOut(false);
      return session.user;
    },
    [accept],
  );

  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      setLoggedOut(true);
      accept(null);
      queryClient.clear();
    }
  }, [accept, queryClient]);

  const value = useMemo(() => ({ user, loggedOut, signIn, signOut }), [user, loggedOut, signIn, signOut]);
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
