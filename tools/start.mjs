// `npm start`: build domain, api, editor and the tools, then hand over to the compiled launcher
// (dist/tools/start.js, from tools/start.ts). SKIP_BUILD=1 reuses the last build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nx = path.join(root, 'node_modules', '.bin', 'nx');

if (process.env.SKIP_BUILD !== '1') {
  if (!fs.existsSync(nx)) {
    console.error('node_modules fehlt: bitte zuerst "npm ci" ausführen.');
    process.exit(1);
  }
  const startedAt = Date.now();
  console.log('Baue / building: nx run-many -t build …');
  const build = spawnSync(nx, ['run-many', '-t', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('Build fehlgeschlagen / build failed.');
    process.exit(build.status ?? 1);
  }
  console.log(`Build fertig in ${Math.round((Date.now() - startedAt) / 1000)} s.`);
}

const require = createRequire(import.meta.url);
await require(path.join(root, 'dist', 'tools', 'start.js')).main();
