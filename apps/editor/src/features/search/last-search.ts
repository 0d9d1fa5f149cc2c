// The agent's last query, so "/" or Strg+K on any other page and Esc on the answer card lead back
// to the results of that search instead of an empty box. sessionStorage: this tab only, gone with
// it — the citizen's words are not kept beyond the conversation's tab.
const STORAGE_KEY = 'bsc.lastSearch';

/** The search page's address for a query ("/" for none). */
export function searchPath(query: string): string {
  const trimmed = query.trim();
  return trimmed ? `/?${new URLSearchParams({ q: trimmed }).toString()}` : '/';
}

/** Remembers the query shown on the search page (empty after "Neues Anliegen"). */
export function rememberLastSearch(query: string): void {
  try {
    sessionStorage.setItem(STORAGE_KEY, query.trim());
  } catch {
    // Storage disabled: the shortcuts then open an empty search, which still works.
  }
}

/** The search page's address with the last query of this tab. */
export function lastSearchPath(): string {
  try {
    return searchPath(sessionStorage.getItem(STORAGE_KEY) ?? '');
  } catch {
    return '/';
  }
}
