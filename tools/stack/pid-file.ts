import fs from 'node:fs';
import { isAlive, runsCommand, signalGroup, signalProcess, waitForEnd } from './process-inspection';

/** What we remember about a server so that a later run can recognise and end it. */
export interface PidRecord {
  pid: number;
  /** The Node process that started (and is responsible for stopping) the server. */
  ownerPid: number;
  /** Strings that occur in the server's command line (binary path, data dir). */
  markers: string[];
}

export function writePidFile(file: string, record: PidRecord): void {
  fs.writeFileSync(file, `${JSON.stringify(record)}\n`, { mode: 0o600 });
}

/** Removes the pid file, but only while it still describes `pid` (a restart may have replaced it). */
export function removePidFile(file: string, pid: number): void {
  if (readPidFile(file)?.pid === pid) fs.rmSync(file, { force: true });
}

function readPidFile(file: string): PidRecord | undefined {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return isPidRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function isPidRecord(value: unknown): value is PidRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<PidRecord>;
  return typeof record.pid === 'number' && typeof record.ownerPid === 'number' && Array.isArray(record.markers);
}

/**
 * Ends the server a crashed earlier run left behind on this data directory. Refuses (loudly)
 * when that server still has a living owner: then another `npm start` uses the same data.
 */
export async function endLeftoverServer(file: string, name: string, stopSignal: NodeJS.Signals): Promise<void> {
  const record = readPidFile(file);
  if (record === undefined || !runsCommand(record.pid, record.markers)) {
    fs.rmSync(file, { force: true });
    return;
  }
  if (record.ownerPid !== process.pid && isAlive(record.ownerPid)) {
    throw new Error(
      `${name} (PID ${record.pid}) wird noch von Prozess ${record.ownerPid} benutzt. ` +
        'Läuft bereits ein anderer Start mit demselben Datenverzeichnis?',
    );
  }
  console.warn(`${name}: beende übrig gebliebenen Prozess ${record.pid} eines früheren Laufs.`);
  signalProcess(record.pid, stopSignal);
  if (!(await waitForEnd(record.pid, record.markers, 15_000))) {
    signalGroup(record.pid, 'SIGKILL');
    await waitForEnd(record.pid, record.markers, 5_000);
  }
  fs.rmSync(file, { force: true });
}
