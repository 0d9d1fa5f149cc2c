import type { ArticleContent } from '@bsc/domain';
import type { EntityManager } from 'typeorm';

/** New content of a draft, written with the next revision. */
export interface DraftContentWrite {
  content: ArticleContent;
  revision: number;
  authorIds: string[];
  updatedBy: string;
}

// Raw SQL because TypeORM's update() types cannot express a whole JSON document as a column value.

/** Replaces the draft's content and bumps its revision. */
export async function writeDraftContent(m: EntityManager, articleId: string, write: DraftContentWrite): Promise<void> {
  await m.query(
    `UPDATE article_drafts SET content = $2, revision = $3, author_ids = $4, updated_by = $5, updated_at = now() WHERE article_id = $1`,
    [articleId, JSON.stringify(write.content), write.revision, write.authorIds, write.updatedBy],
  );
}

/** Opens a new draft in state 'draft' at revision 1. */
export async function insertDraft(
  m: EntityManager,
  articleId: string,
  content: ArticleContent,
  authorId: string,
  baseVersion: number | null,
): Promise<void> {
  await m.query(
    `INSERT INTO article_drafts (article_id, state, revision, content, base_version, author_ids, updated_by) VALUES ($1, 'draft', 1, $2, $3, $4, $5)`,
    [articleId, JSON.stringify(content), baseVersion, [authorId], authorId],
  );
}
