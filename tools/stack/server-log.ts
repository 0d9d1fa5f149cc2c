import fs from 'node:fs';

/** The last lines of a server log, appended to start-up errors so the cause is visible at once. */
export function logTail(file: string, lines = 15): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(kein Log vorhanden)';
  }
}

/** Error message plus the log tail of the server that failed. */
export function withLogTail(error: unknown, logFile: string): Error {
  const message = error instanceof Error ? error.message : String(error);
  return new Error(`${message}\n--- ${logFile} (Ende) ---\n${logTail(logFile)}`);
}
