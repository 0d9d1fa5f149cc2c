import type { BuiltInSynonymList, SynonymEntry, SynonymRequest } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** Query key of the synonym list. */
export const synonymsKey = ['synonyms'] as const;

/** GET /synonyms as query options. */
export const synonymsQuery = () =>
  queryOptions({ queryKey: synonymsKey, queryFn: ({ signal }) => http.get<SynonymEntry[]>('/synonyms', { signal }), staleTime: 0 });

/** GET /synonyms/built-in as query options: fixed until the next deploy. */
export const builtInSynonymsQuery = () =>
  queryOptions({
    queryKey: [...synonymsKey, 'built-in'],
    queryFn: ({ signal }) => http.get<BuiltInSynonymList>('/synonyms/built-in', { signal }),
    staleTime: Infinity,
  });

/** POST /synonyms */
export const createSynonym = (request: SynonymRequest) => http.post<SynonymEntry>('/synonyms', request);

/** DELETE /synonyms/:id */
export const deleteSynonym = (id: string) => http.delete<void>(`/synonyms/${encodeURIComponent(id)}`);
