import fs from 'node:fs';
import type { Pool } from 'pg';

/** The slowest statement of a phase, with PostgreSQL's plan for it. */
export interface SlowStatement {
  durationMs: number;
  /** First line of the statement, for the table. */
  head: string;
  /** EXPLAIN (ANALYZE, BUFFERS) of the statement with the logged parameters. */
  plan: string[];
}

/** A statement PostgreSQL logged with its duration and parameters. */
export interface Logged {
  durationMs: number;
  sql: string;
  params: (string | null)[];
}

/**
 * Runs `work` with log_min_duration_statement set, then picks the slowest logged statement that
 * matches `pattern` from the server log and explains it: where the time of a query the API
 * sends goes, without knowing its SQL in advance.
 */
export async function explainSlowest<T>(
  db: Pool,
  logFile: string,
  pattern: RegExp,
  work: () => Promise<T>,
): Promise<{ result: T; slowest?: SlowStatement }> {
  const offset = fs.statSync(logFile).size;
  await db.query(`ALTER SYSTEM SET log_min_duration_statement = '20ms'`);
  await db.query(`SELECT pg_reload_conf()`);
  let result: T;
  try {
    result = await work();
  } finally {
    await db.query(`ALTER SYSTEM RESET log_min_duration_statement`);
    await db.query(`SELECT pg_reload_conf()`);
  }
  const logged = parsePostgresLog(fs.readFileSync(logFile).subarray(offset).toString('utf8')).filter((s) => pattern.test(s.sql));
  const slowest = logged.sort((a, b) => b.durationMs - a.durationMs)[0];
  if (!slowest) return { result };
  const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.sql}`, slowest.params);
  return {
    result,
    slowest: { durationMs: slowest.durationMs, head: slowest.sql.trim().split('\n')[0], plan: rows.map((r) => r['QUERY PLAN']) },
  };
}

const ENTRY = /^\S+ \S+ \S+ \[\d+\] (LOG|DETAIL|ERROR|STATEMENT|WARNING):\s+/;
const DURATION = /^duration: ([\d.]+) ms\s+(?:execute [^:]*|statement): /;
const PARAM = /\$(\d+) = (NULL|'(?:[^']|'')*')/g;

/** Statements with their parameters from PostgreSQL's stderr log (default log_line_prefix '%m [%p] '). */
export function parsePostgresLog(text: string): Logged[] {
  const entries: { kind: string; body: string }[] = [];
  for (const line of text.split('\n')) {
    const match = ENTRY.exec(line);
    if (match) entries.push({ kind: match[1], body: line.slice(match[0].length) });
    else if (entries.length > 0) entries[entries.length - 1].body += `\n${line}`;
  }
  const statements: Logged[] = [];
  entries.forEach((entry, i) => {
    const duration = entry.kind === 'LOG' ? DURATION.exec(entry.body) : null;
    if (!duration) return;
    const detail = entries[i + 1]?.kind === 'DETAIL' ? entries[i + 1].body : '';
    const params: (string | null)[] = [];
    for (const [, index, value] of detail.matchAll(PARAM))
      params[Number(index) - 1] = value === 'NULL' ? null : value.slice(1, -1).replaceAll("''", "'");
    statements.push({ durationMs: Number(duration[1]), sql: entry.body.slice(duration[0].length), params });
  });
  return statements;
}
