import { describe, expect, it } from '@jest/globals';
import type { Profiler } from 'node:inspector';
import { summarizeProfile } from './cpu-profile-summary';

const frame = (functionName: string, url = '', lineNumber = 0) => ({ functionName, url, lineNumber, columnNumber: 0, scriptId: '0' });

// root → handler (app/search) → stem (snowball-stemmers); root → (idle); root → (garbage collector)
const profile: Profiler.Profile = {
  nodes: [
    { id: 1, callFrame: frame('(root)'), children: [2, 4, 5] },
    { id: 2, callFrame: frame('search', 'file:///work/dist/apps/api/src/search/search.service.js', 9), children: [3] },
    { id: 3, callFrame: frame('stem', 'file:///work/node_modules/snowball-stemmers/snowball-stemmers.js', 99) },
    { id: 4, callFrame: frame('(idle)') },
    { id: 5, callFrame: frame('(garbage collector)') },
  ],
  startTime: 0,
  endTime: 10_000,
  // Each sample's time is the next delta (µs): search 1 ms, stem 3 ms, idle 5 ms, GC 1 ms.
  samples: [2, 3, 3, 4, 5],
  timeDeltas: [0, 1000, 1000, 2000, 5000, 1000],
};

describe(summarizeProfile.name, () => {
  const summary = summarizeProfile(profile);

  it('separates idle time from busy time', () => {
    expect(summary.sampledMs).toBe(10);
    expect(summary.busyMs).toBe(5);
  });

  it('ranks self time by package or folder', () => {
    expect(summary.byArea).toEqual([
      { name: 'snowball-stemmers', ms: 3, share: 0.6 },
      { name: 'app/search', ms: 1, share: 0.2 },
      { name: 'GC', ms: 1, share: 0.2 },
    ]);
    expect(summary.topFunctions[0]).toEqual({ name: 'stem snowball-stemmers/snowball-stemmers.js:100', ms: 3, share: 0.6 });
  });

  it('counts the callee time of our code as inclusive time', () => {
    expect(summary.inclusiveByArea).toEqual([
      { name: 'app/search', ms: 4, share: 0.8 },
      { name: 'snowball-stemmers', ms: 3, share: 0.6 },
    ]);
  });
});
