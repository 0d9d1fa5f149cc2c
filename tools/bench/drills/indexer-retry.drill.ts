import fs from 'node:fs';
import type { Pool } from 'pg';
import { setTimeout as sleep } from 'node:timers/promises';
import { readOutboxHealth } from '../api-session';
import { approve, benchContent, createSubmitted, uniqueToken, type BenchCast } from '../bench-cast';
import type { BenchStack } from '../bench-stack';
import { waitForEmptyOutbox } from '../api-session';
import { pollUntilFound } from '../publish-latency';
import type { DrillResult } from './drill-result';

const ARTICLES = 5;
const MAX_FROZEN_MS = 15_000;

interface RetryLog {
  lines: number;
  /** Setup probes of Meilisearch while the indexer waits (each one a retry). */
  probes: number;
  /** Epoch ms of the first warning. */
  firstAt: number;
  maxAttempts: number;
  firstError: string;
}

/**
 * Freezes Meilisearch (SIGSTOP: it accepts connections but never answers, like a hung server)
 * while articles are published: the indexer's requests time out, it must log the failure,
 * back off and retry (visible as outbox.failing in /health), and once Meilisearch resumes
 * (SIGCONT) every article must become searchable with no failing rows left.
 */
export async function drillIndexerRetry(stack: BenchStack, cast: BenchCast, db: Pool): Promise<DrillResult> {
  const api = stack.api;
  if (!api) throw new Error('the API is not running');
  // Start from an idle indexer: one blocked in waitTask would not fail for up to 30 s (see the report).
  await waitForEmptyOutbox(api.url, 60_000);
  const logOffset = fs.statSync(api.logFile).size;
  const published: { id: string; token: string }[] = [];
  let maxFailing = 0;
  const frozenAt = Date.now();
  stack.meili.kill('SIGSTOP');
  try {
    for (let i = 0; i < ARTICLES; i += 1) {
      const token = uniqueToken();
      const id = await createSubmitted(cast.authors[0], cast.departmentId, benchContent(token, 'Indexierung scheitert zunächst.'));
      await approve(cast.reviewer, id);
      published.push({ id, token });
    }
    const deadline = performance.now() + MAX_FROZEN_MS;
    // Frozen until the same rows failed twice: logged, backed off and retried.
    for (let outbox = await failingRows(db); performance.now() < deadline && outbox.maxAttempts < 2; outbox = await failingRows(db)) {
      maxFailing = Math.max(maxFailing, outbox.failing);
      await sleep(250);
    }
  } finally {
    stack.meili.kill('SIGCONT');
  }
  const resumedAt = performance.now();
  await waitForEmptyOutbox(api.url, 60_000);
  const drainSeconds = (performance.now() - resumedAt) / 1000;
  let searchable = 0;
  for (const article of published)
    if ((await pollUntilFound(cast.agents[0], article.token, article.id, performance.now() + 10_000)) !== undefined) searchable += 1;
  const after = await readOutboxHealth(api.url);
  const log = readRetryLog(api.logFile, logOffset);
  const firstFailureSeconds = (log.firstAt - frozenAt) / 1000;
  // Logged (a failed batch), retried (probes while frozen, then the batch again) and nothing lost.
  const pass = log.lines >= 1 && log.probes >= 1 && maxFailing > 0 && searchable === ARTICLES && after.failing === 0 && after.pending === 0;
  return {
    name: 'indexer failure is logged and retried',
    pass,
    summary:
      `${log.lines} "indexing failed, will retry" warnings and ${log.probes} setup probes while frozen, the first ${firstFailureSeconds.toFixed(1)} s after the freeze (up to attempt ${log.maxAttempts}, "${log.firstError.slice(0, 60)}"), ` +
      `outbox rows with attempts > 0 up to ${maxFailing}; after SIGCONT the outbox was empty in ${drainSeconds.toFixed(1)} s, ` +
      `${searchable}/${ARTICLES} articles searchable, /health outbox.failing=${after.failing} afterwards`,
    figures: {
      retryLogLines: log.lines,
      firstFailureSeconds,
      maxAttempts: log.maxAttempts,
      maxFailingSeen: maxFailing,
      drainSeconds,
      searchable,
      failingAfter: after.failing,
    },
  };
}

// The same count as /health's outbox.failing (SearchIndexerService.lag): /health itself answers
// 500 without figures while Meilisearch hangs (see the bench report), so it is read directly.
async function failingRows(db: Pool): Promise<{ failing: number; maxAttempts: number }> {
  const { rows } = await db.query<{ failing: number; max_attempts: number }>(
    `SELECT count(*) FILTER (WHERE attempts > 0)::int AS failing, coalesce(max(attempts), 0)::int AS max_attempts FROM search_outbox`,
  );
  return { failing: rows[0]?.failing ?? 0, maxAttempts: rows[0]?.max_attempts ?? 0 };
}

function readRetryLog(file: string, offset: number): RetryLog {
  const text = fs.readFileSync(file).subarray(offset).toString('utf8');
  const result: RetryLog = { lines: 0, probes: 0, firstAt: Number.NaN, maxAttempts: 0, firstError: '' };
  for (const line of text.split('\n')) {
    // After a failed batch the indexer pauses and the setup service probes Meilisearch every 2 s
    // ("search index setup failed, retrying"); batches resume as soon as a probe succeeds.
    const probe = line.includes('search index setup failed, retrying');
    if (!line.includes('indexing failed, will retry') && !probe) continue;
    try {
      const entry = JSON.parse(line) as { time?: string; attempts?: number; error?: string };
      if (probe) {
        result.probes += 1;
        continue;
      }
      result.lines += 1;
      if (result.lines === 1) result.firstAt = Date.parse(entry.time ?? '');
      result.maxAttempts = Math.max(result.maxAttempts, entry.attempts ?? 0);
      result.firstError ||= entry.error ?? '';
    } catch {
      // A line cut by a concurrent write: not a log entry we can read.
    }
  }
  return result;
}
