import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Clock, ContentGap } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { queryRows } from '../database/typed-rows';
import { inTransaction } from '../database/transaction';
import { csvCell } from '../freshness/freshness-csv';
import { CLOCK } from '../freshness/clock.provider';
import { meaningfulWords } from '../search/ranking/query-terms';
import { RankingVocabulary } from '../search/ranking/ranking-vocabulary.service';
import { SearchSetupService } from '../search/search-setup.service';
import { groupContentGaps } from './content-gap-grouping';

const DAY_MS = 86_400_000;
// The newest gap searches of the period: enough for any office, bounded for the request.
const MAX_SEARCHES = 20_000;

/**
 * The content-gap list (issue 12): settled searches of the period that said "Kein passender
 * Artikel gefunden" or after which no article was opened, grouped by the word they share. A
 * search after which an agent used an answer (copied, printed, "Hat geholfen", settled) is left
 * out whatever it said: the answer exists, only the words missed it.
 */
@Injectable()
export class ContentGapsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly setup: SearchSetupService,
    private readonly vocabulary: RankingVocabulary,
  ) {}

  async list(days: number): Promise<ContentGap[]> {
    const since = new Date(this.clock.now().getTime() - days * DAY_MS);
    const rows = await queryRows(
      this.dataSource,
      { query: 'text', answered: 'bool', at: 'timestamptz' },
      `SELECT query, answered, at FROM search_events
        WHERE at >= $1 AND NOT answer_used AND (NOT answered OR clicked_article_id IS NULL)
        ORDER BY at DESC LIMIT ${MAX_SEARCHES}`,
      [since],
    );
    const [vocabulary, thesaurus] = await Promise.all([this.vocabulary.current(), this.setup.vocabulary()]);
    const searches = rows.map((row) => ({ ...row, words: meaningfulWords(row.query, vocabulary, thesaurus) }));
    const idf = await this.idf([...new Set(searches.flatMap((s) => s.words))]);
    const ignored = await queryRows(this.dataSource, { term: 'text' }, `SELECT term FROM content_gap_ignores`);
    return groupContentGaps(searches, idf, new Set(ignored.map((row) => row.term)));
  }

  /** The list for Excel (German locale: semicolons, BOM, CRLF). */
  async csv(days: number): Promise<string> {
    const header = ['Wort', 'Suchen', 'davon ohne Antwort', 'zuletzt', 'Wörter', 'Beispiele'];
    const rows = (await this.list(days)).map((gap) => [
      gap.term,
      String(gap.searches),
      String(gap.unanswered),
      gap.lastSeen,
      gap.terms.join(', '),
      gap.examples.join(' | '),
    ]);
    return '\uFEFF' + [header, ...rows].map((row) => row.map(csvCell).join(';')).join('\r\n') + '\r\n';
  }

  /** The word names no gap from now on (audited). */
  async ignore(actor: Actor, term: string): Promise<void> {
    const word = term.toLowerCase();
    await inTransaction(this.dataSource, async (m) => {
      const inserted = await queryRows(
        m,
        { term: 'text' },
        `INSERT INTO content_gap_ignores (term) VALUES ($1) ON CONFLICT DO NOTHING RETURNING term`,
        [word],
      );
      if (inserted.length === 0) return;
      await this.audit.append(m, actor, {
        action: 'content_gap.ignored',
        subjectType: 'content_gap',
        subjectId: null,
        details: { term: word },
      });
    });
  }

  /** Inverse document frequency over the published articles; a word no article has gets the highest. */
  private async idf(words: string[]): Promise<(word: string) => number> {
    const [corpus] = await queryRows(this.dataSource, { documents: 'int' }, `SELECT documents FROM search_corpus`);
    const documents = corpus?.documents ?? 0;
    const rows = await queryRows(this.dataSource, { word: 'text', df: 'int' }, `SELECT word, df FROM search_words WHERE word = ANY($1)`, [
      words,
    ]);
    const df = new Map(rows.map((row) => [row.word, row.df]));
    return (word) => Math.log(1 + (documents + 1) / ((df.get(word) ?? 0) + 1));
  }
}
