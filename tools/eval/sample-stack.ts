import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppOptions } from '../../apps/api/src/app.module';
import { DldbImportService } from '../../apps/api/src/import/dldb-import.service';
import { SearchIndex } from '../../apps/api/src/search/search-index.port';
import { SearchIndexerService } from '../../apps/api/src/search/search-indexer.service';
import { bootApi } from '../kb/api-context';
import { readDldbFiles } from '../kb/dldb-files';
import { startStack, type Stack } from '../stack/stack';
import { workspaceRoot } from '../stack/workspace-root';
import { option } from './cli';

/** The Munich DLDB sample beside the checkout (`../shared/data/munich-dldb`), or `--data <dir>`. */
export function sampleDir(): string {
  return option('--data') ?? path.resolve(workspaceRoot(__dirname), '..', 'shared', 'data', 'munich-dldb');
}

/** What the evaluations get: the API in-process, its servers, and how the import went. */
export interface ImportedSample {
  app: NestExpressApplication;
  stack: Stack;
  imported: { articles: number; ms: number };
}

/**
 * Runs `use` against the API on throw-away servers (never the developer's DATABASE_URL /
 * MEILI_URL) with the DLDB sample imported, published and indexed, then stops everything.
 */
export async function withImportedSample<T>(
  use: (sample: ImportedSample) => Promise<T>,
  options: { dataDir?: string; app?: AppOptions } = {},
): Promise<T> {
  const stack = await startStack({ ephemeral: true, env: {} });
  let app: NestExpressApplication | undefined;
  try {
    // LOG_LEVEL error: the PostgreSQL fallback warns once per search, the evaluations search a lot.
    app = await bootApi(stack, { LOG_LEVEL: process.env.LOG_LEVEL ?? 'error' }, options.app);
    const imported = await importSample(app, options.dataDir ?? sampleDir());
    return await use({ app, stack, imported });
  } finally {
    await app?.close();
    await stack.stop();
  }
}

async function importSample(app: NestExpressApplication, dataDir: string): Promise<{ articles: number; ms: number }> {
  const started = performance.now();
  const input = readDldbFiles(path.join(dataDir, 'services_de.json'), path.join(dataDir, 'locations_de.json'));
  const summary = await app.get(DldbImportService).run(input, { publish: true });
  await app.get(SearchIndexerService).drain();
  const articles = summary.articles.created + summary.articles.updated + summary.articles.unchanged;
  const indexed = await app.get(SearchIndex).count();
  // Measuring a half-filled index would report nonsense.
  if (indexed !== articles) throw new Error(`Index enthält ${indexed} von ${articles} Artikeln.`);
  return { articles, ms: Math.round(performance.now() - started) };
}
