import type { Pool } from 'pg';
import { approve, benchContent, createSubmitted, uniqueToken, type BenchCast } from '../bench-cast';
import type { BenchStack } from '../bench-stack';
import { waitForEmptyOutbox } from '../api-session';
import { compareIndexWithPostgres } from '../index-consistency';
import type { DrillResult } from './drill-result';

const BURST = 40;
const KILL_AFTER = 10;
const OUTAGE_MS = 1_500;

/**
 * kill -9 Meilisearch during a publish burst (two authors, one reviewer), restart it on the
 * same port and data, wait for the outbox to drain, then compare every published article's
 * id, title and short answer in PostgreSQL with the index: nothing may be lost.
 */
export async function drillMeilisearchKill(
  stack: BenchStack,
  cast: BenchCast,
  db: Pool,
  apiUrl: string,
  indexName: string,
): Promise<DrillResult> {
  let started = 0;
  let approveErrors = 0;
  let killed: Promise<void> | undefined;
  const publisher = async (author: number) => {
    while (started < BURST) {
      started += 1;
      try {
        const id = await createSubmitted(
          cast.authors[author],
          cast.departmentId,
          benchContent(uniqueToken(), 'Veröffentlicht während des Ausfalls.'),
        );
        await approve(cast.reviewer, id);
      } catch {
        approveErrors += 1;
      }
      if (started >= KILL_AFTER && !killed) killed = stack.killMeili('SIGKILL');
    }
  };
  await Promise.all([publisher(0), publisher(1)]);
  await killed;
  await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
  const restartAt = performance.now();
  await stack.restartMeili();
  const restartSeconds = (performance.now() - restartAt) / 1000;
  await waitForEmptyOutbox(apiUrl, 120_000);
  const drainSeconds = (performance.now() - restartAt) / 1000;
  const check = await compareIndexWithPostgres(db, { url: stack.meiliUrl, key: stack.meiliKey, index: indexName });
  const pass = approveErrors === 0 && check.match && check.missing === 0;
  return {
    name: 'kill -9 Meilisearch during a publish burst',
    pass,
    summary:
      `${BURST} approvals (${approveErrors} failed), kill -9 after ${KILL_AFTER}; restart ${restartSeconds.toFixed(1)} s, ` +
      `outbox empty ${drainSeconds.toFixed(1)} s after the restart; PostgreSQL ${check.postgresCount} / index ${check.indexCount} articles, ` +
      `${check.missing} missing, checksum ${check.postgresChecksum} ${check.match ? '=' : '≠'} ${check.indexChecksum}`,
    figures: { burst: BURST, killAfter: KILL_AFTER, approveErrors, restartSeconds, drainSeconds, ...check },
  };
}
