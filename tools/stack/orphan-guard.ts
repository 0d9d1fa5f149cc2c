import { spawn } from 'node:child_process';
import { signalGroup } from './process-inspection';

// A tiny shell watchdog per server. It outlives a Node process that dies without running any
// handler (SIGKILL, OOM killer, a CI timeout) and then ends the server it watches, so a
// crashed run never leaves a PostgreSQL or Meilisearch behind. It exits by itself when the
// server ends first. Arguments: owner pid, server pid, stop signal, cleanup dir, markers...
const WATCHDOG_SCRIPT = `
owner=$1; server=$2; stop_signal=$3; cleanup_dir=$4; shift 4
runs() {
  line=$(tr '\\0' ' ' < /proc/"$server"/cmdline 2>/dev/null) || return 1
  [ -n "$line" ] || return 1
  for marker in "$@"; do case "$line" in *"$marker"*) ;; *) return 1 ;; esac; done
}
while kill -0 "$owner" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
kill -0 "$owner" 2>/dev/null && exit 0
if runs "$@"; then
  kill -s "$stop_signal" "$server" 2>/dev/null
  tries=0
  while runs "$@" && [ "$tries" -lt 30 ]; do sleep 0.5; tries=$((tries + 1)); done
  runs "$@" && kill -9 -"$server" 2>/dev/null
fi
if [ -n "$cleanup_dir" ]; then
  rm -rf -- "$cleanup_dir"
  rmdir -- "$(dirname -- "$cleanup_dir")" 2>/dev/null
fi
exit 0
`;

export interface OrphanGuardOptions {
  serverPid: number;
  markers: readonly string[];
  stopSignal: NodeJS.Signals;
  /** Ephemeral data to delete once the orphan is gone; its parent goes too when left empty. */
  cleanupDir?: string;
}

export interface OrphanGuard {
  dispose(): void;
}

/** Starts the watchdog for one server owned by this process. */
export function startOrphanGuard(options: OrphanGuardOptions): OrphanGuard {
  const args = [
    '-c',
    WATCHDOG_SCRIPT,
    'bsc-orphan-guard',
    String(process.pid),
    String(options.serverPid),
    options.stopSignal.replace(/^SIG/, ''),
    options.cleanupDir ?? '',
    ...options.markers,
  ];
  // Detached: Ctrl-C in the terminal must not end the watchdog together with us.
  const watchdog = spawn('/bin/sh', args, { detached: true, stdio: 'ignore' });
  watchdog.on('error', (error) => console.warn(`Prozesswächter konnte nicht starten: ${error.message}`));
  watchdog.unref();
  const pid = watchdog.pid;
  return { dispose: () => (pid === undefined ? undefined : signalGroup(pid, 'SIGTERM')) };
}
