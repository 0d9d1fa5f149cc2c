import { hasPermission, ROLES, type Role } from '@bsc/domain';
import { createDepartment, createUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ACCESS_MATRIX, type Access } from '../../testing/security/rbac-matrix';
import { listExpressRouteKeys, listRoutes, type RouteInfo } from '../../testing/security/route-table';
import { SessionClient, sessionFor } from '../../testing/security/session-client';

type Caller = 'anonymous' | Role;
const CALLERS: readonly Caller[] = ['anonymous', ...ROLES];

// Ids that exist nowhere: a permitted caller gets 400/404, never 401/403, and nothing changes.
const PARAM_VALUES: Record<string, string> = { n: '1' };
const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

function concretePath(route: RouteInfo): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => PARAM_VALUES[name] ?? UNKNOWN_ID);
}

function allowed(access: Access, caller: Caller): boolean {
  if (access === 'public') return true;
  if (caller === 'anonymous') return false;
  return access === 'session' || access.includes(caller);
}

function suggestion(route: RouteInfo): string {
  if (route.isPublic) return `'${route.key}': 'public',`;
  if (!route.permission) return `'${route.key}': 'session',`;
  const roles = ROLES.filter((role) => hasPermission([role], route.permission ?? 'content:read'));
  return `'${route.key}': [${roles.map((r) => `'${r}'`).join(', ')}], // @RequirePermission('${route.permission}')`;
}

describe('RBAC matrix (generated from the route table)', () => {
  let t: TestApp;
  let routes: RouteInfo[];
  const userIds = new Map<Role, string>();

  beforeAll(async () => {
    t = await createTestApp();
    routes = listRoutes(t.app);
    const departmentId = await createDepartment(t);
    for (const role of ROLES)
      userIds.set(role, (await createUser(t, [role], role === 'agent' || role === 'admin' ? [] : [departmentId])).id);
  });
  afterAll(() => t.close());

  it('finds the same routes as Express serves', () => {
    expect(routes.map((r) => r.key).sort()).toEqual(listExpressRouteKeys(t.app));
    expect(routes.length).toBeGreaterThan(40);
  });

  it('has an explicit rule for every route', () => {
    const missing = routes.filter((route) => !(route.key in ACCESS_MATRIX));
    if (missing.length > 0) {
      throw new Error(
        `Routes without an entry in apps/api/src/security/rbac-matrix.ts (ACCESS_MATRIX). Decide who may call them and add:\n` +
          missing.map(suggestion).join('\n'),
      );
    }
  });

  it('has no rule for a route that does not exist', () => {
    const keys = new Set(routes.map((r) => r.key));
    expect(Object.keys(ACCESS_MATRIX).filter((key) => !keys.has(key))).toEqual([]);
  });

  it('agrees with the @Public / @RequirePermission decorators and the role permissions', () => {
    const disagreements = routes
      .filter((route) => route.key in ACCESS_MATRIX)
      .filter((route) => {
        const access = ACCESS_MATRIX[route.key];
        if (access === 'public') return !route.isPublic;
        if (route.isPublic) return true;
        if (access === 'session') return route.permission !== undefined;
        if (!route.permission) return true;
        return ROLES.some((role) => hasPermission([role], route.permission ?? 'content:read') !== access.includes(role));
      })
      .map((route) => `${route.key}: table says ${JSON.stringify(ACCESS_MATRIX[route.key])}, code says ${suggestion(route)}`);
    expect(disagreements).toEqual([]);
  });

  it('answers every route as anonymous and as every role with the expected status class', async () => {
    const failures: string[] = [];
    for (const route of routes.filter((r) => r.key in ACCESS_MATRIX)) {
      for (const caller of CALLERS) {
        // A fresh session per call: logout or a user change must not spoil the next call.
        const client = caller === 'anonymous' ? new SessionClient(t.baseUrl) : await sessionFor(t, userIds.get(caller) ?? '');
        const response = await client.json(route.method, concretePath(route), route.method === 'GET' ? undefined : {});
        const problem = judge(ACCESS_MATRIX[route.key], caller, response.status, response.json);
        if (problem) failures.push(`${route.key} as ${caller}: ${problem}`);
      }
    }
    expect(failures).toEqual([]);
    // One login per call: ~70 routes × 7 callers on two shared cores.
  }, 180_000);
});

function judge(access: Access, caller: Caller, status: number, body: unknown): string | undefined {
  const code = (body as { code?: string } | undefined)?.code;
  if (status >= 500) return `server error ${status} ${code}`;
  if (allowed(access, caller)) return status === 401 || status === 403 ? `expected access, got ${status} ${code}` : undefined;
  if (caller === 'anonymous')
    return status === 401 && code === 'UNAUTHENTICATED' ? undefined : `expected 401 UNAUTHENTICATED, got ${status} ${code}`;
  return status === 403 && code === 'FORBIDDEN' ? undefined : `expected 403 FORBIDDEN, got ${status} ${code}`;
}
