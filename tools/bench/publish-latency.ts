import type { SearchResponse } from '@bsc/domain';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ApiSession } from './api-session';
import { approve, benchContent, createSubmitted, uniqueToken, type BenchCast } from './bench-cast';
import { apiSearchPath } from './api-search-path';
import { summarize, type LatencySummary } from './stats';

const POLL_MS = 15;
const GIVE_UP_MS = 15_000;

/** Publish → searchable: milliseconds from the approve response until the search returns the article. */
export interface PublishFigures extends LatencySummary {
  articles: number;
  /** Articles not found within the give-up time. */
  notFound: number;
  /** Every sample in order (ms), to see whether slow ones cluster. */
  samplesMs: number[];
  /** Meilisearch's own view of the document tasks of this phase (ms). */
  meiliTasks: { count: number; queuedP50: number; queuedP95: number; processingP50: number; processingP95: number };
}

/** Meilisearch's address, for its task list. */
export interface MeiliAccess {
  url: string;
  key: string;
  index: string;
}

/**
 * Publishes `count` articles one by one (an author creates and submits, the reviewer approves
 * through the API) and polls GET /api/v1/search as an agent every 15 ms until the new article
 * is among the hits.
 */
export async function measurePublishToSearchable(cast: BenchCast, count: number, meili: MeiliAccess): Promise<PublishFigures> {
  const phaseStarted = new Date().toISOString();
  const samples: number[] = [];
  let notFound = 0;
  for (let i = 0; i < count; i += 1) {
    const token = uniqueToken();
    const author = cast.authors[i % cast.authors.length];
    const id = await createSubmitted(author, cast.departmentId, benchContent(token, `Veröffentlichung Nummer ${i + 1} des Lasttests.`));
    await approve(cast.reviewer, id);
    const approvedAt = performance.now();
    const found = await pollUntilFound(cast.agents[0], token, id, approvedAt + GIVE_UP_MS);
    if (found === undefined) notFound += 1;
    else samples.push(found - approvedAt);
  }
  return {
    ...summarize(samples),
    articles: count,
    notFound,
    samplesMs: samples.map((ms) => Math.round(ms * 10) / 10),
    meiliTasks: await taskTimings(meili, phaseStarted),
  };
}

interface TaskTimes {
  enqueuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** Queue and processing time of the document tasks Meilisearch received since `since`. */
async function taskTimings(meili: MeiliAccess, since: string) {
  const params = new URLSearchParams({ types: 'documentAdditionOrUpdate', indexUids: meili.index, afterEnqueuedAt: since, limit: '1000' });
  const response = await fetch(`${meili.url}/tasks?${params}`, { headers: { authorization: `Bearer ${meili.key}` } });
  const tasks = ((await response.json()) as { results: TaskTimes[] }).results.filter((t) => t.startedAt && t.finishedAt);
  const at = (iso: string | null) => Date.parse(iso ?? '');
  const queued = summarize(tasks.map((t) => at(t.startedAt) - at(t.enqueuedAt)));
  const processing = summarize(tasks.map((t) => at(t.finishedAt) - at(t.startedAt)));
  return {
    count: tasks.length,
    queuedP50: queued.p50,
    queuedP95: queued.p95,
    processingP50: processing.p50,
    processingP95: processing.p95,
  };
}

/** Returns the moment the search first listed the article, or undefined at the deadline. */
export async function pollUntilFound(agent: ApiSession, q: string, articleId: string, deadline: number): Promise<number | undefined> {
  while (performance.now() < deadline) {
    const response = await agent.get<SearchResponse>(apiSearchPath(q));
    if (response.status === 200 && !response.body.degraded && response.body.hits.some((hit) => hit.id === articleId))
      return performance.now();
    await sleep(POLL_MS);
  }
  return undefined;
}
