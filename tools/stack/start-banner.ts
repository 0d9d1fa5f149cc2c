import path from 'node:path';

/** One demo account as exported by dist/apps/api/src/seed/demo-users.js. */
interface DemoUser {
  login: string;
  password: string;
  role: string;
  displayName: string;
}

/** The lines printed once `npm start` is ready (German first, English second). */
export function startBanner(root: string, port: number): string {
  const line = '─'.repeat(64);
  const users = demoUsers(root);
  const userLines = users.map((user) => `    ${user.login.padEnd(14)} ${user.password.padEnd(18)} ${user.role} – ${user.displayName}`);
  return [
    line,
    `  BSC Wissen läuft / is running:  http://localhost:${port}`,
    ...(users.length > 0 ? ['  Demo-Anmeldungen / demo logins (Login, Passwort, Rolle):', ...userLines] : []),
    `  Daten / data: ${path.join(root, '.data')}`,
    '  Beenden / stop: Strg+C / Ctrl+C',
    line,
  ].join('\n');
}

// Written by the seeding code; absent (or different) exports simply mean no logins to show.
function demoUsers(root: string): DemoUser[] {
  let loaded: unknown;
  try {
    loaded = require(path.join(root, 'dist', 'apps', 'api', 'src', 'seed', 'demo-users.js'));
  } catch {
    return [];
  }
  if (typeof loaded !== 'object' || loaded === null || !('DEMO_USERS' in loaded)) return [];
  const users = loaded.DEMO_USERS;
  return Array.isArray(users) ? users.filter(isDemoUser) : [];
}

function isDemoUser(value: unknown): value is DemoUser {
  if (typeof value !== 'object' || value === null) return false;
  const fields = ['login', 'password', 'role', 'displayName'];
  return fields.every((field) => typeof Reflect.get(value, field) === 'string');
}
