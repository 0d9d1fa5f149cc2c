// `npm run bench:contacts [-- --quick]`: the first-contact figures at scale, on a throw-away
// stack with the built API in production mode. A million synthetic contacts over two years
// (rollups built from them), then: the boot-time retention purge, GET /contacts/summary for
// three ranges (p95 target ≤ 1 s) and POST /contacts from 32 agents at once (p95 target ≤ 20 ms).
// Prints the measured numbers and writes artifacts/bench-contacts/latest.json. Separate from
// `npm run bench`, whose phases it does not touch.
import { addDays, officeDate, type ContactSummary } from '@bsc/domain';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Profiler } from 'node:inspector';
import { Pool } from 'pg';
import { signalProcess } from '../stack/process-inspection';
import { waitUntil } from '../stack/wait-until';
import { workspaceRoot } from '../stack/workspace-root';
import type { ApiSession } from './api-session';
import { BenchStack } from './bench-stack';
import { createContactWorld, insertSyntheticContacts, loginUsers, type ContactWorldSize } from './contacts-bench-data';
import { measureClosedLoop, measureOneAtATime, timed, type Measured } from './contacts-bench-load';
import { summarizeProfile, type ProfileEntry } from './cpu-profile-summary';
import { describeMachine } from './machine';
import { round1, summarize } from './stats';

const SUMMARY_REQUESTS = 30;
const AGENTS = 32;

async function waitForBootPurge(db: Pool, timeoutMs: number): Promise<{ seconds: number; contacts: number; batches: number }> {
  const start = performance.now();
  for (;;) {
    const { rows } = await db.query<{ left: boolean; deleted: number; batches: number }>(
      `SELECT EXISTS (SELECT 1 FROM contacts WHERE day < current_date - 90) AS left,
              coalesce(sum((details->>'deleted')::int), 0)::int AS deleted, count(*)::int AS batches
         FROM audit_events WHERE action = 'contacts.purged' AND subject_type = 'contacts'`,
    );
    if (!rows[0].left) return { seconds: (performance.now() - start) / 1000, contacts: rows[0].deleted, batches: rows[0].batches };
    if (performance.now() - start > timeoutMs) throw new Error('the retention purge did not finish');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function measureSummary(label: string, session: ApiSession, query: string): Promise<Measured & { total: number }> {
  const samples: number[] = [];
  let failed = 0;
  let total = 0;
  for (let i = 0; i < SUMMARY_REQUESTS + 2; i += 1) {
    const { ms, value } = await timed(() => session.get<ContactSummary>(`/api/v1/contacts/summary${query}`));
    if (value.status !== 200) failed += 1;
    else total = value.body.total;
    if (i >= 2) samples.push(ms); // two warm-up requests
  }
  return { label, ...summarize(samples), failed, total };
}

function printTable(rows: Measured[]): void {
  console.log('\n| measurement | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | failed | notes |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of rows) {
    const cells = [
      r.label,
      r.count,
      round1(r.p50),
      round1(r.p95),
      round1(r.p99),
      round1(r.max),
      r.perSecond ? round1(r.perSecond) : '–',
      r.failed,
      r.note ?? '',
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}

async function main(): Promise<number> {
  const quick = process.argv.includes('--quick');
  const profile = process.argv.includes('--profile');
  const size: ContactWorldSize = { departments: 20, articles: 300, contacts: quick ? 100_000 : 1_000_000, days: 730 };
  const root = workspaceRoot(__dirname);
  const artifacts = path.join(root, 'artifacts', 'bench-contacts');
  fs.mkdirSync(artifacts, { recursive: true });
  const machine = describeMachine();
  console.log(`First-contact bench on ${machine.cores} cores (${machine.cpuModel}), ${machine.ramGiB} GiB RAM${quick ? ' – QUICK' : ''}`);
  const keepAlive = setInterval(() => undefined, 60_000);
  const stack = await BenchStack.start({ root, artifacts });
  const db = new Pool({ connectionString: stack.databaseUrl, max: 2, application_name: 'bench' });
  db.on('error', () => undefined);
  try {
    const seeded = await timed(async () => {
      const world = await createContactWorld(db, size);
      await insertSyntheticContacts(db, world, size);
      return world;
    });
    const world = seeded.value;
    const { rows: sizes } = await db.query<{ daily: number; articles: number }>(
      `SELECT (SELECT count(*)::int FROM contact_daily_counts) AS daily, (SELECT count(*)::int FROM contact_article_daily_counts) AS articles`,
    );
    console.log(
      `${size.contacts} contacts over ${size.days} days, ${size.articles} articles, ${size.departments} departments: seeded in ${round1(seeded.ms / 1000)} s; rollup rows ${sizes[0].daily} (daily) + ${sizes[0].articles} (per article)`,
    );
    const api = await stack.startApi();
    const purge = await waitForBootPurge(db, 600_000);
    console.log(
      `boot retention purge: ${purge.contacts} contacts older than 90 days deleted, done ${round1(purge.seconds)} s after /health answered`,
    );
    const [lead] = await loginUsers(db, api.url, world, 'bench-lead', 1, ['bsc_lead']);
    const [departmentLead] = await loginUsers(db, api.url, world, 'bench-dept-lead', 1, ['department_lead'], [world.departmentIds[0]]);
    const today = officeDate(new Date());
    const twoYears = `?from=${addDays(today, -(size.days - 1))}&to=${today}`;
    const summaries = [
      await measureSummary('GET /contacts/summary, default 12 weeks, all departments', lead, ''),
      await measureSummary('GET /contacts/summary, 2 years, all departments', lead, twoYears),
      await measureSummary('GET /contacts/summary, 2 years, department lead (1 department)', departmentLead, twoYears),
    ].map((s) => ({ ...s, note: `total ${s.total} contacts` }));
    const agents = await loginUsers(db, api.url, world, 'bench-agent', AGENTS, ['agent']);
    const processes = { apiPid: api.pid, postgresPid: stack.postgresPid };
    const oneAtATime = await measureOneAtATime(agents[0], world, quick ? 100 : 300);
    if (profile) {
      fs.rmSync(stack.profileFile, { force: true });
      signalProcess(api.pid, 'SIGWINCH');
    }
    const recording = await measureClosedLoop(agents, world, quick ? 5 : 20, { db, processes });
    if (profile) {
      signalProcess(api.pid, 'SIGWINCH');
      await waitUntil(async () => fs.existsSync(stack.profileFile), { what: 'CPU profile', timeoutMs: 30_000, intervalMs: 100 });
      const summary = summarizeProfile(JSON.parse(fs.readFileSync(stack.profileFile, 'utf8')) as Profiler.Profile);
      const top = (entries: ProfileEntry[]) => entries.map((e) => `${e.name} ${round1(e.share * 100)} %`).join(', ');
      console.log(`closed loop, API CPU profile (${stack.profileFile}): self time ${top(summary.byArea)}`);
      console.log(`  inclusive: ${top(summary.inclusiveByArea)}`);
      console.log(`  functions: ${top(summary.topFunctions)}`);
    }
    const cpu = recording.cpu;
    console.log(
      `closed loop, CPU per recording: API ${round1(cpu.api)} ms, PostgreSQL ${round1(cpu.postgres)} ms, load generator ${round1(cpu.loadGenerator)} ms`,
    );
    const states = Object.entries(recording.connections.shares).map(([state, share]) => `${state} ${round1(share * 100)} %`);
    console.log(`closed loop, busy database connections: ${round1(recording.connections.busy)} on average; ${states.join(', ')}`);
    const { rows: step } = await db.query<{ contacts: number; rollup: number }>(
      `SELECT (SELECT count(*)::int FROM contacts WHERE day >= $1) AS contacts, (SELECT sum(contacts)::int FROM contact_daily_counts WHERE day >= $1) AS rollup`,
      [addDays(today, -89)],
    );
    recording.note = `rollup in step: ${step[0].contacts} contacts = ${step[0].rollup} in the rollup (last 90 days)`;
    const rows = [...summaries, oneAtATime, recording];
    printTable(rows);
    // The machine is shared: the load says how far these figures are from an idle server.
    const load = os.loadavg().map((n) => round1(n));
    console.log(`\nload average at the end (1, 5, 15 min): ${load.join(', ')} on ${machine.cores} cores`);
    const report = {
      date: new Date().toISOString(),
      machine,
      loadAverage: load,
      size,
      seededSeconds: seeded.ms / 1000,
      rollupRows: sizes[0],
      purge,
      rows,
    };
    fs.writeFileSync(path.join(artifacts, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    const summaryOk = summaries.every((s) => s.p95 <= 1000 && s.failed === 0);
    const recordingOk = recording.p95 <= 20 && recording.failed === 0;
    console.log(`\nsummary p95 ≤ 1 s: ${summaryOk ? 'met' : 'MISSED'}; recording p95 ≤ 20 ms: ${recordingOk ? 'met' : 'MISSED'}`);
    return 0;
  } finally {
    await db.end().catch(() => undefined);
    await stack.stop();
    clearInterval(keepAlive);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
