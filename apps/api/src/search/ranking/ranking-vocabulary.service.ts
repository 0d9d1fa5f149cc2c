import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nonNounClassifier, type WordVocabulary } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { loadGermanNonNouns, loadGermanThesaurus, loadGermanWords } from '../search-config';
import { queryRows } from '../../database/typed-rows';

// Words another API instance indexed reach this one's query analysis within this time.
const CORPUS_TTL_MS = 60_000;
// A word with many senses ("schreiben": Brief, Bescheid, Adresse, …) is cut to this many related
// corpus words; their shared query weight keeps the others from adding noise anyway.
const MAX_RELATED = 12;

/** The words ranking analyses queries with: the decompounder's vocabulary and the general thesaurus. */
export interface RankingWords extends WordVocabulary {
  /**
   * Words of the published articles that the general German thesaurus relates to `word`
   * ("drahtesel" → "fahrrad", "rad"); [] for a word the articles contain themselves. Whether the
   * corpus knows the word's lexeme (an inflected form of an article word) is checked by the
   * BM25F statement, where the document frequencies are.
   */
  related(word: string): readonly string[];
  /** Whether the word is known only as a verb, adjective or adverb (search-analysis.ts nonNounClassifier). */
  nonNoun(word: string): boolean;
}

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
  private readonly thesaurus = loadGermanThesaurus();
  private readonly nonNoun = nonNounClassifier(this.general, new Set(loadGermanNonNouns()));
  private corpus = new Set<string>();
  private loaded: { at: number; value: Promise<void> } | undefined;
  /**
   * Words added since the last load started: the indexer adds a batch's words before its
   * transaction commits, so a load's snapshot of the table may not contain them yet.
   */
  private addedSinceLoad = new Set<string>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The current vocabulary (loads the corpus words on first use, refreshes them in the background). */
  async current(): Promise<RankingWords> {
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
    for (const word of words) {
      this.corpus.add(word);
      this.addedSinceLoad.add(word);
    }
  }

  private view(): RankingWords {
    const { general, corpus, thesaurus, nonNoun } = this;
    const view: RankingWords = {
      has: (word) => general.has(word) || corpus.has(word),
      related: (word) => (corpus.has(word) ? [] : (thesaurus.get(word) ?? []).filter((other) => corpus.has(other)).slice(0, MAX_RELATED)),
      nonNoun: (word) => nonNoun(word, view),
    };
    return view;
  }

  // Without the words added since the previous load, a load that read the table before an
  // indexing batch committed replaced the batch's words with its older snapshot for a minute:
  // after importing the Munich sample in one batch the corpus vocabulary was empty (found when the
  // cross-validation's thesaurus stand-ins never fired). Words of a batch that rolled back stay
  // until the next load; a word too many only lets the decompounder split at it.
  private async load(): Promise<void> {
    const carried = this.addedSinceLoad;
    this.addedSinceLoad = new Set();
    try {
      const rows = await queryRows(this.dataSource, { word: 'text' }, `SELECT word FROM search_words`);
      this.corpus = new Set([...rows.map((row) => row.word), ...carried, ...this.addedSinceLoad]);
    } catch (error) {
      for (const word of carried) this.addedSinceLoad.add(word);
      throw error;
    }
  }
}
