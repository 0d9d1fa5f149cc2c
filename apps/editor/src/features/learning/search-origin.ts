// Which settled search led the agent to an article, so that "Hat geholfen", copying and printing
// on its answer card can teach the search the words of that search (issue 12). Lives in
// sessionStorage: this tab only, gone with the tab, and holds search ids only — the server keeps
// the words, never the agent next to them.
import { useSyncExternalStore } from 'react';

/** One article reached from a search. */
export interface SearchOrigin {
  articleId: string;
  searchId: string;
  /** When the agent opened it (epoch ms). */
  at: number;
}

/** Articles the tab remembers at most; the oldest go first. */
export const MAX_ORIGINS = 30;
/** After this long the answer belongs to another conversation: its signals no longer refer to that search. */
export const ORIGIN_MAX_AGE_MS = 2 * 60 * 60 * 1000;

/** The origins with this article reached from this search (newest last, replacing an older one). */
export function withOrigin(origins: readonly SearchOrigin[], origin: SearchOrigin): SearchOrigin[] {
  const others = origins.filter((o) => o.articleId !== origin.articleId);
  return [...others, origin].slice(-MAX_ORIGINS);
}

/** The search that led to the article, unless it is too old or unknown. */
export function originOf(origins: readonly SearchOrigin[], articleId: string, now: number): string | null {
  const origin = origins.find((o) => o.articleId === articleId);
  if (!origin || now - origin.at > ORIGIN_MAX_AGE_MS || origin.at > now + ORIGIN_MAX_AGE_MS) return null;
  return origin.searchId;
}

function isOrigin(value: unknown): value is SearchOrigin {
  if (typeof value !== 'object' || value === null) return false;
  return (
    'articleId' in value &&
    typeof value.articleId === 'string' &&
    'searchId' in value &&
    typeof value.searchId === 'string' &&
    'at' in value &&
    typeof value.at === 'number'
  );
}

/** Origins from stored text; anything malformed (an older build, a hand edit) is dropped. */
export function parseOrigins(text: string | null): SearchOrigin[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter(isOrigin).slice(-MAX_ORIGINS) : [];
  } catch {
    return [];
  }
}

const STORAGE_KEY = 'bsc.searchOrigins';
let origins: SearchOrigin[] = load();
const listeners = new Set<() => void>();

function load(): SearchOrigin[] {
  try {
    return parseOrigins(sessionStorage.getItem(STORAGE_KEY));
  } catch {
    return [];
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Remembers that the agent opened the article from this settled search. */
export function rememberSearchOrigin(articleId: string, searchId: string): void {
  origins = withOrigin(origins, { articleId, searchId, at: Date.now() });
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(origins));
  } catch {
    // Storage full or disabled: the feedback still works until the page reloads.
  }
  for (const listener of listeners) listener();
}

/** The settled searches behind these articles, where known (a settled contact passes them on to the learning). */
export function searchOriginsOf(articleIds: readonly string[]): { articleId: string; searchId: string }[] {
  const now = Date.now();
  return articleIds.flatMap((articleId) => {
    const searchId = originOf(origins, articleId, now);
    return searchId ? [{ articleId, searchId }] : [];
  });
}

/**
 * The settled search that led to the article, or null; re-renders when it arrives (the search
 * settles while the answer card is already loading).
 */
export function useSearchOrigin(articleId: string): string | null {
  const current = useSyncExternalStore(
    subscribe,
    () => origins,
    () => origins,
  );
  return originOf(current, articleId, Date.now());
}
