// Author and reviewer endpoints of /articles. Query keys start with 'articles' so one
// invalidation refreshes lists, details and published views together.
import type {
  ApproveRequest,
  ArticleDetail,
  ArticleSummary,
  ArticleVersionView,
  CreateArticleRequest,
  DraftView,
  FieldDiff,
  SaveDraftRequest,
} from '@bsc/domain';
import { http } from '../../../api/http';

const path = (id: string, rest = '') => `/articles/${encodeURIComponent(id)}${rest}`;

/** Query keys of the article endpoints. */
export const articleKeys = {
  all: ['articles'] as const,
  list: (filter: ArticleListFilter) => ['articles', 'list', filter] as const,
  detail: (id: string) => ['articles', id, 'detail'] as const,
  versions: (id: string) => ['articles', id, 'versions'] as const,
  diff: (id: string, from: DiffFrom, to: string) => ['articles', id, 'diff', from, to] as const,
  reviewQueue: ['articles', 'review-queue'] as const,
};

/** Filters of GET /articles. */
export interface ArticleListFilter {
  status?: ArticleSummary['status'];
  departmentId?: string;
  q?: string;
}

/** GET /articles */
export const listArticles = (filter: ArticleListFilter, signal?: AbortSignal) =>
  http.get<ArticleSummary[]>('/articles', { query: { ...filter }, signal });

/** POST /articles */
export const createArticle = (request: CreateArticleRequest) => http.post<ArticleDetail>('/articles', request);

/** GET /articles/:id */
export const getArticle = (id: string, signal?: AbortSignal) => http.get<ArticleDetail>(path(id), { signal });

/** PUT /articles/:id/draft — 409 DRAFT_CONFLICT when `revision` is stale. */
export const saveDraft = (id: string, request: SaveDraftRequest, signal?: AbortSignal) =>
  http.put<DraftView>(path(id, '/draft'), request, { signal });

/** POST /articles/:id/draft — open a draft from the published version. */
export const openDraft = (id: string) => http.post<DraftView>(path(id, '/draft'));

/** POST /articles/:id/submit */
export const submitForReview = (id: string, changeNote: string) => http.post<ArticleDetail>(path(id, '/submit'), { changeNote });

/** POST /articles/:id/approve */
export const approveDraft = (id: string, request: ApproveRequest) => http.post<ArticleDetail>(path(id, '/approve'), request);

/** POST /articles/:id/reject */
export const rejectDraft = (id: string, comment: string) => http.post<ArticleDetail>(path(id, '/reject'), { comment });

/** POST /articles/:id/verify */
export const verifyArticle = (id: string) => http.post<ArticleDetail>(path(id, '/verify'));

/** GET /articles/:id/versions */
export const listVersions = (id: string, signal?: AbortSignal) => http.get<ArticleVersionView[]>(path(id, '/versions'), { signal });

/** POST /articles/:id/restore/:n */
export const restoreVersion = (id: string, version: number) => http.post<DraftView>(path(id, `/restore/${version}`));

/**
 * Start of a diff: a version, `none` (nothing: every field is new), `rejected` (the content of
 * the draft's last rejection) or null (the published version, else nothing).
 */
export type DiffFrom = number | 'none' | 'rejected' | null;

/** GET /articles/:id/diff?from=&to= */
export const getDiff = (id: string, from: DiffFrom, to: string, signal?: AbortSignal) =>
  http.get<FieldDiff[]>(path(id, '/diff'), { query: { from, to }, signal });

/** GET /review-queue */
export const getReviewQueue = (signal?: AbortSignal) => http.get<ArticleSummary[]>('/review-queue', { signal });
