// The production files (Dockerfile, docker-compose.yml, .dockerignore) cannot be built here (no
// container engine): these checks keep the defects found when the image was first run with
// podman (issue 15 point 12) from coming back.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { workspaceRoot } from './stack/workspace-root';

const root = workspaceRoot(__dirname);
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');

describe('deployment files', () => {
  it('Dockerfile: fully qualified maintained Node image, root-owned app files, health check on $PORT', () => {
    const dockerfile = read('Dockerfile');
    const images = [...dockerfile.matchAll(/^FROM (\S+)/gm)].map((m) => m[1]);
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) expect(image).toMatch(/^docker\.io\/library\/node:(2[2-9]|[3-9]\d)-/);
    expect(dockerfile).not.toMatch(/--chown=node/);
    expect(dockerfile).toMatch(/chmod -R a-w \/app/);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*process\.env\.PORT/);
  });

  it('docker-compose.yml: fully qualified images, TRUST_PROXY and the password passed apart from any URL', () => {
    const compose = read('docker-compose.yml');
    for (const [, image] of compose.matchAll(/^\s+image: (\S+)/gm)) expect(image).toMatch(/^docker\.io\//);
    expect(compose).toMatch(/^\s+TRUST_PROXY: /m);
    expect(compose).toMatch(/^\s+DATABASE_PASSWORD: \$\{POSTGRES_PASSWORD\}/m);
    expect(compose).not.toMatch(/postgres:\/\/[^\s]*\$\{POSTGRES_PASSWORD\}/);
  });

  it('.dockerignore keeps secrets and nested build output out of the build context', () => {
    const ignore = read('.dockerignore').split('\n');
    for (const entry of ['**/.env', '**/.env.*', '**/node_modules', '**/dist', '**/.data']) expect(ignore).toContain(entry);
  });

  it('the image builds the API alone, and the API build compiles no test harness and no development tool', () => {
    const builds = [...read('Dockerfile').matchAll(/nx run-many -t build --projects=(\S+)/g)].map((m) => m[1]);
    expect(builds).toEqual(['@bsc/domain,@bsc/api,@bsc/editor']);
    // Every file the compiler reaches from the build's sources, imports followed: an import of the
    // harness or of the stack launcher from production code would pull it into dist/ and the image.
    const configFile = path.join(root, 'apps/api/tsconfig.app.json');
    const config = ts.getParsedCommandLineOfConfigFile(configFile, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
    if (!config) throw new Error(`${configFile} could not be read`);
    const compiled = ts
      .createProgram({ rootNames: config.fileNames, options: config.options })
      .getSourceFiles()
      .map((file) => path.relative(root, file.fileName))
      .filter((file) => !file.startsWith('node_modules/') && !file.startsWith('..'));
    expect(compiled).toContain('apps/api/src/main.ts');
    expect(compiled).toContain('tools/kb/main.ts');
    expect(compiled.filter((file) => /^apps\/api\/testing\/|^tools\/(?!kb\/)|\.(integration-|browser-)?spec\.ts$/.test(file))).toEqual([]);
  });
});
