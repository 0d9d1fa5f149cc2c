import type { SearchHit, SearchResponse } from '@bsc/domain';
import { useState } from 'react';
import { searchArticles } from '../api/search-api';
import { appendHits } from '../more-hits';

/** Hits loaded beyond the first page, for the query they belong to. */
interface LoadedPages {
  query: string;
  hits: SearchHit[];
}

/**
 * "Weitere Treffer": the first page of `data` plus the pages loaded by offset. Loading more is a
 * preview request: the search counted once already. A new query starts at the first page again.
 */
export function useMoreHits(data: SearchResponse | undefined) {
  const [loaded, setLoaded] = useState<LoadedPages>({ query: '', hits: [] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const extra = data && loaded.query === data.query ? loaded.hits : [];
  const hits = data ? appendHits(data.hits, extra) : [];
  const hasMore = data !== undefined && hits.length < data.total;

  /** Loads the next page; resolves to the index of its first hit in `hits`, or null. */
  async function loadMore(): Promise<number | null> {
    if (!data || busy) return null;
    setBusy(true);
    setError(null);
    try {
      const page = await searchArticles(data.query, 'preview', undefined, hits.length);
      setLoaded({ query: data.query, hits: appendHits(extra, page.hits) });
      return page.hits.length > 0 ? hits.length : null;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  return { hits, hasMore, busy, error, loadMore };
}
