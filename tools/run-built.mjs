// Runs a compiled development tool of the workspace (`npm run migration:run | kb | eval:search | bench`):
// builds the tools project first (with the API it requires; Nx caches unchanged projects), then
// loads the entry from dist/. SKIP_BUILD=1 reuses the last build. The image has none of these but
// kb's production entry, dist/tools/kb/main.js.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ENTRIES = {
  'migration:run': 'dist/tools/migrate.js',
  kb: 'dist/tools/kb-dev/main.js',
  'eval-search': 'dist/tools/eval/main.js',
  'eval-cv': 'dist/tools/eval/cross-validate.js',
  'eval-learning': 'dist/tools/eval/learning-simulation.js',
  'eval-explain': 'dist/tools/eval/explain.js',
  bench: 'dist/tools/bench/main.js',
  'bench-contacts': 'dist/tools/bench/contacts-bench.js',
};

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [command, ...args] = process.argv.slice(2);
const entry = ENTRIES[command];
if (!entry) {
  console.error(`Unknown command "${command}". Known: ${Object.keys(ENTRIES).join(', ')}`);
  process.exit(2);
}
if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync(
    path.join(root, 'node_modules', '.bin', 'nx'),
    ['run-many', '-t', 'build', '--projects=tools', '--output-style=stream'],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false' },
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const file = path.join(root, entry);
if (!existsSync(file)) {
  console.error(`${entry} does not exist: the build did not produce it.`);
  process.exit(1);
}
process.argv = [process.argv[0], file, ...args];
createRequire(import.meta.url)(file);
