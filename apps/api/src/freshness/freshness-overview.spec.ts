import { buildFreshnessOverview } from './freshness-overview';
import type { PublishedArticleRow } from './published-articles.reader';

const DAY = 24 * 60 * 60 * 1000;
const NOW = new Date('2026-06-01T10:00:00Z');
const daysFromNow = (days: number) => new Date(NOW.getTime() + days * DAY);

function article(overrides: Partial<PublishedArticleRow>): PublishedArticleRow {
  return {
    id: overrides.title ?? 'a',
    title: 'Artikel',
    departmentId: 'd1',
    departmentName: 'Bürgerbüro',
    reviewIntervalDays: 180,
    lastVerifiedAt: daysFromNow(-10),
    validUntil: null,
    openFlags: 0,
    ...overrides,
  };
}

describe(buildFreshnessOverview.name, () => {
  const departments = [
    { id: 'd1', name: 'Bürgerbüro' },
    { id: 'd2', name: 'Zulassungsstelle' },
    { id: 'd3', name: 'Leerer Fachbereich' },
  ];
  const rows = [
    article({ title: 'frisch' }),
    article({ title: 'bald fällig', lastVerifiedAt: daysFromNow(-170) }),
    article({ title: 'überfällig', lastVerifiedAt: daysFromNow(-181) }),
    article({ title: 'gemeldet', openFlags: 2 }),
    article({ title: 'läuft ab', departmentId: 'd2', validUntil: daysFromNow(5) }),
    article({ title: 'abgelaufen', departmentId: 'd2', validUntil: daysFromNow(-1), lastVerifiedAt: daysFromNow(-400) }),
  ];

  it('counts states per department and overall, leaving expired articles out', () => {
    const overview = buildFreshnessOverview(rows, departments, NOW);

    expect(overview.overall).toEqual({ published: 5, fresh: 3, dueSoon: 1, overdue: 1, flagged: 1, expiring: 1, trustScore: 2 / 5 });
    expect(overview.departments.find((d) => d.departmentId === 'd1')).toMatchObject({
      published: 4,
      fresh: 2,
      flagged: 1,
      trustScore: 0.25,
    });
    expect(overview.departments.find((d) => d.departmentId === 'd2')).toMatchObject({ published: 1, fresh: 1, expiring: 1, trustScore: 1 });
  });

  it('lists departments without articles with a trust score of null', () => {
    const overview = buildFreshnessOverview(rows, departments, NOW);
    expect(overview.departments.find((d) => d.departmentId === 'd3')).toMatchObject({ published: 0, trustScore: null });
    expect(buildFreshnessOverview([], [], NOW).overall.trustScore).toBeNull();
  });

  it('lists due, overdue, expiring and flagged articles, the most urgent deadline first', () => {
    const overview = buildFreshnessOverview(rows, departments, NOW);

    expect(overview.items.map((i) => i.title)).toEqual(['überfällig', 'läuft ab', 'bald fällig', 'gemeldet']);
    expect(overview.items[0]).toMatchObject({ freshness: 'overdue', daysLeft: -1, reviewIntervalDays: 180 });
    expect(overview.items[1]).toMatchObject({ freshness: 'fresh', expiring: true, validUntil: daysFromNow(5).toISOString() });
    expect(overview.items[2].nextReviewAt).toBe(daysFromNow(10).toISOString());
  });

  it('moves an article from fresh to due soon to overdue as time passes', () => {
    const one = [article({ title: 'x', lastVerifiedAt: NOW })];
    const stateAt = (days: number) => buildFreshnessOverview(one, departments, daysFromNow(days)).items[0]?.freshness ?? 'fresh';

    expect(stateAt(165)).toBe('fresh');
    expect(stateAt(166)).toBe('due_soon');
    expect(stateAt(180)).toBe('due_soon');
    expect(stateAt(180.01)).toBe('overdue');
  });
});
