import { parseStoredContent, type ArticleContent } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import type { ArticleDraft } from '../articles/article-draft.entity';
import { insertDraft, writeDraftContent } from '../articles/article-draft.store';
import { publishDraft } from '../articles/article-publisher';
import { orNull, queryRows, type RowOf } from '../database/typed-rows';
import { enqueueReindex } from '../search/search-outbox';
import type { ArticlePlan, ExistingArticle } from './import-plan';

const CHANGE_NOTE = 'Import aus dem Leistungskatalog (DLDB)';

const EXISTING_ROW = {
  id: 'text',
  external_ref: 'text',
  department_id: 'text',
  archived: 'bool',
  published_version: 'int?',
  published_content: orNull(parseStoredContent),
  draft_content: orNull(parseStoredContent),
  draft_revision: 'int?',
  draft_author_ids: 'text[]?',
  draft_updated_by: 'text?',
} as const;
type ExistingRow = RowOf<typeof EXISTING_ROW>;

/** The articles that earlier runs created, by external reference. */
export async function readExistingArticles(m: EntityManager, externalRefs: string[]): Promise<Map<string, ExistingArticle>> {
  const rows = await queryRows(
    m,
    EXISTING_ROW,
    `SELECT a.id, a.external_ref, a.department_id, a.archived, a.published_version,
            v.content AS published_content, d.content AS draft_content, d.revision AS draft_revision,
            d.author_ids AS draft_author_ids, d.updated_by AS draft_updated_by
       FROM articles a
       LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
       LEFT JOIN article_drafts d ON d.article_id = a.id
      WHERE a.external_ref = ANY($1::text[])
      FOR UPDATE OF a`,
    [externalRefs],
  );
  return new Map(rows.map((row) => [row.external_ref, toExisting(row)]));
}

/** Where an applied plan leaves the article. */
export interface AppliedPlan {
  articleId: string;
  version?: number;
  draft?: boolean;
}

/** Context of writing one article. */
export interface ArticleWrite {
  externalRef: string;
  departmentId: string;
  importUserId: string;
  publish: boolean;
}

/** Writes a 'create' plan: a new article, published as version 1 or as a draft to review. */
export async function createImportedArticle(m: EntityManager, write: ArticleWrite, content: ArticleContent): Promise<AppliedPlan> {
  const [row] = (await m.query(`INSERT INTO articles (department_id, kind, external_ref) VALUES ($1, 'service', $2) RETURNING id`, [
    write.departmentId,
    write.externalRef,
  ])) as { id: string }[];
  if (!write.publish) {
    await insertDraft(m, row.id, content, write.importUserId, null);
    await m.query(`UPDATE article_drafts SET change_note = $2 WHERE article_id = $1`, [row.id, CHANGE_NOTE]);
    return { articleId: row.id, draft: true };
  }
  return { articleId: row.id, version: await publishDraft(m, importDraft(row.id, content, write.importUserId), write.importUserId) };
}

/** Writes a plan for an article an earlier run created. */
export async function updateImportedArticle(
  m: EntityManager,
  write: ArticleWrite,
  existing: ExistingArticle,
  plan: ArticlePlan,
): Promise<AppliedPlan> {
  const articleId = existing.id;
  await moveToDepartment(m, existing, write.departmentId);
  switch (plan.action) {
    case 'publish':
      return { articleId, version: await publishDraft(m, importDraft(articleId, plan.content, write.importUserId), write.importUserId) };
    case 'dropDraft':
      await m.query(`DELETE FROM article_drafts WHERE article_id = $1`, [articleId]);
      return { articleId };
    case 'insertDraft':
      await insertDraft(m, articleId, plan.content, write.importUserId, existing.publishedVersion);
      await m.query(`UPDATE article_drafts SET change_note = $2 WHERE article_id = $1`, [articleId, CHANGE_NOTE]);
      return { articleId, draft: true };
    case 'updateDraft':
      await writeDraftContent(m, articleId, {
        content: plan.content,
        revision: plan.revision,
        authorIds: [write.importUserId],
        updatedBy: write.importUserId,
      });
      return { articleId, draft: true };
    default:
      return { articleId };
  }
}

/** What the catalogue says about an article besides its content. */
export interface CatalogueFacts {
  /** Department ids of all the service's offices, in the catalogue's order. */
  locationIds: string[];
  sourceUpdatedAt: string | null;
}

/**
 * Keeps the service's offices and the source's date in step with the catalogue. When the
 * import wrote content (`wroteContent`), nobody has checked the article since: it is marked
 * unverified and due for review by its department at once (last_verified_at = now minus the
 * review interval), and agents see "laut Quelle aktualisiert am …" instead of "geprüft am".
 */
export async function recordCatalogueFacts(
  m: EntityManager,
  articleId: string,
  facts: CatalogueFacts,
  wroteContent: boolean,
): Promise<void> {
  await m.query(
    `UPDATE articles a SET source_updated_at = $2,
            source_unverified = CASE WHEN $3 THEN true ELSE a.source_unverified END,
            last_verified_at = CASE WHEN $3 THEN now() - make_interval(days => coalesce(a.review_interval_days, d.review_interval_days))
                                    ELSE a.last_verified_at END
       FROM departments d
      WHERE a.id = $1 AND d.id = a.department_id
        AND (a.source_updated_at IS DISTINCT FROM $2 OR $3)`,
    [articleId, facts.sourceUpdatedAt, wroteContent],
  );
  const current = await queryRows(
    m,
    { department_id: 'text' },
    `SELECT department_id FROM article_locations WHERE article_id = $1 ORDER BY position`,
    [articleId],
  );
  if (current.map((row) => row.department_id).join() === facts.locationIds.join()) return;
  await m.query(`DELETE FROM article_locations WHERE article_id = $1`, [articleId]);
  if (facts.locationIds.length === 0) return;
  await m.query(
    `INSERT INTO article_locations (article_id, department_id, position)
     SELECT $1, id, ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS l(id, ord)`,
    [articleId, facts.locationIds],
  );
}

/** The catalogue moved the service to another office: the article follows, and is re-indexed. */
async function moveToDepartment(m: EntityManager, existing: ExistingArticle, departmentId: string): Promise<void> {
  if (existing.departmentId === departmentId) return;
  await m.query(`UPDATE articles SET department_id = $2, updated_at = now() WHERE id = $1`, [existing.id, departmentId]);
  if (existing.publishedVersion !== null) await enqueueReindex(m, [existing.id]);
}

// publishDraft takes a draft row; the import publishes without one, as the system user.
function importDraft(articleId: string, content: ArticleContent, importUserId: string): ArticleDraft {
  return {
    articleId,
    state: 'in_review',
    revision: 1,
    content,
    baseVersion: null,
    authorIds: [importUserId],
    changeNote: CHANGE_NOTE,
    rejectionComment: null,
    lastRejectionComment: null,
    lastRejectedAt: null,
    rejectedContent: null,
    publishAt: null,
    validUntil: null,
    submittedBy: importUserId,
    approvedBy: importUserId,
    updatedBy: importUserId,
    updatedAt: new Date(),
  };
}

function toExisting(row: ExistingRow): ExistingArticle {
  const draft =
    row.draft_content && row.draft_revision !== null
      ? {
          content: row.draft_content,
          revision: row.draft_revision,
          authorIds: row.draft_author_ids ?? [],
          updatedBy: row.draft_updated_by ?? '',
        }
      : null;
  return {
    id: row.id,
    departmentId: row.department_id,
    archived: row.archived,
    publishedVersion: row.published_version,
    publishedContent: row.published_content,
    draft,
  };
}
