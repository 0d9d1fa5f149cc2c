import type { FreshnessState } from '@bsc/domain';

// Response shapes of /freshness. They belong next to the other REST shapes in
// libs/domain/src/api-types.ts (so the editor can import them); they live here until that
// shared file is extended by its owner.

/** Counts over the published, non-archived, unexpired articles of one department or all. */
export interface FreshnessCounts {
  published: number;
  fresh: number;
  dueSoon: number;
  overdue: number;
  /** Articles with at least one open flag. */
  flagged: number;
  /** Articles whose `validUntil` lies within the next 14 days. */
  expiring: number;
  /** Share (0…1) of published articles that are fresh and unflagged; null without articles. */
  trustScore: number | null;
}

/** The counts of one department. */
export interface DepartmentFreshness extends FreshnessCounts {
  departmentId: string;
  departmentName: string;
}

/** An article that needs attention: review due soon or overdue, or validity ending soon. */
export interface FreshnessItem {
  articleId: string;
  title: string;
  departmentId: string;
  departmentName: string;
  freshness: FreshnessState;
  lastVerifiedAt: string;
  nextReviewAt: string;
  /** Whole days until the review is due; negative once overdue. */
  daysLeft: number;
  reviewIntervalDays: number;
  validUntil: string | null;
  expiring: boolean;
  openFlags: number;
}

/** GET /freshness: per department and overall, plus the articles that need attention. */
export interface FreshnessOverview {
  /** The moment the overview was computed for. */
  at: string;
  overall: FreshnessCounts;
  departments: DepartmentFreshness[];
  items: FreshnessItem[];
}
