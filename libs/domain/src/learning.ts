/**
 * What an agent did with an answer after a search (issue 12). `opened` is the click; `copied`
 * (checklist copied), `printed` and `helpful` say the answer was used and teach the search the
 * citizen's words for it; `not_helpful` takes back.
 */
export const SEARCH_SIGNALS = ['opened', 'copied', 'printed', 'helpful', 'not_helpful'] as const;
/** One usage signal. */
export type SearchSignal = (typeof SEARCH_SIGNALS)[number];

/**
 * What the learning stores: the used signals, "not helpful", and `settled` — the contact was
 * recorded as settled at first contact with this answer (the strongest "used", issue 13 point 5;
 * it comes from the contacts' event, not from the feedback endpoint).
 */
export type StoredSignal = Exclude<SearchSignal, 'opened'> | 'settled';

/** Signals that teach the search: the answer was used for this concern. */
export const USED_SIGNALS = ['copied', 'printed', 'helpful', 'settled'] as const satisfies readonly StoredSignal[];

/** How a feedback request was taken (the agent's UI needs no more than this). */
export type SignalOutcome = 'counted' | 'repeated' | 'daily_cap' | 'learning_off' | 'click';

/** A word citizens used for an article, as the article's authors see it. */
export interface LearnedPhrase {
  phrase: string;
  /** Signals that the answer was used (each agent and day once), minus "not helpful". */
  count: number;
  /** Distinct agent-days behind it (agents are counted per day, never identified). */
  agents: number;
  /** Distinct days on which it was used. */
  days: number;
  lastSeen: string;
  /** True once it reached the thresholds: it is part of the article's search text. */
  active: boolean;
}

/** The thresholds of the learning (environment, README "Learning from usage"). */
export interface LearningSettings {
  enabled: boolean;
  /** Distinct agents (per day) who used the answer for the word. */
  minAgents: number;
  /** Distinct days on which it was used. */
  minDays: number;
  /** A signal's weight halves after this many days. */
  halfLifeDays: number;
  /** Signals per agent and day that count; more are stored nowhere. */
  dailyCap: number;
}

/**
 * A content gap: searches that found no answer or that no agent opened, grouped by the word
 * they share ("Wohngeld — 23 Suchen, keine Antwort, zuletzt gestern").
 */
export interface ContentGap {
  /** The shared word the group is named by. */
  term: string;
  /** Words that occur in at least half of the group's searches (the term first): keywords for a new article. */
  terms: string[];
  searches: number;
  /** Of those, searches that said "Kein passender Artikel gefunden". */
  unanswered: number;
  lastSeen: string;
  /** The most frequent phrasings, for the reader. */
  examples: string[];
}
