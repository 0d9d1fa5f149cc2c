import fs from 'node:fs';
import type { Profiler } from 'node:inspector';
import { signalProcess } from '../stack/process-inspection';
import { waitUntil } from '../stack/wait-until';
import { summarizeProfile, type ProfileSummary } from './cpu-profile-summary';
import { cycle, runLoad } from './load-run';
import { apiSearchPath } from './api-search-path';

/**
 * CPU profile of the API child while agents search at concurrency 8: SIGWINCH starts and stops
 * the profiler of the preload (cpu-profiler-preload.ts); the .cpuprofile opens in Chrome DevTools.
 */
export async function profileSearchLoad(
  api: { url: string; pid: number },
  profileFile: string,
  cookie: string,
  queries: string[],
  seconds: number,
): Promise<ProfileSummary & { file: string; requestsPerSecond: number }> {
  fs.rmSync(profileFile, { force: true });
  signalProcess(api.pid, 'SIGWINCH');
  const nextPath = cycle(queries.map(apiSearchPath));
  const load = await runLoad(
    { url: api.url, next: () => ({ method: 'GET', path: nextPath(), headers: { cookie } }) },
    { connections: 8, durationSeconds: seconds },
  );
  signalProcess(api.pid, 'SIGWINCH');
  await waitUntil(async () => fs.existsSync(profileFile), { what: 'CPU profile', timeoutMs: 30_000, intervalMs: 100 });
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8')) as Profiler.Profile;
  return { ...summarizeProfile(profile), file: profileFile, requestsPerSecond: load.requestsPerSecond };
}
