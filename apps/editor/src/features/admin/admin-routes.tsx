// Routes of the administration area, mounted under the admin access gate by app/routes.tsx.
// Add a screen by adding a child route here (path relative to /verwaltung) with a lazy import.
import type { RouteObject } from 'react-router-dom';

/** The /verwaltung route tree. */
export const adminRoutes: RouteObject[] = [
  {
    path: 'verwaltung',
    lazy: async () => ({ Component: (await import('./components/admin-overview')).AdminOverview }),
  },
];
