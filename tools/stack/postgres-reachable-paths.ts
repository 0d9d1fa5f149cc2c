import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RunAs } from './managed-process';
import { isReachable } from './postgres-os-user';

// As root, PostgreSQL runs as the system user "postgres", which cannot enter a checkout below
// /root (mode 700). Instead of failing, `npm start` and the tests then use copies and data
// directories under /var/tmp, which survives reboots like .data/ does.
const FALLBACK_ROOT = '/var/tmp';

/**
 * The bin/ directory to run PostgreSQL from: the package's own when the postgres user can reach
 * it, otherwise a one-time copy of the package's native/ tree (bin + lib, about 60 MB).
 */
export function reachableBinDir(packageBinDir: string, runAs: RunAs | undefined): string {
  if (runAs === undefined || isReachable(path.join(packageBinDir, 'postgres'), runAs)) return packageBinDir;
  const nativeDir = path.resolve(packageBinDir, '..');
  const version = fs.readFileSync(path.join(nativeDir, '..', 'package.json'), 'utf8').match(/"version":\s*"([^"]+)"/)?.[1] ?? 'unknown';
  const copy = path.join(FALLBACK_ROOT, `bsc-wissen-postgres-${version}`);
  const marker = path.join(copy, '.complete');
  if (!fs.existsSync(marker)) {
    fs.rmSync(copy, { recursive: true, force: true });
    fs.cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(copy, 0o755);
    fs.writeFileSync(marker, `${nativeDir}\n`);
  }
  return path.join(copy, 'bin');
}

/** The cluster directory to use: the wanted one when reachable, else a stable one under /var/tmp. */
export function reachableDataDir(wanted: string, runAs: RunAs | undefined): string {
  if (runAs === undefined || isReachable(wanted, runAs)) return wanted;
  const key = createHash('sha256').update(path.resolve(wanted)).digest('hex').slice(0, 12);
  const relocated = path.join(FALLBACK_ROOT, `bsc-wissen-data-${key}`, 'postgres');
  fs.mkdirSync(path.dirname(relocated), { recursive: true, mode: 0o755 });
  console.log(`Hinweis: PostgreSQL-Daten liegen in ${relocated} (der Benutzer "postgres" erreicht ${wanted} nicht).`);
  return relocated;
}
