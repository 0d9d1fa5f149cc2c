import { afterAll, describe, expect, it } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startBanner } from './start-banner';

function rootWithDemoUsers(source: string | undefined): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-banner-'));
  if (source !== undefined) {
    const seedDir = path.join(root, 'dist', 'apps', 'api', 'src', 'seed');
    fs.mkdirSync(seedDir, { recursive: true });
    fs.writeFileSync(path.join(seedDir, 'demo-users.js'), source);
  }
  return root;
}

describe(startBanner.name, () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((root) => fs.rmSync(root, { recursive: true, force: true })));

  it('shows the URL and the demo logins of the built seed', () => {
    const root = rootWithDemoUsers(
      "exports.DEMO_USERS = [{ login: 'agent', password: 'Geheim-1', displayName: 'Anna', roles: ['agent', 'editor'] }," +
        " { login: 'admin', password: 'Geheim-2', displayName: 'Adam', role: 'admin' }];",
    );
    roots.push(root);
    const banner = startBanner(root, 4123);
    expect(banner).toContain('http://localhost:4123');
    expect(banner).toMatch(/agent\s+Geheim-1\s+agent, editor – Anna/);
    expect(banner).toMatch(/admin\s+Geheim-2\s+admin – Adam/);
  });

  it('leaves the logins out when the seed file is missing', () => {
    const root = rootWithDemoUsers(undefined);
    roots.push(root);
    const banner = startBanner(root, 3000);
    expect(banner).toContain('http://localhost:3000');
    expect(banner).not.toContain('Demo-Anmeldungen');
  });
});
