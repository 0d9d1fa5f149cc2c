import type { NestExpressApplication } from '@nestjs/platform-express';
import { DldbImportService } from '../../apps/api/src/import/dldb-import.service';
import { formatImportSummary } from '../../apps/api/src/import/import-summary';
import { ReindexService } from '../../apps/api/src/search/reindex.service';
import { SearchIndexerService } from '../../apps/api/src/search/search-indexer.service';
import type { DldbImportInput } from '../../apps/api/src/import/dldb-import.service';
import { progressBar } from './progress-bar';

/** Arguments of `kb import-dldb`. */
export interface ImportDldbArgs {
  servicesFile: string;
  locationsFile?: string;
  publish: boolean;
}

/**
 * `kb import-dldb`: imports the files read and checked by readDldbFiles (before the stack was
 * started), waits until the search index has the changes, prints the summary.
 */
export async function importDldb(app: NestExpressApplication, input: DldbImportInput, args: ImportDldbArgs): Promise<void> {
  const started = performance.now();
  const bar = progressBar('Import', 'Leistungen');
  const summary = await app
    .get(DldbImportService)
    .run(input, { publish: args.publish, onProgress: (done, total) => bar.update(done, total) });
  bar.stop();
  const indexing = performance.now();
  const indexed = await app.get(SearchIndexerService).drain();
  console.log(formatImportSummary(summary));
  console.log(
    `Suchindex: ${indexed} Änderungen in ${((performance.now() - indexing) / 1000).toFixed(1)} s übernommen; gesamt ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/** `kb reindex`: fresh index from PostgreSQL, swapped in atomically. */
export async function reindex(app: NestExpressApplication): Promise<void> {
  const bar = progressBar('Neuaufbau', 'Artikel');
  const result = await app.get(ReindexService).runNow(null, 'cli', (done, total) => bar.update(done, total));
  bar.stop();
  console.log(`Neuer Suchindex mit ${result.indexed} Artikeln in ${(result.durationMs / 1000).toFixed(1)} s eingetauscht.`);
}
