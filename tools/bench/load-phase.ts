import type { BenchCast } from './bench-cast';
import { authorRound } from './bench-cast';
import { residentMiB } from './machine';
import { cycle, runLoad } from './load-run';
import { apiSearchPath } from './api-search-path';
import { summarize, type LatencySummary } from './stats';

/** Mixed load: agents searching while authors save drafts and publish. */
export interface LoadFigures {
  seconds: number;
  agents: number;
  authors: number;
  searches: LatencySummary & { requestsPerSecond: number; errors: number; non2xx: number };
  authoring: LatencySummary & { rounds: number; errors: number; published: number };
  rssBeforeMiB: number;
  rssAfterMiB: number;
}

/**
 * `cast.agents.length` connections search for `seconds` (each request with the next agent's
 * session and the next query) while every author loops create → save ×2 → submit → approve.
 */
export async function runMixedLoad(
  cast: BenchCast,
  apiUrl: string,
  apiPid: number,
  queries: string[],
  seconds: number,
): Promise<LoadFigures> {
  const rssBeforeMiB = residentMiB(apiPid);
  const nextCookie = cycle(cast.agents.map((a) => a.cookieHeader));
  const nextPath = cycle(queries.map(apiSearchPath));
  let searching = true;
  const searches = runLoad(
    { url: apiUrl, next: () => ({ method: 'GET', path: nextPath(), headers: { cookie: nextCookie() } }) },
    { connections: cast.agents.length, durationSeconds: seconds },
  ).finally(() => (searching = false));
  const rounds: number[] = [];
  let errors = 0;
  const authorLoop = async (index: number) => {
    while (searching) {
      const started = performance.now();
      try {
        await authorRound(cast.authors[index], cast.reviewer, cast.departmentId);
        rounds.push(performance.now() - started);
      } catch (error) {
        errors += 1;
        if (errors <= 3) console.warn(`  author round failed: ${String(error)}`);
      }
    }
  };
  const [result] = await Promise.all([searches, ...cast.authors.map((_, i) => authorLoop(i))]);
  const rssAfterMiB = residentMiB(apiPid);
  return {
    seconds,
    agents: cast.agents.length,
    authors: cast.authors.length,
    searches: {
      ...summarize(result.latenciesMs),
      requestsPerSecond: result.requestsPerSecond,
      errors: result.errors,
      non2xx: result.non2xx,
    },
    authoring: { ...summarize(rounds), rounds: rounds.length + errors, errors, published: rounds.length },
    rssBeforeMiB,
    rssAfterMiB,
  };
}
