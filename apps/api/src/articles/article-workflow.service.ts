import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DomainError, transition, type ArticleDetail, type DraftView, type WorkflowAction, type WorkflowState } from '@bsc/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { actsForDepartment, type Actor } from '../common/auth/actor';
import { SearchIndexerService } from '../search/search-indexer.service';
import { enqueueReindex } from '../search/search-outbox';
import { Article } from './article.entity';
import { ArticleDraft } from './article-draft.entity';
import { ArticleVersion } from './article-version.entity';
import { sameContent, validateArticleContent } from './article-content.validation';
import { publishDraft } from './article-publisher';
import { insertDraft, writeDraftContent } from './article-draft.store';
import { ArticleQueriesService } from './article-queries.service';
import type { ApproveDto, CreateArticleDto, SaveDraftDto } from './dto/article-requests.dto';

interface Locked {
  article: Article;
  draft: ArticleDraft | null;
}

/** Every change to an article: drafts, review, publication, archive, verification, restore. */
@Injectable()
export class ArticleWorkflowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly queries: ArticleQueriesService,
    private readonly indexer: SearchIndexerService,
  ) {}

  async create(actor: Actor, dto: CreateArticleDto): Promise<ArticleDetail> {
    if (!actsForDepartment(actor, dto.departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    const id = await this.dataSource.transaction(async (m) => {
      const department = await m.query(`SELECT id FROM departments WHERE id = $1`, [dto.departmentId]);
      if (department.length === 0) throw new DomainError('DEPARTMENT_NOT_FOUND');
      const content = await validateArticleContent(m, dto.content);
      const article = await m.save(m.create(Article, { departmentId: dto.departmentId, kind: dto.kind, archived: false }));
      await insertDraft(m, article.id, content, actor.id, null);
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
    await this.dataSource.transaction(async (m) => {
      const { article, draft } = await this.lock(m, actor, id);
      if (!draft) throw new DomainError('NO_OPEN_DRAFT');
      const content = await validateArticleContent(m, dto.content);
      // A repeated autosave of what is already stored is a no-op, whatever revision it names.
      if (sameContent(draft.content, content)) return;
      if (draft.revision !== dto.revision) {
        // Never a silent overwrite: the client gets the current draft to show both texts.
        const current = await this.queries.draftView(m, id);
        throw new DomainError('DRAFT_CONFLICT', undefined, { currentRevision: draft.revision, current });
      }
      this.apply(article, draft, { type: 'save', actorId: actor.id });
      await writeDraftContent(m, id, {
        content,
        revision: draft.revision + 1,
        authorIds: withAuthor(draft.authorIds, actor.id),
        updatedBy: actor.id,
      });
      await this.audit.append(m, actor, {
        action: 'article.draft_saved',
        subjectType: 'article',
        subjectId: id,
        details: { revision: draft.revision + 1, title: content.title },
      });
    });
    return this.requireDraft(id);
  }

  async openDraft(actor: Actor, id: string): Promise<DraftView> {
    await this.dataSource.transaction(async (m) => {
      const { article, draft } = await this.lock(m, actor, id);
      this.apply(article, draft, { type: 'openDraft', actorId: actor.id });
      const version = await m.findOneByOrFail(ArticleVersion, { articleId: id, number: article.publishedVersion ?? 0 });
      await insertDraft(m, id, version.content, actor.id, article.publishedVersion);
      await this.audit.append(m, actor, {
        action: 'article.draft_opened',
        subjectType: 'article',
        subjectId: id,
        details: { fromVersion: version.number },
      });
    });
    return this.requireDraft(id);
  }

  async restore(actor: Actor, id: string, number: number): Promise<DraftView> {
    await this.dataSource.transaction(async (m) => {
      const { article, draft } = await this.lock(m, actor, id);
      const version = await m.findOneBy(ArticleVersion, { articleId: id, number });
      if (!version) throw new DomainError('VERSION_NOT_FOUND');
      this.apply(article, draft, { type: 'restore', actorId: actor.id });
      if (draft) {
        await writeDraftContent(m, id, {
          content: version.content,
          revision: draft.revision + 1,
          authorIds: withAuthor(draft.authorIds, actor.id),
          updatedBy: actor.id,
        });
      } else {
        await insertDraft(m, id, version.content, actor.id, article.publishedVersion);
      }
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
    await this.change(actor, id, { type: 'submit', actorId: actor.id }, 'article.submitted', async (m) => {
      await m.update(
        ArticleDraft,
        { articleId: id },
        { state: 'in_review', changeNote: changeNote.trim(), submittedBy: actor.id, rejectionComment: null, updatedAt: new Date() },
      );
      return { changeNote };
    });
    return this.queries.detail(actor, id);
  }

  async approve(actor: Actor, id: string, dto: ApproveDto): Promise<ArticleDetail> {
    const now = new Date();
    const publishAt = dto.publishAt ? new Date(dto.publishAt) : undefined;
    await this.change(actor, id, { type: 'approve', actorId: actor.id, publishAt, now }, 'article.approved', async (m, next, draft) => {
      const approved = draft ?? failNoDraft();
      const validUntil = dto.validUntil ? new Date(dto.validUntil) : approved.validUntil;
      if (next.draft?.state === 'scheduled') {
        await m.update(
          ArticleDraft,
          { articleId: id },
          { state: 'scheduled', publishAt: next.draft.publishAt, approvedBy: actor.id, validUntil, updatedAt: now },
        );
        return { scheduledFor: next.draft.publishAt?.toISOString() };
      }
      const version = await publishDraft(m, { ...approved, validUntil }, actor.id);
      return { version };
    });
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  async reject(actor: Actor, id: string, comment: string): Promise<ArticleDetail> {
    await this.change(actor, id, { type: 'reject', actorId: actor.id, comment }, 'article.rejected', async (m) => {
      await m.update(
        ArticleDraft,
        { articleId: id },
        { state: 'draft', rejectionComment: comment.trim(), publishAt: null, approvedBy: null, updatedAt: new Date() },
      );
      return { comment };
    });
    return this.queries.detail(actor, id);
  }

  async archive(actor: Actor, id: string): Promise<ArticleDetail> {
    await this.change(actor, id, { type: 'archive', actorId: actor.id }, 'article.archived', async (m) => {
      await m.update(Article, { id }, { archived: true });
      await enqueueReindex(m, [id]);
      return {};
    });
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  async verify(actor: Actor, id: string): Promise<ArticleDetail> {
    await this.dataSource.transaction(async (m) => {
      const { article } = await this.lock(m, actor, id);
      if (article.publishedVersion === null || article.archived)
        throw new DomainError('INVALID_TRANSITION', 'Nur veröffentlichte Artikel können bestätigt werden.');
      await m.update(Article, { id }, { lastVerifiedAt: new Date() });
      await enqueueReindex(m, [id]);
      await this.audit.append(m, actor, {
        action: 'article.verified',
        subjectType: 'article',
        subjectId: id,
        details: { version: article.publishedVersion },
      });
    });
    this.indexer.kick();
    return this.queries.detail(actor, id);
  }

  /** Runs one lifecycle action under a row lock and audits it with the details `write` returns. */
  private async change(
    actor: Actor,
    id: string,
    action: WorkflowAction,
    auditAction: string,
    write: (m: EntityManager, next: WorkflowState, draft: ArticleDraft | null) => Promise<Record<string, unknown>>,
  ): Promise<void> {
    await this.dataSource.transaction(async (m) => {
      const { article, draft } = await this.lock(m, actor, id);
      const next = this.apply(article, draft, action);
      const details = await write(m, next, draft);
      await this.audit.append(m, actor, { action: auditAction, subjectType: 'article', subjectId: id, details });
    });
  }

  private apply(article: Article, draft: ArticleDraft | null, action: WorkflowAction): WorkflowState {
    return transition(toWorkflowState(article, draft), action);
  }

  private async lock(m: EntityManager, actor: Actor, id: string): Promise<Locked> {
    const article = await m.findOne(Article, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!article) throw new DomainError('ARTICLE_NOT_FOUND');
    if (!actsForDepartment(actor, article.departmentId)) throw new DomainError('DEPARTMENT_FORBIDDEN');
    const draft = await m.findOneBy(ArticleDraft, { articleId: id });
    return { article, draft };
  }

  private async requireDraft(id: string): Promise<DraftView> {
    const view = await this.queries.draftView(this.dataSource.manager, id);
    if (!view) throw new DomainError('NO_OPEN_DRAFT');
    return view;
  }
}

/** The pure lifecycle state of an article row and its draft. */
export function toWorkflowState(article: Article, draft: ArticleDraft | null): WorkflowState {
  return {
    archived: article.archived,
    publishedVersion: article.publishedVersion,
    draft: draft
      ? {
          state: draft.state,
          revision: draft.revision,
          authorIds: draft.authorIds,
          baseVersion: draft.baseVersion,
          publishAt: draft.publishAt,
        }
      : null,
  };
}

function withAuthor(authorIds: string[], actorId: string): string[] {
  return authorIds.includes(actorId) ? authorIds : [...authorIds, actorId];
}

function failNoDraft(): never {
  throw new DomainError('NO_OPEN_DRAFT');
}
