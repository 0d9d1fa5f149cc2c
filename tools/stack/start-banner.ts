import path from 'node:path';

/** One demo account, as printed: from dist/apps/api/src/seed/demo-users.js (DEMO_USERS). */
interface DemoLogin {
  login: string;
  password: string;
  roles: string;
  displayName: string;
}

/** The lines printed once `npm start` is ready (German first, English second). */
export function startBanner(root: string, port: number): string {
  const line = '─'.repeat(72);
  const logins = demoLogins(root);
  const loginLines = logins.map((user) => `    ${user.login.padEnd(12)} ${user.password.padEnd(20)} ${user.roles} – ${user.displayName}`);
  return [
    line,
    `  BSC Wissen läuft / is running:  http://localhost:${port}`,
    ...(logins.length > 0 ? ['  Demo-Anmeldungen / demo logins (Login, Passwort, Rolle):', ...loginLines] : []),
    `  Daten / data: ${path.join(root, '.data')}`,
    '  Beenden / stop: Strg+C / Ctrl+C',
    line,
  ].join('\n');
}

// Written by the seeding code; a missing file or unexpected shape just means no logins shown.
function demoLogins(root: string): DemoLogin[] {
  let loaded: unknown;
  try {
    // Optional, built file: a plain require keeps the banner working without it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(path.join(root, 'dist', 'apps', 'api', 'src', 'seed', 'demo-users.js'));
  } catch {
    return [];
  }
  if (typeof loaded !== 'object' || loaded === null || !('DEMO_USERS' in loaded)) return [];
  const users: unknown = loaded.DEMO_USERS;
  if (!Array.isArray(users)) return [];
  return users.flatMap((user: unknown) => toDemoLogin(user) ?? []);
}

// Accepts `role: string` as well as `roles: string[]`.
function toDemoLogin(user: unknown): DemoLogin | undefined {
  if (typeof user !== 'object' || user === null) return undefined;
  const field = (name: string): unknown => Reflect.get(user, name);
  const [login, password, displayName] = [field('login'), field('password'), field('displayName')];
  const rawRoles = field('roles') ?? field('role');
  const roles = Array.isArray(rawRoles) ? rawRoles.join(', ') : rawRoles;
  const allText = typeof login === 'string' && typeof password === 'string' && typeof displayName === 'string' && typeof roles === 'string';
  return allText ? { login, password, displayName, roles } : undefined;
}
