// The dashboard's queries over the daily rollups, one typed mapping per query shape.
import {
  BSC_RESOLUTIONS,
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  type BscResolution,
  type ContactChannel,
  type ContactOutcome,
  type ContactScope,
} from '@bsc/domain';
import type { DataSource } from 'typeorm';
import { oneOf, oneOfOrNull, queryRows } from '../database/typed-rows';

/** The range and scope every query of one summary shares. */
export interface SummaryFilter {
  from: string;
  to: string;
  scope: ContactScope;
}

/** Contacts of one channel, outcome and with/without an opened article. */
export interface SliceCount {
  channel: ContactChannel;
  outcome: ContactOutcome;
  withArticle: boolean;
  contacts: number;
}

/** Contacts of one week and outcome; weeks without contacts come with outcome null. */
export interface WeekCount {
  weekStart: string;
  isoWeek: string;
  outcome: ContactOutcome | null;
  contacts: number;
}

/** Contacts of one department and outcome. */
export interface DepartmentCount {
  departmentId: string | null;
  departmentName: string | null;
  outcome: ContactOutcome;
  contacts: number;
}

/** Contacts in which one article was opened, by outcome group, with what the article declares. */
export interface ArticleCount {
  articleId: string;
  title: string;
  departmentId: string;
  departmentName: string;
  bscResolution: BscResolution | null;
  total: number;
  settled: number;
  forwarded: number;
  referred: number;
}

const SLICE_COUNT_ROW = {
  channel: oneOf(CONTACT_CHANNELS),
  outcome: oneOf(CONTACT_OUTCOMES),
  with_article: 'bool',
  contacts: 'int',
} as const;
const WEEK_COUNT_ROW = { week_start: 'text', iso_week: 'text', outcome: oneOfOrNull(CONTACT_OUTCOMES), contacts: 'int' } as const;
const DEPARTMENT_COUNT_ROW = {
  department_id: 'text?',
  department_name: 'text?',
  outcome: oneOf(CONTACT_OUTCOMES),
  contacts: 'int',
} as const;
const ARTICLE_COUNT_ROW = {
  article_id: 'text',
  title: 'text',
  department_id: 'text',
  department_name: 'text',
  bsc_resolution: oneOfOrNull(BSC_RESOLUTIONS),
  total: 'int',
  settled: 'int',
  forwarded: 'int',
  referred: 'int',
} as const;

// The scope is the only variable part of the SQL: a fixed fragment with a bound parameter.
function where(filter: SummaryFilter, column: string): { sql: string; params: unknown[] } {
  const params: unknown[] = [filter.from, filter.to];
  if (filter.scope.all) return { sql: `day BETWEEN $1 AND $2`, params };
  params.push(filter.scope.departmentIds);
  return { sql: `day BETWEEN $1 AND $2 AND ${column} = ANY($3::uuid[])`, params };
}

/** Totals by channel, outcome and whether an article was opened. */
export async function sliceCounts(db: DataSource, filter: SummaryFilter): Promise<SliceCount[]> {
  const w = where(filter, 'department_id');
  const rows = await queryRows(
    db,
    SLICE_COUNT_ROW,
    `SELECT channel, outcome, with_article, sum(contacts)::int AS contacts FROM contact_daily_counts
      WHERE ${w.sql} GROUP BY channel, outcome, with_article`,
    w.params,
  );
  return rows.map((r) => ({ channel: r.channel, outcome: r.outcome, withArticle: r.with_article, contacts: r.contacts }));
}

/** Every ISO week (Monday first) that overlaps the range, with its counts by outcome. */
export async function weekCounts(db: DataSource, filter: SummaryFilter): Promise<WeekCount[]> {
  const w = where(filter, 'department_id');
  const rows = await queryRows(
    db,
    WEEK_COUNT_ROW,
    `WITH counts AS (
       SELECT date_trunc('week', day)::date AS week, outcome, sum(contacts)::int AS contacts FROM contact_daily_counts
        WHERE ${w.sql} GROUP BY 1, 2)
     SELECT to_char(w, 'YYYY-MM-DD') AS week_start, to_char(w, 'IYYY-"W"IW') AS iso_week, c.outcome, coalesce(c.contacts, 0) AS contacts
       FROM generate_series(date_trunc('week', $1::date), $2::date, interval '1 week') AS w
       LEFT JOIN counts c ON c.week = w::date
      ORDER BY w, c.outcome`,
    w.params,
  );
  return rows.map((r) => ({ weekStart: r.week_start, isoWeek: r.iso_week, outcome: r.outcome, contacts: r.contacts }));
}

/** Counts by the department each contact counts for. */
export async function departmentCounts(db: DataSource, filter: SummaryFilter): Promise<DepartmentCount[]> {
  const w = where(filter, 'c.department_id');
  const rows = await queryRows(
    db,
    DEPARTMENT_COUNT_ROW,
    `SELECT c.department_id, d.name AS department_name, c.outcome, sum(c.contacts)::int AS contacts
       FROM contact_daily_counts c LEFT JOIN departments d ON d.id = c.department_id
      WHERE ${w.sql} GROUP BY c.department_id, d.name, c.outcome`,
    w.params,
  );
  return rows.map((r) => ({ departmentId: r.department_id, departmentName: r.department_name, outcome: r.outcome, contacts: r.contacts }));
}

/** Counts per opened article, with its current title, department and declared bscResolution. */
export async function articleCounts(db: DataSource, filter: SummaryFilter): Promise<ArticleCount[]> {
  const w = where(filter, 'department_id');
  const rows = await queryRows(
    db,
    ARTICLE_COUNT_ROW,
    `WITH counts AS (
       SELECT article_id, sum(contacts)::int AS total,
              coalesce(sum(contacts) FILTER (WHERE outcome = 'settled'), 0)::int AS settled,
              coalesce(sum(contacts) FILTER (WHERE outcome = 'forwarded'), 0)::int AS forwarded,
              coalesce(sum(contacts) FILTER (WHERE outcome = 'referred'), 0)::int AS referred
         FROM contact_article_daily_counts WHERE ${w.sql} GROUP BY article_id)
     SELECT c.*, a.department_id, d.name AS department_name,
            coalesce(v.content->>'title', dr.content->>'title', '') AS title,
            coalesce(v.content->>'bscResolution', dr.content->>'bscResolution') AS bsc_resolution
       FROM counts c JOIN articles a ON a.id = c.article_id JOIN departments d ON d.id = a.department_id
       LEFT JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
       LEFT JOIN article_drafts dr ON dr.article_id = a.id
      ORDER BY c.total DESC, c.article_id`,
    w.params,
  );
  return rows.map((r) => ({
    articleId: r.article_id,
    title: r.title,
    departmentId: r.department_id,
    departmentName: r.department_name,
    bscResolution: r.bsc_resolution,
    total: r.total,
    settled: r.settled,
    forwarded: r.forwarded,
    referred: r.referred,
  }));
}
