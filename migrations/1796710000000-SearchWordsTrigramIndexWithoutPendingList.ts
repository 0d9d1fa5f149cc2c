import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trigram index of the corpus words (the BM25F typo stand-in, apps/api/src/search/ranking/
 * bm25f-query.ts) writes straight into its tree. With GIN's fast update every new word went
 * into the pending list, which every lookup scans in full until a (auto)vacuum merges it: after
 * an import of 287 articles all 4,517 words sat there, a lookup cost ~5.5 ms instead of ~0.3 ms
 * and the planner, costing the list in, scanned the whole table instead (~7 ms per unknown
 * word). The indexer writes words in batches, a few hundred per import pass: a direct insert
 * into the tree costs little there.
 */
export class SearchWordsTrigramIndexWithoutPendingList1796710000000 implements MigrationInterface {
  name = 'SearchWordsTrigramIndexWithoutPendingList1796710000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX search_words_trgm_idx SET (fastupdate = off)`);
    // Words already in the pending list stay there until merged: merge them now.
    await q.query(`SELECT gin_clean_pending_list('search_words_trgm_idx'::regclass)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER INDEX search_words_trgm_idx RESET (fastupdate)`);
  }
}
