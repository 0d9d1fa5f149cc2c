// `npm start` leaves a note of its servers in .data/running-stack.json while it runs, so that
// `npm run kb -- …` in a second terminal uses them instead of failing on the busy data
// directory, without the user typing URLs and keys. The file (mode 600, like the master key
// beside it) holds the owner's PID and both URLs; the key stays in .data/meili-master-key.
import fs from 'node:fs';
import path from 'node:path';
import { commandLine, runsCommand } from './process-inspection';

const FILE = 'running-stack.json';

/** What a running `npm start` tells other commands about its servers. */
export interface RunningStackNote {
  ownerPid: number;
  /** Strings in the owner's command line, so a reused PID is not taken for it. */
  markers: string[];
  databaseUrl: string;
  meiliUrl: string;
}

/** The connection of a running stack, as a CLI command uses it. */
export interface RunningStack {
  ownerPid: number;
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/**
 * Writes the note for the owner (its command line is recorded, so that a later reader does not
 * take a reused PID for it); returns a function that removes it again (only while it is ours).
 */
export function announceRunningStack(dataDir: string, stack: Omit<RunningStackNote, 'markers'>): () => void {
  const file = path.join(dataDir, FILE);
  const note: RunningStackNote = { ...stack, markers: [commandLine(stack.ownerPid) ?? ''] };
  fs.writeFileSync(file, `${JSON.stringify(note)}\n`, { mode: 0o600 });
  return () => {
    if (readNote(file)?.ownerPid === note.ownerPid) fs.rmSync(file, { force: true });
  };
}

/**
 * The servers of the `npm start` running on this data directory, or null when none runs (no
 * note, or its owner has ended: a stale note from a crash is removed).
 */
export function findRunningStack(dataDir: string): RunningStack | null {
  const file = path.join(dataDir, FILE);
  const note = readNote(file);
  if (!note) return null;
  if (!runsCommand(note.ownerPid, note.markers)) {
    fs.rmSync(file, { force: true });
    return null;
  }
  const keyFile = path.join(dataDir, 'meili-master-key');
  if (!fs.existsSync(keyFile)) return null;
  return {
    ownerPid: note.ownerPid,
    databaseUrl: note.databaseUrl,
    meiliUrl: note.meiliUrl,
    meiliMasterKey: fs.readFileSync(keyFile, 'utf8').trim(),
  };
}

function readNote(file: string): RunningStackNote | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<RunningStackNote>;
    if (typeof parsed.ownerPid !== 'number' || typeof parsed.databaseUrl !== 'string' || typeof parsed.meiliUrl !== 'string') return null;
    const markers = Array.isArray(parsed.markers) ? parsed.markers.filter((m): m is string => typeof m === 'string') : [];
    return { ownerPid: parsed.ownerPid, markers, databaseUrl: parsed.databaseUrl, meiliUrl: parsed.meiliUrl };
  } catch {
    return null;
  }
}
