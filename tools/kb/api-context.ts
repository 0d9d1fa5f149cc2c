import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../apps/api/src/app.factory';
import type { AppOptions } from '../../apps/api/src/app.module';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { runMigrations } from '../../apps/api/src/database/data-source';

/** Connection of the servers a CLI command works on. */
export interface StackUrls {
  databaseUrl: string;
  meiliUrl: string;
  meiliMasterKey: string;
}

/**
 * Boots the API's application (migrations first) against the given servers, without listening:
 * the CLI uses the same services, transactions, audit log and outbox as the HTTP API.
 */
export async function bootApi(
  stack: StackUrls,
  env: Record<string, string> = {},
  options: AppOptions = {},
): Promise<NestExpressApplication> {
  await runMigrations(stack.databaseUrl);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: stack.databaseUrl,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliMasterKey,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    ...env,
  });
  const app = await createApp(config, options);
  await app.init();
  return app;
}
