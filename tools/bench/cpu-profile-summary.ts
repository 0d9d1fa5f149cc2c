import type { Profiler, Runtime } from 'node:inspector';

/** Self time of one function or area, in ms and as a share of the busy (non-idle) time. */
export interface ProfileEntry {
  name: string;
  ms: number;
  share: number;
}

/** Where the API's CPU time went while the profile ran. */
export interface ProfileSummary {
  sampledMs: number;
  busyMs: number;
  topFunctions: ProfileEntry[];
  byArea: ProfileEntry[];
  /** Time with at least one frame of the package/folder on the (synchronous) stack. */
  inclusiveByArea: ProfileEntry[];
}

/** Self time per function and per area (package, Node core, GC, our own folders) of a V8 CPU profile. */
export function summarizeProfile(profile: Profiler.Profile, top = 12): ProfileSummary {
  const selfMs = selfTimePerNode(profile);
  const byFunction = new Map<string, number>();
  const byArea = new Map<string, number>();
  let sampledMs = 0;
  let idleMs = 0;
  for (const node of profile.nodes) {
    const ms = selfMs.get(node.id) ?? 0;
    if (ms === 0) continue;
    sampledMs += ms;
    if (node.callFrame.functionName === '(idle)') {
      idleMs += ms;
      continue;
    }
    add(byFunction, functionLabel(node.callFrame), ms);
    add(byArea, areaOf(node.callFrame), ms);
  }
  const busyMs = sampledMs - idleMs;
  return {
    sampledMs,
    busyMs,
    topFunctions: ranked(byFunction, busyMs, top),
    byArea: ranked(byArea, busyMs, top),
    inclusiveByArea: ranked(inclusiveByArea(profile, selfMs), busyMs, top),
  };
}

// Walks the call tree from the root, carrying the packages/folders seen on the way down.
function inclusiveByArea(profile: Profiler.Profile, selfMs: Map<number, number>): Map<string, number> {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  const pending: { id: number; areas: ReadonlySet<string> }[] = [{ id: profile.nodes[0]?.id ?? -1, areas: new Set() }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const node = nodes.get(next.id);
    if (!node) continue;
    const area = node.callFrame.url && !node.callFrame.url.startsWith('node:') ? areaOf(node.callFrame) : undefined;
    const areas = area && !next.areas.has(area) ? new Set([...next.areas, area]) : next.areas;
    const ms = selfMs.get(node.id) ?? 0;
    if (ms > 0) for (const a of areas) add(totals, a, ms);
    for (const child of node.children ?? []) pending.push({ id: child, areas });
  }
  return totals;
}

// timeDeltas[i + 1] is the time from sample i to the next one: that time belongs to sample i.
function selfTimePerNode(profile: Profiler.Profile): Map<number, number> {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const result = new Map<number, number>();
  for (let i = 0; i < samples.length; i += 1) {
    const micros = deltas[i + 1] ?? 0;
    result.set(samples[i], (result.get(samples[i]) ?? 0) + micros / 1000);
  }
  return result;
}

function functionLabel(frame: Runtime.CallFrame): string {
  const name = frame.functionName || '(anonym)';
  if (!frame.url) return name;
  return `${name} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
}

function shortUrl(url: string): string {
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) return url.slice(modules + '/node_modules/'.length);
  const dist = url.indexOf('/dist/');
  return dist >= 0 ? url.slice(dist + '/dist/'.length) : url.replace(/^file:\/\//, '');
}

/** Package name, "Node core", "GC", or our own folder (app/search, app/auth, …). */
function areaOf(frame: Runtime.CallFrame): string {
  const url = frame.url;
  if (!url) return frame.functionName === '(garbage collector)' ? 'GC' : `V8 ${frame.functionName || '(nativ)'}`;
  if (url.startsWith('node:')) return 'Node core';
  const modules = url.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  const app = url.match(/\/dist\/apps\/api\/src\/([^/]+)\//);
  if (app) return `app/${app[1]}`;
  return url.includes('/dist/libs/') ? 'libs/domain' : shortUrl(url);
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function ranked(map: Map<string, number>, busyMs: number, top: number): ProfileEntry[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, ms]) => ({ name, ms: Math.round(ms), share: busyMs > 0 ? ms / busyMs : 0 }));
}
