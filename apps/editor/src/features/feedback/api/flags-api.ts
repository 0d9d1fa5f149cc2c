import type { FlagReason, FlagView } from '@bsc/domain';
import { http } from '../../../api/http';

/** Body of POST /articles/:id/flags. */
export interface CreateFlagRequest {
  reason: FlagReason;
  comment: string;
}

/** POST /articles/:id/flags */
export function createFlag(articleId: string, flag: CreateFlagRequest): Promise<FlagView> {
  return http.post<FlagView>(`/articles/${encodeURIComponent(articleId)}/flags`, flag);
}
