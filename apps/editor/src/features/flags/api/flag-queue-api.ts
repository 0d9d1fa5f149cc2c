// Listing and resolving flags. Creating a flag lives in features/feedback (the agent's dialog).
import type { FlagView } from '@bsc/domain';
import { http } from '../../../api/http';

/** Filters of GET /flags. */
export interface FlagListFilter {
  status?: FlagView['status'];
  /** Only the flags the user raised (the agent's "Meine Meldungen"). */
  mine?: boolean;
  articleId?: string;
}

/** Body of POST /flags/:id/resolve. */
export interface ResolveFlagRequest {
  note: string;
  fixedInVersion?: number;
}

/** Query keys of the flag endpoints. */
export const flagKeys = {
  all: ['flags'] as const,
  list: (filter: FlagListFilter) => ['flags', 'list', filter] as const,
};

/** GET /flags */
export const listFlags = (filter: FlagListFilter, signal?: AbortSignal) =>
  http.get<FlagView[]>('/flags', { query: { status: filter.status, mine: filter.mine, articleId: filter.articleId }, signal });

/** POST /flags/:id/resolve */
export const resolveFlag = (id: string, request: ResolveFlagRequest) =>
  http.post<FlagView>(`/flags/${encodeURIComponent(id)}/resolve`, request);
