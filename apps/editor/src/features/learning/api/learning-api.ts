import type { DraftView, LearnedPhrase, SearchSignal, SignalOutcome } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** What an agent did with an answer reached from a settled search. */
export interface SearchFeedback {
  searchId: string;
  articleId: string;
  signal: SearchSignal;
}

/** POST /search/feedback; keepalive so a signal sent right before leaving the page still arrives. */
export function sendSearchFeedback(feedback: SearchFeedback): Promise<{ outcome: SignalOutcome }> {
  return http.post<{ outcome: SignalOutcome }>('/search/feedback', feedback, { keepalive: true });
}

const path = (articleId: string, rest = '') => `/articles/${encodeURIComponent(articleId)}/learned-phrases${rest}`;

/** Query key of an article's learned phrases. */
export const learnedPhrasesKey = (articleId: string) => ['learned-phrases', articleId] as const;

/** GET /articles/:id/learned-phrases (authors of the department and admins; 403 for everyone else). */
export const learnedPhrasesQuery = (articleId: string) =>
  queryOptions({
    queryKey: learnedPhrasesKey(articleId),
    queryFn: ({ signal }) => http.get<LearnedPhrase[]>(path(articleId), { signal }),
    retry: false,
  });

/** Blocks a learned word for the article; returns the updated list. */
export const blockPhrase = (articleId: string, phrase: string) => http.post<LearnedPhrase[]>(path(articleId, '/block'), { phrase });

/** Adds a learned word to the keywords of the article's draft (opened from the published version if needed). */
export const adoptPhrase = (articleId: string, phrase: string) => http.post<DraftView>(path(articleId, '/adopt'), { phrase });
