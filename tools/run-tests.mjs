// `npm test`: builds the editor (the browser specs drive the built app in Chromium), then runs
// every Jest suite: unit specs, integration specs against throw-away PostgreSQL + Meilisearch
// started by the Jest global setup, and browser specs. Extra arguments go to Jest.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } }).status ?? 1;

if (process.env.SKIP_BUILD !== '1') {
  const built = run(bin('nx'), ['run', '@bsc/editor:build', '--output-style=stream']);
  if (built !== 0) process.exit(built);
}
process.exit(run(bin('jest'), process.argv.slice(2)));
