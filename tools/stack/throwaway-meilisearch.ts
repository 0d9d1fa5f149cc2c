import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startMeilisearch, type RunningMeilisearch } from './meilisearch-server';

/**
 * A second, private Meilisearch for a test that must not disturb the shared one (outage and
 * restart scenarios). Its data lives in a temp dir that stop() removes; kill() leaves the data
 * so that `startMeilisearch({ dataDir, port, masterKey })` can bring "the same" server back.
 */
export async function startThrowawayMeilisearch(): Promise<RunningMeilisearch> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bsc-wissen-meili-'));
  const masterKey = randomBytes(32).toString('base64url');
  const meili = await startMeilisearch({ dataDir: path.join(root, 'meilisearch'), masterKey, ephemeral: true });
  return {
    ...meili,
    stop: async () => {
      await meili.stop();
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}
