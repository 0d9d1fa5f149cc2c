import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  DomainError,
  officeDate,
  type Clock,
  type ContactSettledEvent,
  type StoredSignal,
  USED_SIGNALS,
  type LearnedPhrase,
  type LearningSettings,
  type SignalOutcome,
} from '@bsc/domain';
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { ArticleWorkflowService } from '../../articles/article-workflow.service';
import { AuditService } from '../../audit/audit.service';
import { actsForDepartment, type Actor } from '../../common/auth/actor';
import { PeriodicJob } from '../../common/jobs/periodic-job';
import { AppConfig } from '../../config/app-config';
import { queryRows } from '../../database/typed-rows';
import { inTransaction } from '../../database/transaction';
import { ContactEvents } from '../../contacts/contact-events';
import { CLOCK } from '../../freshness/clock.provider';
import { RankingVocabulary } from '../ranking/ranking-vocabulary.service';
import { meaningfulWords } from '../ranking/query-terms';
import { SearchEventRecorder } from '../search-event-recorder';
import { SearchSetupService } from '../search-setup.service';
import type { LearnedPhraseDto, SearchFeedbackDto } from './learning.dto';
import { learnedPhrases, refreshLearnedTerms } from './learned-phrases';

const isUsedSignal = (signal: StoredSignal): boolean => USED_SIGNALS.some((used) => used === signal);

/** Words of one search the learning keeps at most (the database allows 32). */
const MAX_TERMS = 16;
const MAINTAIN_EVERY_MS = 6 * 60 * 60 * 1000;

const saltColumn = (value: unknown): Buffer => {
  if (!Buffer.isBuffer(value)) throw new Error('salt is not bytea');
  return value;
};

/**
 * Learns the citizens' words from what agents do with an answer (issue 12). A signal stores
 * the search's analysed words, the article and the agent as a keyed hash that changes every
 * day (the day's key is deleted when the day is over), never the user id: the table cannot be
 * joined to a person. Repeats of the same signal count once, at most LEARNING_DAILY_CAP signals
 * per agent and day count, and a word enters an article's search text only after several agents
 * on several days used the answer for it (learned-phrases.ts).
 */
@Injectable()
export class LearningService implements OnModuleInit, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly job = new PeriodicJob('learning maintenance', MAINTAIN_EVERY_MS, async () => {
    await this.maintain();
  });
  private unsubscribe: (() => void) | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly events: SearchEventRecorder,
    private readonly setup: SearchSetupService,
    private readonly vocabulary: RankingVocabulary,
    private readonly workflow: ArticleWorkflowService,
    private readonly contactEvents: ContactEvents,
  ) {}

  /** The thresholds from the environment. */
  get settings(): LearningSettings {
    return {
      enabled: this.config.LEARNING_ENABLED,
      minAgents: this.config.LEARNING_MIN_AGENTS,
      minDays: this.config.LEARNING_MIN_DAYS,
      halfLifeDays: this.config.LEARNING_HALF_LIFE_DAYS,
      dailyCap: this.config.LEARNING_DAILY_CAP,
    };
  }

  onApplicationBootstrap(): void {
    this.job.start({ runNow: false });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.job.stop();
    this.unsubscribe?.();
  }

  /** Records one signal on a settled search. */
  async record(actor: Actor, dto: SearchFeedbackDto): Promise<{ outcome: SignalOutcome }> {
    if (dto.signal === 'opened') {
      await this.events.recordClick({ searchId: dto.searchId, articleId: dto.articleId, position: dto.position ?? null });
      return { outcome: 'click' };
    }
    return { outcome: await this.count(actor.id, dto.searchId, dto.articleId, dto.signal) };
  }

  /**
   * A contact settled at first contact: each attached article reached from a search counts as
   * used for that search's words (signal `settled`). Heard through the contacts' event, so
   * neither module calls the other; a search no longer known is skipped.
   */
  async recordSettled(event: ContactSettledEvent): Promise<SignalOutcome[]> {
    const outcomes: SignalOutcome[] = [];
    for (const { articleId, searchId } of event.searches) {
      try {
        outcomes.push(await this.count(event.agentId, searchId, articleId, 'settled'));
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push('repeated');
      }
    }
    return outcomes;
  }

  onModuleInit(): void {
    this.unsubscribe = this.contactEvents.onSettled(async (event) => {
      await this.recordSettled(event);
    });
  }

  private async count(agentId: string, searchId: string, articleId: string, signal: StoredSignal): Promise<SignalOutcome> {
    const query = await this.events.settledQuery(searchId);
    if (query === null) throw new DomainError('SEARCH_NOT_FOUND');
    await this.requireArticle(this.dataSource.manager, articleId);
    if (isUsedSignal(signal)) await this.events.markAnswerUsed(searchId);
    if (!this.settings.enabled) return 'learning_off';
    const terms = await this.termsOf(query);
    if (terms.length === 0) return 'repeated';
    const now = this.clock.now();
    return inTransaction(this.dataSource, async (m) => {
      const agentKey = await this.agentKey(m, agentId, now);
      // One agent's signals are counted one at a time, so the daily cap holds under parallel requests.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [agentKey]);
      const [{ n }] = await queryRows(m, { n: 'int' }, `SELECT count(*)::int AS n FROM search_signals WHERE agent_key = $1`, [agentKey]);
      if (n >= this.settings.dailyCap) return 'daily_cap' as const;
      const inserted = await queryRows(
        m,
        { id: 'text' },
        `INSERT INTO search_signals (at, day, article_id, signal, terms, agent_key) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (agent_key, article_id, signal, terms) DO NOTHING RETURNING id::text`,
        [now.toISOString(), officeDate(now), articleId, signal, terms, agentKey],
      );
      if (inserted.length === 0) return 'repeated' as const;
      await refreshLearnedTerms(m, [articleId], this.settings, now);
      return 'counted' as const;
    });
  }

  /** The words citizens used for an article, for its department's authors and admins. */
  async phrases(actor: Actor, articleId: string): Promise<LearnedPhrase[]> {
    await this.requireScope(this.dataSource.manager, actor, articleId);
    const phrases = await learnedPhrases(this.dataSource.manager, articleId, this.settings, this.clock.now());
    return phrases.map(({ weight: _weight, ...phrase }) => phrase);
  }

  /** Blocks a learned word for an article: it never counts again (audited). */
  async block(actor: Actor, articleId: string, dto: LearnedPhraseDto): Promise<LearnedPhrase[]> {
    const now = this.clock.now();
    await inTransaction(this.dataSource, async (m) => {
      await this.requireScope(m, actor, articleId);
      await this.requirePhrase(m, articleId, dto.phrase);
      const blocked = await queryRows(
        m,
        { term: 'text' },
        `INSERT INTO learned_term_blocks (article_id, term) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING term`,
        [articleId, dto.phrase],
      );
      if (blocked.length === 0) return;
      await this.audit.append(m, actor, {
        action: 'learned_phrase.blocked',
        subjectType: 'article',
        subjectId: articleId,
        details: { phrase: dto.phrase },
      });
      await refreshLearnedTerms(m, [articleId], this.settings, now);
    });
    return this.phrases(actor, articleId);
  }

  /** Adopts a learned word into the article's keywords: a draft change that goes through review. */
  async adopt(actor: Actor, articleId: string, dto: LearnedPhraseDto) {
    await this.requireScope(this.dataSource.manager, actor, articleId);
    await this.requirePhrase(this.dataSource.manager, articleId, dto.phrase);
    return this.workflow.adoptKeyword(actor, articleId, dto.phrase);
  }

  /**
   * Drops the day keys of past days (their hashes can no longer be tied to anyone) and
   * recomputes every learned article, so that words nobody confirms again fade. Every six hours.
   */
  async maintain(): Promise<string[]> {
    const now = this.clock.now();
    return inTransaction(this.dataSource, async (m) => {
      await m.query(`DELETE FROM learning_salts WHERE day < $1::date`, [officeDate(now)]);
      const articles = await queryRows(
        m,
        { article_id: 'text' },
        `SELECT article_id::text FROM search_signals UNION SELECT article_id::text FROM learned_terms`,
      );
      return refreshLearnedTerms(
        m,
        articles.map((a) => a.article_id),
        this.settings,
        now,
      );
    });
  }

  /**
   * The search's meaningful words (fillers removed), as the ranking analyses them, without the
   * words that never name a concern (greetings, the caller's attitude: not-learned-words.json):
   * learned under a lexeme of its own, "guten" would weigh like a rare word for every article
   * agents used after typing a greeting.
   */
  private async termsOf(query: string): Promise<string[]> {
    const words = meaningfulWords(query, await this.vocabulary.current(), await this.setup.vocabulary());
    return words.filter((word) => !this.setup.notLearnedWords.has(word)).slice(0, MAX_TERMS);
  }

  /** HMAC of the user id with today's random key: stable for counting within a day, unlinkable after. */
  private async agentKey(m: EntityManager, agentId: string, now: Date): Promise<string> {
    const day = officeDate(now);
    await m.query(`INSERT INTO learning_salts (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO NOTHING`, [day, randomBytes(32)]);
    const [{ salt }] = await queryRows(m, { salt: saltColumn }, `SELECT salt FROM learning_salts WHERE day = $1`, [day]);
    return createHmac('sha256', salt).update(agentId).digest('hex');
  }

  private async requireArticle(m: EntityManager, articleId: string): Promise<{ department_id: string }> {
    const [row] = await queryRows(m, { department_id: 'text' }, `SELECT department_id::text FROM articles WHERE id = $1`, [articleId]);
    if (!row) throw new DomainError('ARTICLE_NOT_FOUND');
    return row;
  }

  private async requireScope(m: EntityManager, actor: Actor, articleId: string): Promise<void> {
    const article = await this.requireArticle(m, articleId);
    if (!actsForDepartment(actor, article.department_id)) throw new DomainError('DEPARTMENT_FORBIDDEN');
  }

  private async requirePhrase(m: EntityManager, articleId: string, phrase: string): Promise<void> {
    const phrases = await learnedPhrases(m, articleId, this.settings, this.clock.now());
    if (!phrases.some((p) => p.phrase === phrase)) throw new DomainError('LEARNED_PHRASE_NOT_FOUND');
  }
}
