import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { announceRunningStack, findRunningStack } from './running-stack';

describe('running stack note', () => {
  let dataDir: string;
  const note = () => ({
    ownerPid: process.pid,
    databaseUrl: 'postgres://bsc@127.0.0.1:5544/bsc',
    meiliUrl: 'http://127.0.0.1:7701',
  });

  beforeEach(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'running-stack-'));
    fs.writeFileSync(path.join(dataDir, 'meili-master-key'), 'k'.repeat(43) + '\n');
  });
  afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('tells a CLI command the servers and key of the running npm start, and forgets them when it stops', () => {
    const withdraw = announceRunningStack(dataDir, note());

    expect(findRunningStack(dataDir)).toEqual({
      ownerPid: process.pid,
      databaseUrl: 'postgres://bsc@127.0.0.1:5544/bsc',
      meiliUrl: 'http://127.0.0.1:7701',
      meiliMasterKey: 'k'.repeat(43),
    });
    expect(fs.statSync(path.join(dataDir, 'running-stack.json')).mode & 0o777).toBe(0o600);
    withdraw();
    expect(findRunningStack(dataDir)).toBeNull();
  });

  it('ignores and removes the note of an owner that has ended (or whose PID now runs something else)', () => {
    const file = path.join(dataDir, 'running-stack.json');
    announceRunningStack(dataDir, note());
    const stale = { ...(JSON.parse(fs.readFileSync(file, 'utf8')) as object), markers: ['kein-solcher-befehl-läuft'] };
    fs.writeFileSync(file, JSON.stringify(stale));

    expect(findRunningStack(dataDir)).toBeNull();
    expect(fs.existsSync(path.join(dataDir, 'running-stack.json'))).toBe(false);
  });

  it('is null without a note or with a broken one', () => {
    expect(findRunningStack(dataDir)).toBeNull();
    fs.writeFileSync(path.join(dataDir, 'running-stack.json'), '{');
    expect(findRunningStack(dataDir)).toBeNull();
  });
});
