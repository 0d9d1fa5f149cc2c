// The route table. Only login and the agent search are in the initial bundle; every other page
// is a lazy route so Tiptap and author screens never slow down the agent's first load.
// To add screens, append RouteObjects to `protectedRoutes` (or to adminRoutes in features/admin).
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { adminRoutes } from '../features/admin/admin-routes';
import { LoginPage } from '../pages/login-page';
import { SearchPage } from '../pages/search-page';
import { Loading } from '../ui/page-loading';
import {
  canAdminister,
  canFlag,
  canManageGaps,
  canReadContacts,
  canResolveFlags,
  canReview,
  canSearch,
  canWrite,
  type AccessRule,
} from './access';
import { AppShell } from './app-shell';
import {
  loadAnswerPage,
  loadArticleEditorPage,
  loadContactsDashboardPage,
  loadContentGapsPage,
  loadFlagQueuePage,
  loadMyFlagsPage,
  loadNotificationsPage,
  loadReviewPage,
  loadReviewQueuePage,
  loadWorkspacePage,
} from './lazy-pages';
import { RequireAccess, RequireSession } from './gates';
import { NotFound, RouteError } from './route-error';

/** Wraps routes in an access check. */
export function guarded(allow: AccessRule, children: RouteObject[]): RouteObject {
  return { element: <RequireAccess allow={allow} />, children };
}

/** Routes behind the login, rendered inside the app shell. */
export const protectedRoutes: RouteObject[] = [
  guarded(canSearch, [
    { index: true, Component: SearchPage },
    { path: 'artikel/:id', lazy: async () => ({ Component: (await loadAnswerPage()).AnswerPage }) },
  ]),
  { path: 'benachrichtigungen', lazy: async () => ({ Component: (await loadNotificationsPage()).NotificationsPage }) },
  guarded(canFlag, [{ path: 'meine-meldungen', lazy: async () => ({ Component: (await loadMyFlagsPage()).MyFlagsPage }) }]),
  guarded(canResolveFlags, [
    { path: 'arbeitsbereich/meldungen', lazy: async () => ({ Component: (await loadFlagQueuePage()).FlagQueuePage }) },
  ]),
  guarded(canWrite, [
    { path: 'arbeitsbereich', lazy: async () => ({ Component: (await loadWorkspacePage()).WorkspacePage }) },
    {
      path: 'arbeitsbereich/artikel/:id',
      lazy: async () => ({ Component: (await loadArticleEditorPage()).ArticleEditorPage }),
    },
  ]),
  guarded(canReview, [
    { path: 'freigaben', lazy: async () => ({ Component: (await loadReviewQueuePage()).ReviewQueuePage }) },
    { path: 'freigaben/:id', lazy: async () => ({ Component: (await loadReviewPage()).ReviewPage }) },
  ]),
  guarded(canReadContacts, [
    { path: 'erstkontakt', lazy: async () => ({ Component: (await loadContactsDashboardPage()).ContactsDashboardPage }) },
  ]),
  guarded(canManageGaps, [{ path: 'inhaltsluecken', lazy: async () => ({ Component: (await loadContentGapsPage()).ContentGapsPage }) }]),
  guarded(canAdminister, adminRoutes),
  { path: '*', Component: NotFound },
];

/** The complete route tree. */
export const appRoutes: RouteObject[] = [
  { path: '/anmeldung', Component: LoginPage, errorElement: <RouteError /> },
  {
    path: '/',
    element: <RequireSession />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <Loading />,
    children: [{ element: <AppShell />, children: protectedRoutes }],
  },
];

/** Creates the browser router of the app. */
export function createAppRouter() {
  return createBrowserRouter(appRoutes);
}
