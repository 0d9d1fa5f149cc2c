// Unsaved input of a draft, kept in the browser until the server has acknowledged it: a reload,
// a crash, a lost connection or an expired session must not drop what an author typed. One entry
// per user and article, holding the revision the text was based on, so a restore that meets a
// newer server draft goes through the conflict dialog instead of overwriting it.
import type { ArticleContent } from '@bsc/domain';

/** What is kept for one draft. */
export interface UnsavedDraft {
  /** Server revision the content was based on. */
  revision: number;
  content: ArticleContent;
  /** When it was written (ISO), for the "restored" note. */
  savedAt: string;
}

/** The part of the Web Storage API the store needs (localStorage in the app, a map in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const key = (userId: string, articleId: string) => `bsc.unsavedDraft.${userId}.${articleId}`;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const TEXT_FIELDS = ['title', 'shortAnswer', 'prerequisites', 'fees', 'procedure', 'processingTime', 'deadlines', 'legalBasis'] as const;

// Whatever is in the storage was written by an older build or by hand: check the outline of every
// field. The server validates the content again when it is saved.
function isContentOutline(value: unknown): value is ArticleContent {
  return (
    isRecord(value) &&
    TEXT_FIELDS.every((field) => typeof value[field] === 'string') &&
    ['keywords', 'documents', 'links'].every((field) => Array.isArray(value[field])) &&
    isRecord(value.body) &&
    (value.contactOverride === null || isRecord(value.contactOverride)) &&
    (value.leikaKey === null || typeof value.leikaKey === 'string') &&
    typeof value.bscResolution === 'string'
  );
}

function parse(text: string | null): UnsavedDraft | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    if (!isRecord(value) || typeof value.revision !== 'number' || typeof value.savedAt !== 'string') return null;
    return isContentOutline(value.content) ? { revision: value.revision, savedAt: value.savedAt, content: value.content } : null;
  } catch {
    return null;
  }
}

/** Reads, writes and forgets the unsaved input of drafts; storage failures (quota, private mode) are not fatal. */
export function unsavedDraftStore(storage: KeyValueStorage | null, userId: string) {
  return {
    read(articleId: string): UnsavedDraft | null {
      try {
        return parse(storage?.getItem(key(userId, articleId)) ?? null);
      } catch {
        return null;
      }
    },
    write(articleId: string, entry: UnsavedDraft): void {
      try {
        storage?.setItem(key(userId, articleId), JSON.stringify(entry));
      } catch {
        // Not kept: the autosave and the unsaved-changes warning still protect the text.
      }
    },
    forget(articleId: string): void {
      try {
        storage?.removeItem(key(userId, articleId));
      } catch {
        // Nothing to do: a stale entry equal to the server's text is ignored on restore.
      }
    },
  };
}

/** The store of this browser (null where localStorage is unavailable). */
export function browserDraftStore(userId: string): ReturnType<typeof unsavedDraftStore> {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  return unsavedDraftStore(storage, userId);
}
