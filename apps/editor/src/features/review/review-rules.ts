import type { DraftView, SessionUser } from '@bsc/domain';

/** Four-eyes rule as the UI shows it: anyone who wrote on the draft may not approve it. */
export function isOwnDraft(user: Pick<SessionUser, 'id'>, draft: Pick<DraftView, 'authorIds'>): boolean {
  return draft.authorIds.includes(user.id);
}

/** ISO instant of a `datetime-local` value (browser time zone); null when empty or invalid. */
export function localDateTimeToIso(value: string): string | null {
  if (!value.trim()) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
