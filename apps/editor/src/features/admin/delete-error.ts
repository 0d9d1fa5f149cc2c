// Explains why the API refused a deletion (409) in words that say what to do next.
import { ApiError, errorMessage } from '../../api/http';
import { adminMessages as m } from './messages';

/** What is being deleted: its kind and its display name. */
export interface DeletedThing {
  kind: 'department' | 'document' | 'synonym';
  name: string;
}

function articleCount(error: ApiError): number | null {
  const count = error.details?.articles;
  return typeof count === 'number' ? count : null;
}

/** The titles of the articles that keep a document from deletion (DOCUMENT_IN_USE), else none. */
export function articlesInUse(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.code !== 'DOCUMENT_IN_USE') return [];
  const titles = error.details?.articleTitles;
  return Array.isArray(titles) ? titles.filter((title): title is string => typeof title === 'string') : [];
}

/** The message for a failed delete; the API's own message for anything unexpected. */
export function deleteErrorMessage(error: unknown, thing: DeletedThing): string {
  if (error instanceof ApiError && error.code === 'DEPARTMENT_HAS_ARTICLES' && thing.kind === 'department') {
    return m.departments.hasArticles(thing.name, articleCount(error));
  }
  if (error instanceof ApiError && error.code === 'DOCUMENT_IN_USE' && thing.kind === 'document') {
    return m.documents.inUse(thing.name, articleCount(error));
  }
  return errorMessage(error);
}
