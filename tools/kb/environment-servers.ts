import { withDatabaseUrl } from '../../apps/api/src/config/app-config';
import type { KbServers } from './run-kb';

/**
 * The servers named by the environment, as the API reads them (DATABASE_URL, or the parts
 * DATABASE_HOST/…/PASSWORD percent-encoded into one; MEILI_URL, MEILI_MASTER_KEY). In the
 * container nothing else is there to fall back on: without them kb stops before it touches anything.
 */
export function serversFromEnvironment(env: Record<string, string | undefined>): KbServers {
  const defined = withDatabaseUrl(
    Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')),
  );
  const missing = [defined.DATABASE_URL ? null : 'DATABASE_URL (oder DATABASE_HOST, …)', defined.MEILI_URL ? null : 'MEILI_URL'].filter(
    (name): name is string => name !== null,
  );
  if (missing.length > 0) {
    throw new Error(`${missing.join(' und ')} nicht gesetzt. / Not set. In der Entwicklung startet \`npm run kb\` die Server selbst.`);
  }
  return {
    databaseUrl: defined.DATABASE_URL,
    meiliUrl: defined.MEILI_URL,
    meiliMasterKey: defined.MEILI_MASTER_KEY ?? '',
    // The servers belong to the deployment: nothing to stop.
    stop: async () => undefined,
  };
}
