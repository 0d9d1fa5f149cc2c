import type { SearchHit } from '@bsc/domain';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect } from 'react';
import { loadAnswerPage } from '../app/lazy-pages';
import { publishedArticleQuery } from '../features/answer/api/answer-api';
import { OutcomeBar } from '../features/contacts/components/outcome-bar';
import { useContactSession } from '../features/contacts/contact-session';
import { SearchPanel } from '../features/search/components/search-panel';
import { searchMessages } from '../features/search/messages';

/** Agent start page: search while typing, open an answer with the keyboard. */
export function SearchPage() {
  const queryClient = useQueryClient();
  // A new contact remounts the panel: empty query, focused search box.
  const contact = useContactSession();

  useEffect(() => {
    // Fetch the answer page's code while the agent types, so opening a hit is instant.
    const idle = window.setTimeout(() => void loadAnswerPage(), 1000);
    return () => window.clearTimeout(idle);
  }, []);

  const prefetch = useCallback((hit: SearchHit) => void queryClient.prefetchQuery(publishedArticleQuery(hit.id)), [queryClient]);

  return (
    <section className="page page--search" aria-labelledby="search-title">
      <h1 id="search-title" className="visually-hidden">
        {searchMessages.pageTitle}
      </h1>
      <SearchPanel key={contact.number} onFocusHit={prefetch} />
      <OutcomeBar />
    </section>
  );
}
