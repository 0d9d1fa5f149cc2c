import type { EntityManager } from 'typeorm';
import { queryOne } from '../database/typed-rows';
import { enqueueReindex, refreshSearchBody } from '../search/search-outbox';
import type { ArticleDraft } from './article-draft.entity';

/**
 * Turns an approved draft into the next immutable version and makes it what agents see:
 * version row, article head, document references, fallback search columns and the outbox row,
 * all in the caller's transaction. Returns the new version number. A version a reviewer
 * approved counts as checked (the import marks its own publications unverified afterwards).
 */
export async function publishDraft(manager: EntityManager, draft: ArticleDraft, approverId: string): Promise<number> {
  const { next } = await queryOne(
    manager,
    { next: 'int' },
    `SELECT coalesce(max(number), 0) + 1 AS next FROM article_versions WHERE article_id = $1`,
    [draft.articleId],
  );
  await manager.query(
    `INSERT INTO article_versions (article_id, number, content, author_ids, approved_by, change_note)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [draft.articleId, next, JSON.stringify(draft.content), draft.authorIds, approverId, draft.changeNote ?? ''],
  );
  await manager.query(
    `UPDATE articles SET published_version = $2, published_at = now(), archived = false,
            valid_until = coalesce($3, valid_until), expiry_processed_at = NULL, last_verified_at = now(), updated_at = now(),
            source_unverified = false
      WHERE id = $1`,
    [draft.articleId, next, draft.validUntil],
  );
  await manager.query(`DELETE FROM article_drafts WHERE article_id = $1`, [draft.articleId]);
  await replaceDocumentReferences(
    manager,
    draft.articleId,
    draft.content.documents.map((d) => d.documentId),
  );
  await refreshSearchBody(manager, [draft.articleId]);
  await enqueueReindex(manager, [draft.articleId]);
  return next;
}

/** Keeps article_documents in step with the published content (used to re-index on catalogue edits). */
async function replaceDocumentReferences(manager: EntityManager, articleId: string, documentIds: string[]): Promise<void> {
  await manager.query(`DELETE FROM article_documents WHERE article_id = $1`, [articleId]);
  if (documentIds.length === 0) return;
  await manager.query(`INSERT INTO article_documents (article_id, document_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
    articleId,
    [...new Set(documentIds)],
  ]);
}
