import type { ArticleContent } from '@bsc/domain';
import { sameContent } from '../articles/article-content.validation';
import { mergeCatalogueFields, type CatalogueFields } from './dldb-mapping';

/** What the database holds for an article with the catalogue's external reference. */
export interface ExistingArticle {
  id: string;
  departmentId: string;
  archived: boolean;
  publishedVersion: number | null;
  publishedContent: ArticleContent | null;
  draft: { content: ArticleContent; revision: number; authorIds: string[]; updatedBy: string } | null;
}

/** What to do with one imported service ('create' publishes or opens a draft, as the run says). */
export type ArticlePlan =
  | { action: 'create'; content: ArticleContent }
  | { action: 'publish'; content: ArticleContent }
  | { action: 'dropDraft' }
  | { action: 'insertDraft'; content: ArticleContent }
  | { action: 'updateDraft'; content: ArticleContent; revision: number }
  | { action: 'unchanged' }
  | { action: 'skip'; reason: string };

/** Options of the plan: publish directly, or leave drafts for the department to review. */
export interface PlanOptions {
  publish: boolean;
  importUserId: string;
}

/**
 * Decides, without touching the database, how an import run changes one article. Re-runs are
 * idempotent: identical content is 'unchanged'; a changed catalogue entry gives a new version
 * (or an updated import draft), never a second article. Work of people is never overwritten:
 * an archived article or a draft someone else edits is skipped with the reason.
 */
export function planArticle(existing: ExistingArticle | null, fields: CatalogueFields, options: PlanOptions): ArticlePlan {
  if (!existing) return { action: 'create', content: mergeCatalogueFields(null, fields) };
  if (existing.archived) return { action: 'skip', reason: 'Der Artikel ist archiviert und wird nicht überschrieben.' };
  const draft = existing.draft;
  if (draft && !isImportDraft(draft, options.importUserId)) {
    return { action: 'skip', reason: 'Ein offener Entwurf wird gerade bearbeitet; der Import überschreibt ihn nicht.' };
  }
  return options.publish ? planPublish(existing, fields) : planDraft(existing, fields);
}

function planPublish(existing: ExistingArticle, fields: CatalogueFields): ArticlePlan {
  const published = existing.publishedContent;
  const content = mergeCatalogueFields(published ?? existing.draft?.content ?? null, fields);
  if (published && sameContent(published, content)) {
    // The catalogue says what is already published: the import's own pending draft is obsolete.
    return existing.draft ? { action: 'dropDraft' } : { action: 'unchanged' };
  }
  return { action: 'publish', content };
}

function planDraft(existing: ExistingArticle, fields: CatalogueFields): ArticlePlan {
  if (existing.draft) {
    const content = mergeCatalogueFields(existing.draft.content, fields);
    return sameContent(existing.draft.content, content)
      ? { action: 'unchanged' }
      : { action: 'updateDraft', content, revision: existing.draft.revision + 1 };
  }
  const content = mergeCatalogueFields(existing.publishedContent, fields);
  if (existing.publishedContent && sameContent(existing.publishedContent, content)) return { action: 'unchanged' };
  return { action: 'insertDraft', content };
}

/** A draft only the import ever wrote may be replaced by the next import. */
function isImportDraft(draft: NonNullable<ExistingArticle['draft']>, importUserId: string): boolean {
  return draft.updatedBy === importUserId && draft.authorIds.every((id) => id === importUserId);
}
