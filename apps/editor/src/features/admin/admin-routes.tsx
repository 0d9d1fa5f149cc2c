// Routes of the administration area, mounted under the admin access gate by app/routes.tsx.
// Every screen is its own lazy chunk: nothing here reaches the agent's initial bundle.
import type { RouteObject } from 'react-router-dom';

/** The /verwaltung route tree (paths match ADMIN_SECTIONS). */
export const adminRoutes: RouteObject[] = [
  {
    path: 'verwaltung',
    lazy: async () => ({ Component: (await import('./components/admin-layout')).AdminLayout }),
    children: [
      { index: true, lazy: async () => ({ Component: (await import('./components/admin-overview')).AdminOverview }) },
      {
        path: 'fachbereiche',
        lazy: async () => ({ Component: (await import('./components/departments/departments-page')).DepartmentsPage }),
      },
      { path: 'benutzer', lazy: async () => ({ Component: (await import('./components/users/users-page')).UsersPage }) },
      { path: 'unterlagen', lazy: async () => ({ Component: (await import('./components/documents/documents-page')).DocumentsPage }) },
      { path: 'synonyme', lazy: async () => ({ Component: (await import('./components/synonyms/synonyms-page')).SynonymsPage }) },
      {
        path: 'aktualitaet',
        lazy: async () => ({ Component: (await import('../freshness/components/freshness-overview-page')).FreshnessOverviewPage }),
      },
      { path: 'meldungen', lazy: async () => ({ Component: (await import('./components/admin-flags-page')).AdminFlagsPage }) },
      {
        path: 'suchanalyse',
        lazy: async () => ({ Component: (await import('./components/analytics/search-analytics-page')).SearchAnalyticsPage }),
      },
      {
        path: 'behoerden',
        lazy: async () => ({ Component: (await import('../contacts/components/authorities-page')).AuthoritiesPage }),
      },
      { path: 'protokoll', lazy: async () => ({ Component: (await import('./components/audit/audit-page')).AuditPage }) },
    ],
  },
];
