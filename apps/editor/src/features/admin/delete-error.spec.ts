import { ApiError } from '../../api/http';
import { articlesInUse, deleteErrorMessage } from './delete-error';

const conflict = (code: string, details?: Record<string, unknown>) =>
  new ApiError(409, { code, message: 'Konflikt', correlationId: 'c-1', details });

describe('deleteErrorMessage', () => {
  it('says how many articles still belong to a department', () => {
    const message = deleteErrorMessage(conflict('DEPARTMENT_HAS_ARTICLES', { articles: 12 }), {
      kind: 'department',
      name: 'Zulassungsstelle',
    });
    expect(message).toContain('„Zulassungsstelle“ hat noch 12 Artikel');
  });

  it('says how many articles still use a document', () => {
    const message = deleteErrorMessage(conflict('DOCUMENT_IN_USE', { articles: 1 }), { kind: 'document', name: 'eVB-Nummer' });
    expect(message).toContain('„eVB-Nummer“ wird noch in 1 Artikel verwendet');
  });

  it('names the articles that still use a document, and none for other errors', () => {
    const error = conflict('DOCUMENT_IN_USE', { articles: 2, articleTitles: ['Halterwechsel', 'Neuzulassung'] });
    expect(articlesInUse(error)).toEqual(['Halterwechsel', 'Neuzulassung']);
    expect(articlesInUse(conflict('DOCUMENT_IN_USE', { articles: 2 }))).toEqual([]);
    expect(articlesInUse(conflict('DEPARTMENT_HAS_ARTICLES', { articleTitles: ['x'] }))).toEqual([]);
  });

  it('does without a count when the API sends none', () => {
    const message = deleteErrorMessage(conflict('DEPARTMENT_HAS_ARTICLES'), { kind: 'department', name: 'Bauamt' });
    expect(message).toContain('„Bauamt“ hat noch Artikel');
  });

  it('falls back to the API message for other errors', () => {
    expect(deleteErrorMessage(conflict('DUPLICATE'), { kind: 'document', name: 'x' })).toBe('Konflikt');
  });
});
