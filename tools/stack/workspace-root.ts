import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found by walking up to nx.json. Works both from the sources (tools/stack)
 * and from the build output (dist/tools/stack), which sit at different depths.
 */
export function workspaceRoot(from: string = __dirname): string {
  let dir = path.resolve(from);
  while (!fs.existsSync(path.join(dir, 'nx.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Repository-Wurzel (nx.json) oberhalb von ${from} nicht gefunden.`);
    dir = parent;
  }
  return dir;
}
