import type { FreshnessState } from './api-types';

/** A review counts as "due soon" from this many days before its due date. */
export const FRESHNESS_DUE_SOON_DAYS = 14;

/** An article's validity counts as "expiring soon" from this many days before `validUntil`. */
export const EXPIRY_WARNING_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** Source of the current time; services take it as a dependency so tests can fix the time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };

/** Input of computeFreshness. */
export interface FreshnessInput {
  lastVerifiedAt: Date;
  reviewIntervalDays: number;
  now: Date;
}

/** Freshness of an article: its state, when the next review is due and how many days remain. */
export interface Freshness {
  state: FreshnessState;
  nextReviewAt: Date;
  /** Whole days until the review is due, rounded up; negative once overdue (-1 = up to a day late). */
  daysLeft: number;
}

/**
 * Freshness of an article's last review: fresh, due_soon (≤ 14 days left, including the due
 * moment itself) or overdue (the due moment has passed).
 */
export function computeFreshness({ lastVerifiedAt, reviewIntervalDays, now }: FreshnessInput): Freshness {
  const nextReviewAt = new Date(lastVerifiedAt.getTime() + reviewIntervalDays * DAY_MS);
  const remainingMs = nextReviewAt.getTime() - now.getTime();
  const daysLeft = remainingMs >= 0 ? Math.ceil(remainingMs / DAY_MS) : -Math.ceil(-remainingMs / DAY_MS);
  const state: FreshnessState = remainingMs < 0 ? 'overdue' : daysLeft <= FRESHNESS_DUE_SOON_DAYS ? 'due_soon' : 'fresh';
  return { state, nextReviewAt, daysLeft };
}

/** Whether an article's validity has ended (`validUntil` lies in the past). */
export function isExpired(validUntil: Date | null, now: Date): boolean {
  return validUntil !== null && validUntil.getTime() < now.getTime();
}

/** Whether an article that is still valid ends within the next 14 days. */
export function isExpiringSoon(validUntil: Date | null, now: Date): boolean {
  if (validUntil === null || isExpired(validUntil, now)) return false;
  return validUntil.getTime() - now.getTime() <= EXPIRY_WARNING_DAYS * DAY_MS;
}
