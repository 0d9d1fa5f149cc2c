import 'reflect-metadata';
import { createApp } from './app.factory';
import { loadConfig, ConfigError, type AppConfig } from './config/app-config';
import { runMigrations } from './database/data-source';
import { jsonLogger } from './common/http/json-logger';
import { seedDatabase } from './seed/seed';
import { defaultEditorDist } from './config/editor-dist';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig({ ...process.env, EDITOR_DIST: process.env.EDITOR_DIST ?? defaultEditorDist() });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  if (config.RUN_MIGRATIONS) {
    const applied = await runMigrations(config.DATABASE_URL);
    jsonLogger.info('migrations applied', { applied });
  }
  await seedDatabase(config);
  const app = await createApp(config);
  await app.listen(config.PORT, process.env.HOST ?? '0.0.0.0');
  jsonLogger.info('listening', { port: config.PORT });
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
