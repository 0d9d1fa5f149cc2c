import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** apps/editor/dist found upwards from this file, from src/ (tests) as from dist/ (built). */
export function defaultEditorDist(start = __dirname): string | undefined {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'apps', 'editor', 'dist');
    if (existsSync(join(candidate, 'index.html'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
