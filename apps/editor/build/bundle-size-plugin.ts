// Prints the gzip size of every emitted chunk and fails the build when the JavaScript an agent
// downloads before the search page is usable grows past the budget: agents search mid-call.
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** A chunk as the bundle reports it, reduced to what the size report needs. */
export interface ChunkInfo {
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
}

/** Gzip size in bytes. */
export function gzipSize(code: string): number {
  return gzipSync(code, { level: 9 }).length;
}

/** The entry chunk plus every chunk it imports statically: what the first page load needs. */
export function initialChunks(chunks: ChunkInfo[]): ChunkInfo[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const seen = new Set<string>();
  const pending = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (pending.length > 0) {
    const name = pending.pop();
    if (name === undefined || seen.has(name)) continue;
    seen.add(name);
    pending.push(...(byName.get(name)?.imports ?? []));
  }
  return chunks.filter((chunk) => seen.has(chunk.fileName));
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Vite plugin: report chunk sizes, enforce the initial-JS budget of the agent page. */
export function bundleSizeBudget(budgetBytes: number): Plugin {
  return {
    name: 'bsc-bundle-size-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks: ChunkInfo[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') chunks.push(output);
      }
      const lines = chunks
        .map((chunk) => ({ name: chunk.fileName, size: gzipSize(chunk.code) }))
        .sort((a, b) => b.size - a.size)
        .map(({ name, size }) => `  ${kb(size).padStart(10)}  ${name}`);
      const initial = initialChunks(chunks).reduce((sum, chunk) => sum + gzipSize(chunk.code), 0);
      this.info(`gzip size per chunk:\n${lines.join('\n')}`);
      this.info(`agent page initial JS (gzip): ${kb(initial)} of ${kb(budgetBytes)} budget`);
      if (initial > budgetBytes) {
        this.error(`agent page initial JS is ${kb(initial)} gzip, over the ${kb(budgetBytes)} budget`);
      }
    },
  };
}
