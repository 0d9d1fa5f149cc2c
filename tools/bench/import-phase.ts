import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '../../apps/api/src/app.factory';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { DldbImportService } from '../../apps/api/src/import/dldb-import.service';
import { waitForEmptyOutbox } from './api-session';
import type { BenchStack } from './bench-stack';
import type { DldbFiles } from './corpus';

/** Timing of one import run and of the indexing that follows it. */
export interface ImportFigures {
  services: number;
  created: number;
  skipped: number;
  importSeconds: number;
  articlesPerSecond: number;
  /** From the end of the import until GET /api/v1/health reports an empty outbox. */
  indexSeconds: number;
}

/**
 * Imports through the product's own path (DldbImportService.run, publish: true) in an
 * in-process instance of the application (see bootInProcess); the API child process serves
 * /health meanwhile, and both indexers drain the outbox (they coordinate through row locks).
 */
export async function importCorpora(
  app: NestExpressApplication,
  apiUrl: string,
  runs: { label: string; files: DldbFiles }[],
): Promise<Record<string, ImportFigures>> {
  const figures: Record<string, ImportFigures> = {};
  for (const run of runs) {
    figures[run.label] = await timedImport(app, apiUrl, run.files);
    const f = figures[run.label];
    console.log(
      `  ${run.label}: ${f.created} articles in ${f.importSeconds.toFixed(1)} s (${f.articlesPerSecond.toFixed(0)}/s), outbox empty ${f.indexSeconds.toFixed(1)} s later`,
    );
  }
  return figures;
}

/** The application in this process (not listening): its services run imports and capture requests. */
export async function bootInProcess(stack: BenchStack): Promise<NestExpressApplication> {
  const config = loadConfig({
    DATABASE_URL: stack.databaseUrl,
    MEILI_URL: stack.meiliUrl,
    MEILI_MASTER_KEY: stack.meiliKey,
    LOG_LEVEL: 'warn',
  });
  const app = await createApp(config);
  await app.init();
  return app;
}

async function timedImport(app: NestExpressApplication, apiUrl: string, files: DldbFiles): Promise<ImportFigures> {
  const started = performance.now();
  const summary = await app.get(DldbImportService).run(files, { publish: true });
  const imported = performance.now();
  await waitForEmptyOutbox(apiUrl, 300_000);
  const importSeconds = (imported - started) / 1000;
  const created = summary.articles.created + summary.articles.updated;
  return {
    services: files.services.data.length,
    created,
    skipped: summary.skipped.length,
    importSeconds,
    articlesPerSecond: created / importSeconds,
    indexSeconds: (performance.now() - imported) / 1000,
  };
}
