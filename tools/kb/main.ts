// `npm run kb -- <command>`: knowledge-base maintenance from the command line.
//   import-dldb <services.json> [<locations.json>] [--publish]   import a DLDB catalogue export
//   reindex                                                       rebuild the search index (no gap)
// Uses DATABASE_URL / MEILI_URL / MEILI_MASTER_KEY when set, else the development stack in .data/.
import { importDldb, reindex, type ImportDldbArgs } from './commands';
import { withApi } from './cli-stack';
import { readDldbFiles } from './dldb-files';

const USAGE = `Aufruf:
  npm run kb -- import-dldb <services.json> [<locations.json>] [--publish]
  npm run kb -- reindex`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'import-dldb') {
    const args = importArgs(rest);
    if (!args) return usage();
    // A wrong or unreadable file is refused before any server is started or anything is stored.
    const input = readDldbFiles(args.servicesFile, args.locationsFile);
    await withApi((app) => importDldb(app, input, args));
    return 0;
  }
  if (command === 'reindex' && rest.length === 0) {
    await withApi((app) => reindex(app));
    return 0;
  }
  return usage();
}

function importArgs(rest: string[]): ImportDldbArgs | null {
  const files = rest.filter((arg) => !arg.startsWith('--'));
  const flags = rest.filter((arg) => arg.startsWith('--'));
  if (files.length < 1 || files.length > 2 || flags.some((flag) => flag !== '--publish')) return null;
  return { servicesFile: files[0], locationsFile: files[1], publish: flags.includes('--publish') };
}

function usage(): number {
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
