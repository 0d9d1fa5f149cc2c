import fs from 'node:fs';
import path from 'node:path';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch-server';
import { answersSelectOne, startPostgres, type RunningPostgres } from './postgres-server';
import { superviseServer, type Supervisor, type SupervisorOptions, type SupervisorStatus } from './supervisor';
import { answersOk } from './wait-until';

/** Tuning for tests (short thresholds); `npm start` uses the defaults of supervisor.ts. */
export type SupervisionSettings = Pick<
  SupervisorOptions<RunningPostgres>,
  'stuckAfterMs' | 'probeIntervalMs' | 'backoff' | 'stableAfterMs' | 'log'
> & {
  /** Where to keep the servers' status as JSON for the API's /health (written on every change). */
  statusFile?: string;
};

/** The supervisors of the servers the stack started itself. */
export interface StackSupervision {
  postgres?: Supervisor<RunningPostgres>;
  meilisearch?: Supervisor<RunningMeilisearch>;
}

/** Contents of the status file: one entry per supervised server. */
export type StackStatus = Record<string, SupervisorStatus>;

/** Where `npm start` keeps the status of its servers (the API gets it as STACK_STATUS_FILE). */
export function stackStatusFile(dataDir: string): string {
  return path.join(dataDir, 'stack-status.json');
}

/** Puts PostgreSQL and Meilisearch under supervision: restarted on exit or when stuck. */
export function superviseStack(
  servers: { postgres?: RunningPostgres; meilisearch?: RunningMeilisearch },
  settings: SupervisionSettings,
): StackSupervision {
  const { statusFile, ...tuning } = settings;
  const statuses: StackStatus = {};
  const onStatus = (status: SupervisorStatus) => {
    statuses[status.name] = status;
    if (statusFile !== undefined) writeAtomically(statusFile, `${JSON.stringify(statuses)}\n`);
  };
  const postgres = servers.postgres;
  const meilisearch = servers.meilisearch;
  return {
    postgres:
      postgres &&
      superviseServer({
        ...tuning,
        name: 'PostgreSQL',
        server: postgres,
        restart: () => startPostgres(postgres.restartOptions),
        probe: (current) => answersSelectOne(current.url),
        onStatus,
      }),
    meilisearch:
      meilisearch &&
      superviseServer({
        ...tuning,
        name: 'Meilisearch',
        server: meilisearch,
        restart: () => startMeilisearch(meilisearch.restartOptions),
        probe: (current) => answersOk(`${current.url}/health`, 2000),
        onStatus,
      }),
  };
}

// The API reads the file at any moment: it must never see half of it.
function writeAtomically(file: string, content: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content, { mode: 0o644 });
  fs.renameSync(temporary, file);
}
