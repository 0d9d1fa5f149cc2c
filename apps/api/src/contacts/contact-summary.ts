// Assembles the dashboard from the rollup query results: pure, so the arithmetic is unit-tested.
import {
  CONTACT_CHANNELS,
  ContactLimits,
  contradictionOf,
  settledRate,
  type ContactArticleCounts,
  type ContactContradiction,
  type ContactCounts,
  type ContactOutcome,
  type ContactSummary,
  type ContactWeek,
} from '@bsc/domain';
import type { ArticleCount, DepartmentCount, SliceCount, WeekCount } from './contact-summary-queries';

/** The query results one summary is built from. */
export interface SummaryInputs {
  from: string;
  to: string;
  departmentId: string | null;
  slices: SliceCount[];
  weeks: WeekCount[];
  departments: DepartmentCount[];
  articles: ArticleCount[];
}

interface OutcomeCount {
  outcome: ContactOutcome | null;
  contacts: number;
}

function counts(rows: readonly OutcomeCount[]): ContactCounts {
  const sum = (outcome?: ContactOutcome) =>
    rows.filter((r) => r.outcome !== null && (!outcome || r.outcome === outcome)).reduce((n, r) => n + r.contacts, 0);
  const total = sum();
  const settled = sum('settled');
  return { total, settled, forwarded: sum('forwarded'), referred: sum('referred'), rate: settledRate(settled, total) };
}

function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

function byWeek(weeks: readonly WeekCount[]): ContactWeek[] {
  return [...groupBy(weeks, (w) => w.weekStart).values()].map((rows) => ({
    weekStart: rows[0].weekStart,
    isoWeek: rows[0].isoWeek,
    ...counts(rows),
  }));
}

function withRate(a: ArticleCount): ContactArticleCounts {
  return { ...a, rate: settledRate(a.settled, a.total) };
}

/** The summary the dashboard shows: totals, trend, channels, departments, articles, candidates, contradictions. */
export function buildContactSummary(input: SummaryInputs): ContactSummary {
  const all = counts(input.slices);
  const byOutcome: Record<ContactOutcome, number> = { settled: 0, forwarded: 0, appointment: 0, callback: 0, referred: 0 };
  for (const slice of input.slices) byOutcome[slice.outcome] += slice.contacts;
  const articles = input.articles.map(withRate);
  const contradictions: ContactContradiction[] = articles.flatMap((a) => {
    const kind = contradictionOf(a);
    return kind ? [{ ...a, kind }] : [];
  });
  return {
    from: input.from,
    to: input.to,
    departmentId: input.departmentId,
    total: all.total,
    settled: all.settled,
    rate: all.rate,
    byOutcome,
    byChannel: CONTACT_CHANNELS.map((channel) => ({ channel, ...counts(input.slices.filter((s) => s.channel === channel)) })),
    byWeek: byWeek(input.weeks),
    byDepartment: [...groupBy(input.departments, (d) => d.departmentId).values()]
      .map((rows) => ({ departmentId: rows[0].departmentId, departmentName: rows[0].departmentName, ...counts(rows) }))
      .sort((a, b) => b.total - a.total),
    byArticle: articles.slice(0, ContactLimits.listSize),
    topForwarded: articles
      .filter((a) => a.forwarded > 0)
      .sort((a, b) => b.forwarded - a.forwarded || b.total - a.total)
      .slice(0, ContactLimits.listSize),
    contradictions: contradictions.slice(0, ContactLimits.listSize),
    withoutArticle: counts(input.slices.filter((s) => !s.withArticle)),
  };
}
