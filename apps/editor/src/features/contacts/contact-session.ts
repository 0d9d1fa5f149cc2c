// The contact in progress: which articles the agent opened since the last "Neues Anliegen" and
// whether its outcome is recorded. Lives in sessionStorage (this tab only, gone with the tab),
// holds article ids and titles only — never anything the citizen said.
import { CONTACT_CHANNELS, ContactLimits, type ContactChannel, type ContactOutcome } from '@bsc/domain';
import { useSyncExternalStore } from 'react';

/** An article opened during the contact. */
export interface OpenedArticle {
  id: string;
  title: string;
  departmentId: string;
}

/** The contact in progress. */
export interface ContactSessionState {
  /** Counts contacts in this tab; a new number starts a fresh search. */
  number: number;
  articles: OpenedArticle[];
  recorded: { outcome: ContactOutcome; channel: ContactChannel } | null;
}

const INITIAL: ContactSessionState = { number: 0, articles: [], recorded: null };

/** Adds an opened article; after a recorded outcome, opening an article starts the next contact. */
export function withOpened(state: ContactSessionState, article: OpenedArticle): ContactSessionState {
  const current = state.recorded ? startedNew(state) : state;
  if (current.articles.some((a) => a.id === article.id) || current.articles.length >= ContactLimits.articlesMax) return current;
  return { ...current, articles: [...current.articles, article] };
}

/** Removes an article the agent opened by mistake. */
export function withoutArticle(state: ContactSessionState, id: string): ContactSessionState {
  return { ...state, articles: state.articles.filter((a) => a.id !== id) };
}

/** Marks the outcome as recorded. */
export function withRecorded(state: ContactSessionState, outcome: ContactOutcome, channel: ContactChannel): ContactSessionState {
  return { ...state, recorded: { outcome, channel } };
}

/** The next contact: no articles, nothing recorded. */
export function startedNew(state: ContactSessionState): ContactSessionState {
  return { number: state.number + 1, articles: [], recorded: null };
}

const STORAGE_KEY = 'bsc.contact';
let state: ContactSessionState = load();
const listeners = new Set<() => void>();

function load(): ContactSessionState {
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    return isState(parsed) ? parsed : INITIAL;
  } catch {
    return INITIAL;
  }
}

function isState(value: unknown): value is ContactSessionState {
  if (typeof value !== 'object' || value === null) return false;
  return 'number' in value && typeof value.number === 'number' && 'articles' in value && Array.isArray(value.articles);
}

function update(change: (current: ContactSessionState) => ContactSessionState): void {
  const next = change(state);
  // Unchanged (e.g. the same article opened again): no write, no re-render.
  if (next === state) return;
  state = next;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state));
  } catch {
    // Storage full or disabled: the contact still works within this page.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The contact in progress, re-rendering on every change. */
export function useContactSession(): ContactSessionState {
  return useSyncExternalStore(
    subscribe,
    () => state,
    () => state,
  );
}

/** Actions on the contact in progress. */
export const contactSession = {
  opened: (article: OpenedArticle) => update((s) => withOpened(s, article)),
  remove: (id: string) => update((s) => withoutArticle(s, id)),
  recorded: (outcome: ContactOutcome, channel: ContactChannel) => update((s) => withRecorded(s, outcome, channel)),
  startNew: () => update(startedNew),
};

const channelKey = (userId: string) => `bsc.contactChannel.${userId}`;

/** The channel this agent used last (remembered per agent on this device); phone by default. */
export function rememberedChannel(userId: string): ContactChannel {
  try {
    const stored = localStorage.getItem(channelKey(userId));
    return CONTACT_CHANNELS.find((c) => c === stored) ?? 'phone';
  } catch {
    return 'phone';
  }
}

/** Remembers the agent's channel for the next contacts. */
export function rememberChannel(userId: string, channel: ContactChannel): void {
  try {
    localStorage.setItem(channelKey(userId), channel);
  } catch {
    // Not remembered: the agent picks it again next time.
  }
}
