import { computeFreshness, FRESHNESS_DUE_SOON_DAYS, isExpired, isExpiringSoon, systemClock } from './freshness';

const DAY = 24 * 60 * 60 * 1000;
const verified = new Date('2026-01-01T08:00:00Z');
const at = (ms: number) => new Date(verified.getTime() + ms);
const freshness = (now: Date, reviewIntervalDays = 90) => computeFreshness({ lastVerifiedAt: verified, reviewIntervalDays, now });

describe('computeFreshness', () => {
  it('puts the next review one interval after the last verification', () => {
    expect(freshness(verified).nextReviewAt).toEqual(new Date('2026-04-01T08:00:00Z'));
  });

  it('is fresh right after verification', () => {
    expect(freshness(verified)).toMatchObject({ state: 'fresh', daysLeft: 90 });
  });

  it('is fresh with more than 14 days left and due soon with exactly 14', () => {
    expect(freshness(at(76 * DAY - 1))).toMatchObject({ state: 'fresh', daysLeft: 15 });
    expect(freshness(at(76 * DAY))).toMatchObject({
      state: 'due_soon',
      daysLeft: FRESHNESS_DUE_SOON_DAYS,
    });
  });

  it('is due soon up to the due moment itself', () => {
    expect(freshness(at(90 * DAY - 1))).toMatchObject({ state: 'due_soon', daysLeft: 1 });
    expect(freshness(at(90 * DAY))).toMatchObject({ state: 'due_soon', daysLeft: 0 });
  });

  it('is overdue once the due moment has passed, with negative days', () => {
    expect(freshness(at(90 * DAY + 1))).toMatchObject({ state: 'overdue', daysLeft: -1 });
    expect(freshness(at(100 * DAY))).toMatchObject({ state: 'overdue', daysLeft: -10 });
  });

  it('treats a short interval as due soon immediately', () => {
    expect(freshness(verified, 7)).toMatchObject({ state: 'due_soon', daysLeft: 7 });
  });
});

describe('isExpired / isExpiringSoon', () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const inDays = (days: number) => new Date(now.getTime() + days * DAY);

  it('never expires without a validUntil', () => {
    expect(isExpired(null, now)).toBe(false);
    expect(isExpiringSoon(null, now)).toBe(false);
  });

  it('warns within 14 days, not before', () => {
    expect(isExpiringSoon(inDays(15), now)).toBe(false);
    expect(isExpiringSoon(inDays(14), now)).toBe(true);
    expect(isExpiringSoon(inDays(0), now)).toBe(true);
  });

  it('reports an ended validity as expired, not as expiring soon', () => {
    expect(isExpired(inDays(-0.001), now)).toBe(true);
    expect(isExpiringSoon(inDays(-0.001), now)).toBe(false);
    expect(isExpired(now, now)).toBe(false);
  });
});

describe('systemClock', () => {
  it('returns the current time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
