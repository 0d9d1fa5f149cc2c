import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import fs from 'node:fs';
import { Client } from 'pg';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch-server';
import { startStack, type Stack } from './stack';
import { childrenOf, guardsOf, waitUntilGone } from './testing/process-table';
import { waitUntil } from './wait-until';

jest.setTimeout(60_000);

function present<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`${what} fehlt`);
  return value;
}

async function meiliGet(meili: RunningMeilisearch, path: string, key?: string): Promise<Response> {
  const headers = key === undefined ? undefined : { Authorization: `Bearer ${key}` };
  return fetch(`${meili.url}${path}`, { headers });
}

async function createIndex(meili: RunningMeilisearch, uid: string): Promise<void> {
  const response = await fetch(`${meili.url}/indexes`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${meili.masterKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ uid }),
  });
  const { taskUid } = (await response.json()) as { taskUid: number };
  await waitUntil(
    async () => {
      const task = (await (await meiliGet(meili, `/tasks/${taskUid}`, meili.masterKey)).json()) as { status: string };
      return task.status === 'succeeded';
    },
    { what: 'Index anlegen', timeoutMs: 10_000 },
  );
}

describe('startStack (ephemeral)', () => {
  let stack: Stack;
  let restarted: RunningMeilisearch | undefined;

  beforeAll(async () => {
    stack = await startStack({ ephemeral: true, env: {} });
  });

  afterAll(async () => {
    await restarted?.stop();
    await stack?.stop();
  });

  it('starts a PostgreSQL that answers queries', async () => {
    const client = new Client({ connectionString: stack.databaseUrl });
    await client.connect();
    const { rows } = await client.query<{ answer: number }>('select 1 as answer');
    await client.end();
    expect(rows).toEqual([{ answer: 1 }]);
    expect(stack.databaseUrl).toMatch(/^postgres:\/\/postgres:[0-9a-f]+@127\.0\.0\.1:\d+\/postgres$/);
  });

  it('starts a Meilisearch that is healthy and demands the master key', async () => {
    const meili = present(stack.meilisearch, 'Meilisearch');
    expect(await (await meiliGet(meili, '/health')).json()).toEqual({ status: 'available' });
    expect((await meiliGet(meili, '/indexes')).status).toBe(401);
    expect((await meiliGet(meili, '/indexes', 'falscher-schluessel')).status).toBe(403);
    expect((await meiliGet(meili, '/indexes', stack.meiliMasterKey)).status).toBe(200);
  });

  it('brings a killed Meilisearch back on the same port with its data', async () => {
    const meili = present(stack.meilisearch, 'Meilisearch');
    await createIndex(meili, 'neustart_probe');
    meili.kill('SIGKILL');
    await meili.exited;
    await expect(meiliGet(meili, '/health')).rejects.toThrow();

    restarted = await startMeilisearch({ dataDir: meili.dataDir, port: meili.port, masterKey: meili.masterKey });
    expect(restarted.url).toBe(meili.url);
    expect((await meiliGet(restarted, '/indexes/neustart_probe', meili.masterKey)).status).toBe(200);
  });

  it('leaves no process and no data behind after stop()', async () => {
    const postgres = present(stack.postgres, 'PostgreSQL');
    const meili = present(stack.meilisearch, 'Meilisearch');
    const second = present(restarted, 'neu gestartetes Meilisearch');
    const guards = guardsOf(process.pid, [postgres.pid, second.pid]);
    expect(guards).toHaveLength(2);
    const serverPids = [postgres.pid, ...childrenOf(postgres.pid), meili.pid, second.pid];
    expect(serverPids.length).toBeGreaterThan(4);

    await second.stop();
    await stack.stop();

    expect(await waitUntilGone(serverPids, 5_000)).toEqual([]);
    expect(await waitUntilGone(guards, 5_000)).toEqual([]);
    expect(fs.existsSync(postgres.dataDir)).toBe(false);
    expect(fs.existsSync(meili.dataDir)).toBe(false);
  });
});
