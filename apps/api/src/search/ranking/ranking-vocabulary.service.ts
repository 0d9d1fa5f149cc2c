import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { WordVocabulary } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { loadGermanWords } from '../search-config';
import { queryRows } from '../../database/typed-rows';

// Words another API instance indexed reach this one's query analysis within this time.
const CORPUS_TTL_MS = 60_000;

/**
 * The words the decompounder may split into: a general German word list (search-config/
 * german-words.txt, from OpenThesaurus) and every word of the published articles. Measured
 * (SEARCH-NOTES.md): with the corpus words alone an independent set reached 0.62 hit@3, with
 * the word list as well 0.74. One vocabulary for indexing and querying, so that a compound is
 * split the same way on both sides.
 */
@Injectable()
export class RankingVocabulary {
  private readonly general = new Set(loadGermanWords());
  private corpus = new Set<string>();
  private loaded: { at: number; value: Promise<void> } | undefined;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current vocabulary (loads the corpus words on first use, refreshes them in the background). */
  async current(): Promise<WordVocabulary> {
    const now = Date.now();
    if (!this.loaded) this.loaded = { at: now, value: this.load() };
    else if (now - this.loaded.at > CORPUS_TTL_MS) {
      // Stale while revalidating: a search never waits for the reload.
      this.loaded = { at: now, value: this.load().catch(() => undefined) };
      return this.view();
    }
    await this.loaded.value.catch((error: unknown) => {
      this.loaded = undefined;
      throw error;
    });
    return this.view();
  }

  /** Words of documents about to be indexed (they split the documents' own compounds at once). */
  add(words: Iterable<string>): void {
    for (const word of words) this.corpus.add(word);
  }

  private view(): WordVocabulary {
    const { general, corpus } = this;
    return { has: (word) => general.has(word) || corpus.has(word) };
  }

  private async load(): Promise<void> {
    const rows = await queryRows(this.dataSource, { word: 'text' }, `SELECT word FROM search_words`);
    this.corpus = new Set(rows.map((row) => row.word));
  }
}
