import type { ContentGap } from '@bsc/domain';
import { queryOptions } from '@tanstack/react-query';
import { http } from '../../../api/http';

/** GET /content-gaps?days= as query options. */
export const contentGapsQuery = (days: number) =>
  queryOptions({
    queryKey: ['content-gaps', days],
    queryFn: ({ signal }) => http.get<ContentGap[]>('/content-gaps', { query: { days }, signal }),
    staleTime: 0,
  });

/** Where the CSV export of a period is downloaded. */
export const contentGapsCsvUrl = (days: number) => `/api/v1/content-gaps/export.csv?days=${days}`;

/** POST /content-gaps/ignore: the word names no gap from now on. */
export const ignoreContentGap = (term: string) => http.post<void>('/content-gaps/ignore', { term });
