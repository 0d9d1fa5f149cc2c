import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import type { StackStatus } from './stack-supervision';
import { startStack, type Stack } from './stack';
import type { Supervisable, Supervisor } from './supervisor';
import { waitUntil } from './wait-until';

jest.setTimeout(90_000);

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} fehlt`);
  return value;
}

/** Waits (polling, with a deadline) until the supervisor runs a server with another PID. */
async function restartedAfter<S extends Supervisable>(supervisor: Supervisor<S>, oldPid: number): Promise<S> {
  await waitUntil(async () => supervisor.status().state === 'running' && supervisor.current().pid !== oldPid, {
    what: `Neustart von ${supervisor.status().name}`,
    timeoutMs: 30_000,
  });
  return supervisor.current();
}

async function meiliIndexStatus(stack: Stack, uid: string): Promise<number> {
  const response = await fetch(`${stack.meiliUrl}/indexes/${uid}`, { headers: { Authorization: `Bearer ${stack.meiliMasterKey}` } });
  await response.arrayBuffer();
  return response.status;
}

// The supervisor of `npm start`, with short thresholds so that the test takes seconds.
describe('startStack with supervision', () => {
  const logLines: string[] = [];
  let stack: Stack;
  let statusFile: string;
  let dataSource: DataSource;

  beforeAll(async () => {
    statusFile = `${fs.mkdtempSync('/tmp/bsc-wissen-supervision-')}/stack-status.json`;
    stack = await startStack({
      ephemeral: true,
      env: {},
      supervise: {
        statusFile,
        stuckAfterMs: 3_000,
        probeIntervalMs: 200,
        backoff: { firstMs: 200, maxMs: 1_000 },
        log: (line) => logLines.push(line),
      },
    });
    // The API's kind of connection: a TypeORM pool created once, never re-created by hand.
    dataSource = await new DataSource({ type: 'postgres', url: stack.databaseUrl, extra: { max: 2 } }).initialize();
    // Throw-away clusters run with synchronous_commit=off; this write is acknowledged like in production.
    await dataSource.transaction(async (manager) => {
      await manager.query('set local synchronous_commit = on');
      await manager.query("create table bleibt (wert text); insert into bleibt values ('vor dem Absturz')");
    });
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await stack?.stop();
    if (statusFile) fs.rmSync(statusFile, { force: true });
  });

  it('restarts a PostgreSQL whose postmaster was killed, and the existing pool works again', async () => {
    const supervisor = present(stack.supervision?.postgres, 'PostgreSQL-Aufsicht');
    const oldPid = supervisor.current().pid;
    const killedAt = Date.now();

    process.kill(oldPid, 'SIGKILL');
    const restarted = await restartedAfter(supervisor, oldPid);
    const restartMs = Date.now() - killedAt;

    expect(restarted.url).toBe(stack.databaseUrl);
    // The first query may meet a connection that died with the old server; the pool then drops it.
    await waitUntil(async () => (await dataSource.query('select 1 as one')).length === 1, { what: 'Pool', timeoutMs: 10_000 });
    expect(await dataSource.query('select wert from bleibt')).toEqual([{ wert: 'vor dem Absturz' }]);
    expect(logLines.filter((line) => line.startsWith(`PostgreSQL (PID ${oldPid}) beendet (Signal SIGKILL)`))).toHaveLength(1);
    expect(supervisor.status()).toMatchObject({ state: 'running', restarts: 1, lastReason: 'beendet (Signal SIGKILL)' });
    console.log(`PostgreSQL nach kill -9 wieder bereit nach ${restartMs} ms`);
  });

  it('kills and restarts a PostgreSQL that is alive but does not answer', async () => {
    const supervisor = present(stack.supervision?.postgres, 'PostgreSQL-Aufsicht');
    const oldPid = supervisor.current().pid;
    const frozenAt = Date.now();

    // A stopped postmaster accepts no connections: the probe fails while the process lives on.
    process.kill(oldPid, 'SIGSTOP');
    await restartedAfter(supervisor, oldPid);
    const restartMs = Date.now() - frozenAt;

    await waitUntil(async () => (await dataSource.query('select 1 as one')).length === 1, { what: 'Pool', timeoutMs: 10_000 });
    expect(await dataSource.query('select wert from bleibt')).toEqual([{ wert: 'vor dem Absturz' }]);
    expect(logLines.some((line) => line.startsWith(`PostgreSQL (PID ${oldPid}) antwortet seit`))).toBe(true);
    expect(restartMs).toBeGreaterThanOrEqual(3_000);
    console.log(`Hängendes PostgreSQL (Grenze 3 s) wieder bereit nach ${restartMs} ms`);
  });

  it('restarts a killed Meilisearch on the same port with its data', async () => {
    const supervisor = present(stack.supervision?.meilisearch, 'Meilisearch-Aufsicht');
    const created = await fetch(`${stack.meiliUrl}/indexes`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${stack.meiliMasterKey}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ uid: 'bleibt' }),
    });
    expect(created.status).toBe(202);
    await waitUntil(async () => (await meiliIndexStatus(stack, 'bleibt')) === 200, { what: 'Index', timeoutMs: 10_000 });
    const oldPid = supervisor.current().pid;
    const killedAt = Date.now();

    process.kill(oldPid, 'SIGKILL');
    const restarted = await restartedAfter(supervisor, oldPid);
    const restartMs = Date.now() - killedAt;

    expect(restarted.url).toBe(stack.meiliUrl);
    expect(await meiliIndexStatus(stack, 'bleibt')).toBe(200);
    expect(logLines.filter((line) => line.startsWith(`Meilisearch (PID ${oldPid}) beendet (Signal SIGKILL)`))).toHaveLength(1);
    console.log(`Meilisearch nach kill -9 wieder bereit nach ${restartMs} ms`);
  });

  it('keeps a status file that names every restart', () => {
    const status = JSON.parse(fs.readFileSync(statusFile, 'utf8')) as StackStatus;

    expect(status.PostgreSQL).toMatchObject({ state: 'running', restarts: 2, pid: stack.supervision?.postgres?.current().pid });
    expect(status.Meilisearch).toMatchObject({ state: 'running', restarts: 1, pid: stack.supervision?.meilisearch?.current().pid });
  });
});
