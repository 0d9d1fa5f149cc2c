import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { READY_PREFIX } from './testing/run-stack';
import { childrenOf, guardsOf, waitUntilGone } from './testing/process-table';

jest.setTimeout(90_000);

interface StackReport {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
  postgresPid: number;
  meilisearchPid: number;
}

interface RunningRunner {
  child: ChildProcess;
  report: StackReport;
  exit: Promise<number | null>;
}

// Like `npm start`: a separate Node process owns the servers; we play the user at the terminal.
async function startRunner(dataDir: string): Promise<RunningRunner> {
  const env = { ...process.env };
  delete env.JEST_WORKER_ID; // the runner must own its signals, not behave like a Jest worker
  const child = spawn(
    process.execPath,
    ['-r', path.join(__dirname, 'testing/register-ts.js'), path.join(__dirname, 'testing/run-stack.ts'), dataDir],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const report = await new Promise<StackReport>((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith(READY_PREFIX));
      if (line !== undefined) resolve(JSON.parse(line.slice(READY_PREFIX.length)) as StackReport);
    });
    void exit.then((code) => reject(new Error(`Stack-Prozess endete vor dem Start (Code ${code}): ${output}`)));
  });
  return { child, report, exit };
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

function serverPidsOf(runner: RunningRunner): number[] {
  const { postgresPid, meilisearchPid } = runner.report;
  return [postgresPid, ...childrenOf(postgresPid), meilisearchPid];
}

describe('persistent stack in its own process', () => {
  const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-wissen-no-orphans-')), 'data');

  beforeAll(() => fs.chmodSync(path.dirname(dataDir), 0o755));
  afterAll(() => fs.rmSync(path.dirname(dataDir), { recursive: true, force: true }));

  it('stops every server on Ctrl-C (SIGINT) and exits with 0', async () => {
    const runner = await startRunner(dataDir);
    await query(runner.report.databaseUrl, "create table bleibt (wert text); insert into bleibt values ('erster Lauf')");
    const pids = [...serverPidsOf(runner), ...guardsOf(runner.child.pid ?? -1, serverPidsOf(runner))];
    expect(pids.length).toBeGreaterThan(4);

    runner.child.kill('SIGINT');

    expect(await runner.exit).toBe(0);
    expect(await waitUntilGone(pids, 5_000)).toEqual([]);
  });

  it('keeps the data for the next start, and a crashed run leaves no server behind', async () => {
    const runner = await startRunner(dataDir);
    const rows = await query<{ wert: string }>(runner.report.databaseUrl, 'select wert from bleibt');
    expect(rows).toEqual([{ wert: 'erster Lauf' }]);
    const indexes = await fetch(`${runner.report.meiliUrl}/indexes`, {
      headers: { Authorization: `Bearer ${runner.report.meiliMasterKey}` },
    });
    expect(indexes.status).toBe(200);

    const pids = serverPidsOf(runner);
    runner.child.kill('SIGKILL'); // no handler runs: only the orphan guards can clean up

    await runner.exit;
    expect(await waitUntilGone(pids, 15_000)).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
  });

  it('ends servers left over by a run whose guards died too, using the pid files', async () => {
    const first = await startRunner(dataDir);
    const pids = serverPidsOf(first);
    const guards = guardsOf(first.child.pid ?? -1, pids);
    for (const guard of guards) process.kill(-guard, 'SIGKILL');
    first.child.kill('SIGKILL');
    await first.exit;

    const second = await startRunner(dataDir);

    expect(await waitUntilGone(pids, 1_000)).toEqual([]);
    const rows = await query<{ wert: string }>(second.report.databaseUrl, 'select wert from bleibt');
    expect(rows).toEqual([{ wert: 'erster Lauf' }]);
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
  });
});
