// kb in production (the image ships dist/tools/kb/main.js, no development tools):
//   node dist/tools/kb/main.js import-dldb <services.json> [<locations.json>] [--publish]
//   node dist/tools/kb/main.js reindex
// Works on the servers of the environment only; `npm run kb` (tools/kb-dev) is the development
// entry that also finds or starts the local servers.
import { serversFromEnvironment } from './environment-servers';
import { exitWithResult, runKb } from './run-kb';

exitWithResult(runKb(process.argv.slice(2), async () => serversFromEnvironment(process.env), 'node dist/tools/kb/main.js'));
