import { ApiError, networkError } from '../api/api-error';
import { describeError } from './error-description';

const apiError = (status: number, code: string, message: string) =>
  new ApiError(status, { code, message, correlationId: '3f2b8c1e-0d4a-4c55-9e1f-6b7a8c9d0e1f' });

describe(describeError.name, () => {
  it('says "Artikel nicht gefunden" for ARTICLE_NOT_FOUND, with a hint instead of the API sentence, and no retry', () => {
    const description = describeError(apiError(404, 'ARTICLE_NOT_FOUND', 'Der Artikel wurde nicht gefunden.'));
    expect(description).toEqual({
      title: 'Artikel nicht gefunden',
      text: 'Der Link ist vielleicht veraltet, oder der Eintrag wurde inzwischen gelöscht.',
      retryable: false,
      code: 'ARTICLE_NOT_FOUND',
      reference: '3f2b8c1e-0d4a-4c55-9e1f-6b7a8c9d0e1f',
    });
  });

  it('falls back to the category: every forbidden code is "Keine Berechtigung" with the API explanation', () => {
    const description = describeError(apiError(403, 'FORBIDDEN', 'Dafür fehlt Ihnen die Berechtigung.'));
    expect([description.title, description.text, description.retryable]).toEqual([
      'Keine Berechtigung',
      'Dafür fehlt Ihnen die Berechtigung.',
      false,
    ]);
  });

  it('lets a rejected input speak for itself, without a headline', () => {
    const description = describeError(apiError(400, 'REJECT_COMMENT_REQUIRED', 'Eine Ablehnung braucht einen Kommentar.'));
    expect([description.title, description.text, description.retryable]).toEqual([null, 'Eine Ablehnung braucht einen Kommentar.', false]);
  });

  it('offers a retry only for transient failures: network, unavailable server, rate limit', () => {
    expect(describeError(networkError())).toMatchObject({ title: 'Keine Verbindung zum Server', retryable: true });
    expect(describeError(apiError(503, 'SEARCH_UNAVAILABLE', 'x'))).toMatchObject({ title: 'Suche nicht erreichbar', retryable: true });
    expect(describeError(apiError(429, 'TOO_MANY_LOGIN_ATTEMPTS', 'x'))).toMatchObject({ retryable: true });
    expect(describeError(new Error('boom'))).toMatchObject({ title: 'Vorübergehend nicht verfügbar', retryable: true, reference: null });
  });
});
