import { computeFreshness, isExpired, isExpiringSoon, type Freshness } from '@bsc/domain';
import type { DepartmentRef, PublishedArticleRow } from './published-articles.reader';
import type { DepartmentFreshness, FreshnessCounts, FreshnessItem, FreshnessOverview } from '@bsc/domain';

/** A published article with its freshness at one moment. */
export interface AssessedArticle {
  row: PublishedArticleRow;
  freshness: Freshness;
  expiring: boolean;
}

/**
 * Assesses the articles at `now`. Expired articles are left out: agents no longer see them,
 * so they neither count towards nor against the trust score.
 */
export function assessArticles(rows: PublishedArticleRow[], now: Date): AssessedArticle[] {
  return rows
    .filter((row) => !isExpired(row.validUntil, now))
    .map((row) => ({
      row,
      freshness: computeFreshness({ lastVerifiedAt: row.lastVerifiedAt, reviewIntervalDays: row.reviewIntervalDays, now }),
      expiring: isExpiringSoon(row.validUntil, now),
    }));
}

/** Counts and trust score over a set of assessed articles. */
export function countFreshness(articles: AssessedArticle[]): FreshnessCounts {
  const counts = { published: articles.length, fresh: 0, dueSoon: 0, overdue: 0, flagged: 0, expiring: 0 };
  let trusted = 0;
  for (const { row, freshness, expiring } of articles) {
    if (freshness.state === 'fresh') counts.fresh += 1;
    if (freshness.state === 'due_soon') counts.dueSoon += 1;
    if (freshness.state === 'overdue') counts.overdue += 1;
    if (row.openFlags > 0) counts.flagged += 1;
    if (expiring) counts.expiring += 1;
    if (freshness.state === 'fresh' && row.openFlags === 0) trusted += 1;
  }
  return { ...counts, trustScore: articles.length === 0 ? null : trusted / articles.length };
}

/** Whether an author has to act on the article: review due or overdue, or validity ending. */
export function needsAttention(article: AssessedArticle): boolean {
  return article.freshness.state !== 'fresh' || article.expiring || article.row.openFlags > 0;
}

/** The overview: counts per department (every given department, even without articles), overall, and the work list. */
export function buildFreshnessOverview(rows: PublishedArticleRow[], departments: DepartmentRef[], now: Date): FreshnessOverview {
  const assessed = assessArticles(rows, now);
  const perDepartment: DepartmentFreshness[] = departments.map((d) => ({
    departmentId: d.id,
    departmentName: d.name,
    ...countFreshness(assessed.filter((a) => a.row.departmentId === d.id)),
  }));
  const items = assessed.filter(needsAttention).sort(byUrgency).map(toItem);
  return { at: now.toISOString(), overall: countFreshness(assessed), departments: perDepartment, items };
}

/** The earliest moment something about the article runs out: its review or its validity. */
export function deadlineOf(article: AssessedArticle): number {
  const review = article.freshness.nextReviewAt.getTime();
  return article.expiring && article.row.validUntil ? Math.min(review, article.row.validUntil.getTime()) : review;
}

function byUrgency(a: AssessedArticle, b: AssessedArticle): number {
  return deadlineOf(a) - deadlineOf(b) || a.row.title.localeCompare(b.row.title, 'de');
}

function toItem({ row, freshness, expiring }: AssessedArticle): FreshnessItem {
  return {
    articleId: row.id,
    title: row.title,
    departmentId: row.departmentId,
    departmentName: row.departmentName,
    freshness: freshness.state,
    lastVerifiedAt: row.lastVerifiedAt.toISOString(),
    nextReviewAt: freshness.nextReviewAt.toISOString(),
    daysLeft: freshness.daysLeft,
    reviewIntervalDays: row.reviewIntervalDays,
    validUntil: row.validUntil?.toISOString() ?? null,
    expiring,
    openFlags: row.openFlags,
  };
}
