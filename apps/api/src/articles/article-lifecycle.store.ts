import type { ArticleContent, WorkflowDraft, WorkflowState } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { enqueueReindex } from '../search/search-outbox';
import { Article } from './article.entity';
import { ArticleDraft } from './article-draft.entity';
import { publishDraft } from './article-publisher';

/** An article row and its draft, both locked for the rest of the transaction. */
export interface LockedArticle {
  article: Article;
  draft: ArticleDraft | null;
}

/**
 * Locks the article row, then its draft. Every writer takes the article first (the scheduler
 * too): two transactions that lock the same pair in opposite orders deadlock.
 */
export async function lockArticle(m: EntityManager, id: string): Promise<LockedArticle | null> {
  const article = await m.findOne(Article, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!article) return null;
  const draft = await m.findOne(ArticleDraft, { where: { articleId: id }, lock: { mode: 'pessimistic_write' } });
  return { article, draft };
}

/** The pure lifecycle state of an article row and its draft. */
export function toWorkflowState({ article, draft }: LockedArticle): WorkflowState {
  return {
    archived: article.archived,
    publishedVersion: article.publishedVersion,
    validUntil: article.validUntil,
    draft: draft && {
      state: draft.state,
      revision: draft.revision,
      authorIds: draft.authorIds,
      baseVersion: draft.baseVersion,
      publishAt: draft.publishAt,
      validUntil: draft.validUntil,
      changeNote: draft.changeNote,
      submittedBy: draft.submittedBy,
      rejectionComment: draft.rejectionComment,
      approvedBy: draft.approvedBy,
    },
  };
}

/** Who caused a transition, and the draft content it brings (save, restore, openDraft, create). */
export interface TransitionWrite {
  actorId: string | null;
  content?: ArticleContent;
}

/**
 * Persists whatever transition() returned for a locked article: the one place that turns a
 * lifecycle state into columns. Returns the number of the version it published, if any.
 */
export async function persistTransition(
  m: EntityManager,
  locked: LockedArticle,
  next: WorkflowState,
  write: TransitionWrite,
): Promise<number | null> {
  const { article, draft } = locked;
  if (next.publishedVersion !== article.publishedVersion) {
    if (!draft) throw new Error(`article ${article.id}: a publication without a draft`);
    // A scheduled draft is published in the name of the reviewer who approved it.
    const approverId = draft.approvedBy ?? write.actorId ?? draft.updatedBy;
    return publishDraft(m, { ...draft, validUntil: next.validUntil }, approverId);
  }
  if (next.archived !== article.archived) {
    await m.update(Article, { id: article.id }, { archived: next.archived });
    await enqueueReindex(m, [article.id]);
  }
  if (next.draft) await writeDraft(m, article.id, next.draft, write, draft);
  else if (draft) await m.delete(ArticleDraft, { articleId: article.id });
  return null;
}

// Raw SQL because TypeORM's insert()/update() types cannot express a whole JSON document as a
// column value.
async function writeDraft(
  m: EntityManager,
  articleId: string,
  next: WorkflowDraft,
  write: TransitionWrite,
  current: ArticleDraft | null,
): Promise<void> {
  // updated_by names who last changed the text, not who moved the draft through review.
  const updatedBy = (write.content && write.actorId) || current?.updatedBy;
  const content = write.content ?? current?.content;
  if (!updatedBy || !content) throw new Error(`article ${articleId}: a new draft needs an author and content`);
  // Leaving review or schedule back to "draft" is a rejection: keep its comment and the content
  // it judged, for the reviewer of the resubmission. Every other step keeps the last rejection.
  const rejected = current !== null && current.state !== 'draft' && next.state === 'draft';
  const lastRejection = rejected
    ? { comment: next.rejectionComment, at: new Date(), content: current.content }
    : { comment: current?.lastRejectionComment ?? null, at: current?.lastRejectedAt ?? null, content: current?.rejectedContent ?? null };
  await m.query(
    `INSERT INTO article_drafts (article_id, state, revision, content, base_version, author_ids, change_note, rejection_comment,
                                 publish_at, valid_until, submitted_by, approved_by, updated_by, updated_at,
                                 last_rejection_comment, last_rejected_at, rejected_content)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, now(), $14, $15, $16)
     ON CONFLICT (article_id) DO UPDATE SET
       state = EXCLUDED.state, revision = EXCLUDED.revision, content = EXCLUDED.content, base_version = EXCLUDED.base_version,
       author_ids = EXCLUDED.author_ids, change_note = EXCLUDED.change_note, rejection_comment = EXCLUDED.rejection_comment,
       publish_at = EXCLUDED.publish_at, valid_until = EXCLUDED.valid_until, submitted_by = EXCLUDED.submitted_by,
       approved_by = EXCLUDED.approved_by, updated_by = EXCLUDED.updated_by, updated_at = now(),
       last_rejection_comment = EXCLUDED.last_rejection_comment, last_rejected_at = EXCLUDED.last_rejected_at,
       rejected_content = EXCLUDED.rejected_content`,
    [
      articleId,
      next.state,
      next.revision,
      JSON.stringify(content),
      next.baseVersion,
      next.authorIds,
      next.changeNote,
      next.rejectionComment,
      next.publishAt,
      next.validUntil,
      next.submittedBy,
      next.approvedBy,
      updatedBy,
      lastRejection.comment,
      lastRejection.at,
      lastRejection.content === null ? null : JSON.stringify(lastRejection.content),
    ],
  );
}
