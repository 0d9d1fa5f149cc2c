import fs from 'node:fs/promises';

/** One server as the launcher's supervisor reports it (tools/stack/supervisor.ts). */
export interface SupervisedServer {
  state: string;
  restarts: number;
  lastRestartAt?: string;
  lastReason?: string;
}

/**
 * The launcher's status file, reduced to what /health shows (no PIDs); undefined when it is
 * missing or not the expected shape (an old launcher, a half-deployed update).
 */
export async function readSupervisedServers(file: string): Promise<Record<string, SupervisedServer> | undefined> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const servers: Record<string, SupervisedServer> = {};
  for (const [name, value] of Object.entries(parsed)) {
    const server = toServer(value);
    if (server) servers[name] = server;
  }
  return servers;
}

function toServer(value: unknown): SupervisedServer | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { state, restarts, lastRestartAt, lastReason } = value as Record<string, unknown>;
  if (typeof state !== 'string' || typeof restarts !== 'number') return undefined;
  return {
    state,
    restarts,
    ...(typeof lastRestartAt === 'string' ? { lastRestartAt } : {}),
    ...(typeof lastReason === 'string' ? { lastReason } : {}),
  };
}
