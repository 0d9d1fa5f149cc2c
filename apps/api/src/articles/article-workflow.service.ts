import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  contentProblems,
  DomainError,
  newArticleWorkflow,
  transition,
  type ArticleContent,
  type ArticleDetail,
  type AuditEvent,
  type Clock,
  type ContentProblem,
  type DraftView,
  type WorkflowAction,
  type WorkflowState,
} from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actsForDepartment, type Actor } from '../common/auth/actor';
import { inTransaction } from '../database/transaction';
import { Department } from '../departments/department.entity';
import { CLOCK } from '../freshness/clock.provider';
import { SearchIndexerService } from '../search/search-indexer.service';
import { enqueueReindex } from '../search/search-outbox';
import { Article } from './article.entity';
import { ArticleVersion } from './article-version.entity';
import { assertDocumentsExist, sameContent, validateArticleContent } from './article-content.validation';
import { lockArticle, persistTransition, toWorkflowState, type LockedArticle, type TransitionWrite } from './article-lifecycle.store';
import { ArticleQueriesService } from './article-queries.service';
import type { ApproveDto, CreateArticleDto, SaveDraftDto } from './dto/article-requests.dto';

/** What a lifecycle step changed: the new state and the version it published, if any. */
interface Outcome {
  next: WorkflowState;
  version: number | null;
}

/** Every change to an article: drafts, review, publication, archive, verification, restore. */
@Injectable()
export class ArticleWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly queries: ArticleQueriesService,
    private readonly indexer: SearchIndexerService,
  ) {}

  async create(actor: Actor, dto: CreateArticleDto): Promise<ArticleDetail> {
    if (!actsForDepartment(actor, dto.departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    const id = await inTransaction(this.dataSource, async (m) => {
      if (!(await m.existsBy(Department, { id: dto.departmentId }))) throw new DomainError('DEPARTMENT_NOT_FOUND');
      const content = await validateArticleContent(m, dto.content);
      assertCompleteForCreate(content);
      const article = await m.save(m.create(Article, { departmentId: dto.departmentId, kind: dto.kind, archived: false }));
      await persistTransition(m, { article, draft: null }, newArticleWorkflow(actor.id), { actorId: actor.id, content });
      await this.audit.append(m, actor, {
        action: 'article.created',
        subjectType: 'article',
        subjectId: article.id,
        details: { title: content.title, kind: dto.kind },
      });
      return article.id;
    });
    return this.queries.detail(actor, id);
  }

  async saveDraft(actor: Actor, id: string, dto: SaveDraftDto): Promise<DraftView> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      if (!locked.draft) throw new DomainError('NO_OPEN_DRAFT');
      const content = await validateArticleContent(m, dto.content);
      // A repeated autosave of what is already stored is a no-op, whatever revision it names.
      if (sameContent(locked.draft.content, content)) return;
      const action: WorkflowAction = { type: 'save', actorId: actor.id, basedOnRevision: dto.revision };
      const { next } = await this.withCurrentDraft(m, id, () => this.step(m, locked, action, { actorId: actor.id, content }));
      await this.audit.append(m, actor, {
        action: 'article.draft_saved',
        subjectType: 'article',
        subjectId: id,
        details: { revision: next.draft?.revision ?? 0, title: content.title },
      });
    });
    return this.requireDraft(id);
  }

  async openDraft(actor: Actor, id: string): Promise<DraftView> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      const fromVersion = locked.article.publishedVersion ?? 0;
      const version = await m.findOneBy(ArticleVersion, { articleId: id, number: fromVersion });
      await this.step(m, locked, { type: 'openDraft', actorId: actor.id }, { actorId: actor.id, content: version?.content });
      await this.audit.append(m, actor, {
        action: 'article.draft_opened',
        subjectType: 'article',
        subjectId: id,
        details: { fromVersion },
      });
    });
    return this.requireDraft(id);
  }

  /**
   * Adds a phrase citizens use for the article (learned from usage, issue 12) to the draft's
   * keywords, opening a draft from the published version when there is none: a normal draft
   * change that reaches agents only through review. Audited as an adoption.
   */
  async adoptKeyword(actor: Actor, id: string, phrase: string): Promise<DraftView> {
    await inTransaction(this.dataSource, async (m) => {
      let locked = await this.lock(m, actor, id);
      if (!locked.draft) {
        const fromVersion = locked.article.publishedVersion ?? 0;
        const version = await m.findOneBy(ArticleVersion, { articleId: id, number: fromVersion });
        await this.step(m, locked, { type: 'openDraft', actorId: actor.id }, { actorId: actor.id, content: version?.content });
        locked = await this.lock(m, actor, id);
      }
      const draft = locked.draft;
      if (!draft) throw new DomainError('NO_OPEN_DRAFT');
      const known = draft.content.keywords.some((k) => k.trim().toLowerCase() === phrase.trim().toLowerCase());
      if (known) return;
      const content = await validateArticleContent(m, { ...draft.content, keywords: [...draft.content.keywords, phrase.trim()] });
      const action: WorkflowAction = { type: 'save', actorId: actor.id, basedOnRevision: draft.revision };
      const { next } = await this.withCurrentDraft(m, id, () => this.step(m, locked, action, { actorId: actor.id, content }));
      await this.audit.append(m, actor, {
        action: 'learned_phrase.adopted',
        subjectType: 'article',
        subjectId: id,
        details: { phrase: phrase.trim(), revision: next.draft?.revision ?? 0 },
      });
    });
    return this.requireDraft(id);
  }

  async restore(actor: Actor, id: string, number: number): Promise<DraftView> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      const version = await m.findOneBy(ArticleVersion, { articleId: id, number });
      if (!version) throw new DomainError('VERSION_NOT_FOUND');
      // A document deleted since would make a draft that can never be published.
      await assertDocumentsExist(m, version.content);
      await this.step(m, locked, { type: 'restore', actorId: actor.id }, { actorId: actor.id, content: version.content });
      await this.audit.append(m, actor, {
        action: 'article.restored',
        subjectType: 'article',
        subjectId: id,
        details: { fromVersion: number },
      });
    });
    return this.requireDraft(id);
  }

  async submit(actor: Actor, id: string, changeNote: string): Promise<ArticleDetail> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      const { next } = await this.step(m, locked, { type: 'submit', actorId: actor.id, changeNote }, { actorId: actor.id });
      // Drafts may be incomplete; what a reviewer is asked to approve may not. Checked after the
      // step, so a draft that cannot be submitted anyway answers with its lifecycle error.
      assertNoProblems(locked.draft ? contentProblems(locked.draft.content) : []);
      await this.audit.append(m, actor, {
        action: 'article.submitted',
        subjectType: 'article',
        subjectId: id,
        details: { changeNote: next.draft?.changeNote ?? '' },
      });
    });
    return this.queries.detail(actor, id);
  }

  async approve(actor: Actor, id: string, dto: ApproveDto): Promise<ArticleDetail> {
    const action: WorkflowAction = {
      type: 'approve',
      actorId: actor.id,
      publishAt: dto.publishAt ? new Date(dto.publishAt) : undefined,
      validUntil: dto.validUntil ? new Date(dto.validUntil) : undefined,
      now: this.clock.now(),
    };
    await this.change(actor, id, action, ({ next, version }) => ({
      action: 'article.approved',
      subjectType: 'article',
      subjectId: id,
      details: version === null ? { scheduledFor: next.draft?.publishAt?.toISOString() ?? '' } : { version },
    }));
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  async reject(actor: Actor, id: string, comment: string): Promise<ArticleDetail> {
    await this.change(actor, id, { type: 'reject', actorId: actor.id, comment }, () => ({
      action: 'article.rejected',
      subjectType: 'article',
      subjectId: id,
      details: { comment },
    }));
    return this.queries.detail(actor, id);
  }

  async archive(actor: Actor, id: string): Promise<ArticleDetail> {
    await this.change(actor, id, { type: 'archive', actorId: actor.id }, () => ({
      action: 'article.archived',
      subjectType: 'article',
      subjectId: id,
      details: {},
    }));
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  async verify(actor: Actor, id: string): Promise<ArticleDetail> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      await this.step(m, locked, { type: 'verify', actorId: actor.id }, { actorId: actor.id });
      // Verification is not a lifecycle change: it only records when someone last checked the text.
      // A person confirmed it: an imported article stops being "unverified".
      await m.update(Article, { id }, { lastVerifiedAt: this.clock.now(), sourceUnverified: false });
      await enqueueReindex(m, [id]);
      await this.audit.append(m, actor, {
        action: 'article.verified',
        subjectType: 'article',
        subjectId: id,
        details: { version: locked.article.publishedVersion ?? 0 },
      });
    });
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  /** Runs one lifecycle step under the row locks and audits it with what `event` makes of the outcome. */
  private async change(actor: Actor, id: string, action: WorkflowAction, event: (outcome: Outcome) => AuditEvent): Promise<void> {
    await inTransaction(this.dataSource, async (m) => {
      const locked = await this.lock(m, actor, id);
      const outcome = await this.step(m, locked, action, { actorId: actor.id });
      await this.audit.append(m, actor, event(outcome));
    });
  }

  /** transition() and then persisting exactly what it returned. */
  private async step(m: EntityManager, locked: LockedArticle, action: WorkflowAction, write: TransitionWrite): Promise<Outcome> {
    const next = transition(toWorkflowState(locked), action);
    const version = await persistTransition(m, locked, next, write);
    return { next, version };
  }

  /** A stale save is answered with the current draft, so the editor can show both texts. */
  private async withCurrentDraft<T>(m: EntityManager, id: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'DRAFT_CONFLICT') throw error;
      const current = await this.queries.draftView(m, id);
      throw new DomainError('DRAFT_CONFLICT', undefined, { ...error.details, current });
    }
  }

  private async lock(m: EntityManager, actor: Actor, id: string): Promise<LockedArticle> {
    const locked = await lockArticle(m, id);
    if (!locked) throw new DomainError('ARTICLE_NOT_FOUND');
    if (!actsForDepartment(actor, locked.article.departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    return locked;
  }

  private async requireDraft(id: string): Promise<DraftView> {
    const view = await this.queries.draftView(this.dataSource.manager, id);
    if (!view) throw new DomainError('NO_OPEN_DRAFT');
    return view;
  }
}

/** 400 DRAFT_INCOMPLETE with the fields to fix, so the editor can mark each one. */
function assertNoProblems(problems: ContentProblem[]): void {
  if (problems.length > 0) throw new DomainError('DRAFT_INCOMPLETE', undefined, { fields: problems });
}

/**
 * A new article starts from a complete form (the new-article dialog asks for the title; imports
 * bring whole records), refused like the DTO's own checks; incomplete content is for drafts only.
 */
function assertCompleteForCreate(content: ArticleContent): void {
  const problems = contentProblems(content);
  if (problems.length === 0) return;
  const fields = problems.map((p) => ({ field: `content.${p.field}`, message: p.message }));
  throw new DomainError('VALIDATION_FAILED', undefined, { fields });
}
