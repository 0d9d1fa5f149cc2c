import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { endLeftoverServer, removePidFile, writePidFile } from './pid-file';
import { runsCommand } from './process-inspection';
import { waitUntil } from './wait-until';

// A stand-in "server": `sleep` started through a symlink whose unique path is the marker.
async function startSleeper(marker: string): Promise<{ child: ChildProcess; pid: number }> {
  fs.symlinkSync(execFileSync('which', ['sleep'], { encoding: 'utf8' }).trim(), marker);
  const child = spawn(marker, ['600'], { detached: true, stdio: 'ignore' });
  const pid = child.pid;
  if (pid === undefined) throw new Error('sleep startete nicht');
  // Until exec() the child still shows Node's command line.
  await waitUntil(async () => runsCommand(pid, [marker]), { what: 'sleep', timeoutMs: 5000, intervalMs: 5 });
  return { child, pid };
}

describe('pid files of stack servers', () => {
  let dir: string;
  let pidFile: string;
  const sleepers: ChildProcess[] = [];

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-pid-file-'));
    pidFile = path.join(dir, 'bsc-stack.pid');
  });

  afterEach(() => {
    for (const sleeper of sleepers.splice(0)) sleeper.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ends a leftover whose owner is gone and removes the pid file', async () => {
    const marker = `${dir}/marker-a`;
    const { child, pid } = await startSleeper(marker);
    sleepers.push(child);
    writePidFile(pidFile, { pid, ownerPid: 2 ** 22 + 1, markers: [marker] });
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);

    await endLeftoverServer(pidFile, 'Testserver', 'SIGTERM');

    expect(warn).toHaveBeenCalledWith(`Testserver: beende übrig gebliebenen Prozess ${pid} eines früheren Laufs.`);
    warn.mockRestore();
    expect(runsCommand(pid, ['sleep', marker])).toBe(false);
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  it('refuses to touch a server whose owner is still alive (another start on the same data)', async () => {
    const marker = `${dir}/marker-b`;
    const owner = await startSleeper(`${dir}/owner`);
    const server = await startSleeper(marker);
    sleepers.push(owner.child, server.child);
    writePidFile(pidFile, { pid: server.pid, ownerPid: owner.pid, markers: [marker] });

    await expect(endLeftoverServer(pidFile, 'Testserver', 'SIGTERM')).rejects.toThrow(`wird noch von Prozess ${owner.pid} benutzt`);
    expect(runsCommand(server.pid, [marker])).toBe(true);
  });

  it('never kills a process that merely reuses the recorded pid', async () => {
    const stranger = await startSleeper(`${dir}/stranger`);
    sleepers.push(stranger.child);
    writePidFile(pidFile, { pid: stranger.pid, ownerPid: 2 ** 22 + 1, markers: ['postgres', dir] });

    await endLeftoverServer(pidFile, 'Testserver', 'SIGTERM');

    expect(runsCommand(stranger.pid, [`${dir}/stranger`])).toBe(true);
    expect(fs.existsSync(pidFile)).toBe(false);
  });

  it('removes a pid file only while it still names the given process', () => {
    writePidFile(pidFile, { pid: 1234, ownerPid: 1, markers: [] });
    removePidFile(pidFile, 999);
    expect(fs.existsSync(pidFile)).toBe(true);
    removePidFile(pidFile, 1234);
    expect(fs.existsSync(pidFile)).toBe(false);
  });
});
