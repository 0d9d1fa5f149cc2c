import type { NestExpressApplication } from '@nestjs/platform-express';
import { bootApi, type StackUrls } from './api-context';
import { importDldb, reindex, type ImportDldbArgs } from './commands';
import { readDldbFiles } from './dldb-files';

/** The servers a kb command works on, and how to let go of them afterwards. */
export interface KbServers extends StackUrls {
  stop(): Promise<void>;
}

/**
 * Runs one kb command. The caller decides where the servers come from: the production entry
 * (main.ts) only from the environment, the development entry (tools/kb-dev) also from a running
 * `npm start` or the .data/ stack, which needs the development stack launcher.
 * `invocation` is how the caller's users start kb, for the usage text.
 */
export async function runKb(argv: string[], connect: () => Promise<KbServers>, invocation: string): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import-dldb') {
    const args = importArgs(rest);
    if (!args) return usage(invocation);
    // A wrong or unreadable file is refused before any server is started or anything is stored.
    const input = readDldbFiles(args.servicesFile, args.locationsFile);
    await withApi(connect, (app) => importDldb(app, input, args));
    return 0;
  }
  if (command === 'reindex' && rest.length === 0) {
    await withApi(connect, (app) => reindex(app));
    return 0;
  }
  return usage(invocation);
}

/** Ends the process with runKb's exit code, or with 1 and the error's message. */
export function exitWithResult(result: Promise<number>): void {
  result.then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}

async function withApi<T>(connect: () => Promise<KbServers>, command: (app: NestExpressApplication) => Promise<T>): Promise<T> {
  const servers = await connect();
  let app: NestExpressApplication | undefined;
  try {
    app = await bootApi(servers);
    return await command(app);
  } finally {
    await app?.close();
    await servers.stop();
  }
}

function importArgs(rest: string[]): ImportDldbArgs | null {
  const files = rest.filter((arg) => !arg.startsWith('--'));
  const flags = rest.filter((arg) => arg.startsWith('--'));
  if (files.length < 1 || files.length > 2 || flags.some((flag) => flag !== '--publish')) return null;
  return { servicesFile: files[0], locationsFile: files[1], publish: flags.includes('--publish') };
}

function usage(invocation: string): number {
  console.error(`Aufruf:
  ${invocation} import-dldb <services.json> [<locations.json>] [--publish]
  ${invocation} reindex`);
  return 2;
}
