import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/**
 * One synonym group as GET /synonyms returns it (SynonymsService's SynonymEntry in apps/api;
 * declared here until the shape moves to @bsc/domain).
 */
export interface SynonymEntry {
  id: string;
  term: string;
  synonyms: string[];
  createdAt: string;
}

/** Body of POST /synonyms. */
export interface SynonymRequest {
  term: string;
  synonyms: string[];
}

/** Query key of the synonym list. */
export const synonymsKey = ['synonyms'] as const;

/** GET /synonyms as query options. */
export const synonymsQuery = () =>
  queryOptions({ queryKey: synonymsKey, queryFn: ({ signal }) => http.get<SynonymEntry[]>('/synonyms', { signal }), staleTime: 0 });

/** POST /synonyms */
export const createSynonym = (request: SynonymRequest) => http.post<SynonymEntry>('/synonyms', request);

/** DELETE /synonyms/:id */
export const deleteSynonym = (id: string) => http.delete<void>(`/synonyms/${encodeURIComponent(id)}`);
