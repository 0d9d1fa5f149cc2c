import type { EntityManager } from 'typeorm';

/** A published, non-archived article with what its freshness depends on. */
export interface PublishedArticleRow {
  id: string;
  title: string;
  departmentId: string;
  departmentName: string;
  /** The article's own interval or, if it has none, its department's default. */
  reviewIntervalDays: number;
  lastVerifiedAt: Date;
  validUntil: Date | null;
  openFlags: number;
}

/** A department as the overview lists it. */
export interface DepartmentRef {
  id: string;
  name: string;
}

interface RawRow {
  id: string;
  title: string | null;
  department_id: string;
  department_name: string;
  review_interval_days: number;
  last_verified_at: Date;
  valid_until: Date | null;
  open_flags: number;
}

/** Reads the published, non-archived articles of the departments (`null` = all departments). */
export async function readPublishedArticles(manager: EntityManager, departmentIds: string[] | null): Promise<PublishedArticleRow[]> {
  const params: unknown[] = [];
  let scope = '';
  if (departmentIds) {
    params.push(departmentIds);
    scope = `AND a.department_id = ANY($1::uuid[])`;
  }
  const rows = (await manager.query(
    `SELECT a.id, v.content->>'title' AS title, a.department_id, d.name AS department_name,
            coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days,
            a.last_verified_at, a.valid_until,
            (SELECT count(*)::int FROM flags f WHERE f.article_id = a.id AND f.status = 'open') AS open_flags
       FROM articles a
       JOIN departments d ON d.id = a.department_id
       JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
      WHERE NOT a.archived ${scope}
      ORDER BY d.name, v.content->>'title'`,
    params,
  )) as RawRow[];
  return rows.map((r) => ({
    id: r.id,
    title: r.title ?? '',
    departmentId: r.department_id,
    departmentName: r.department_name,
    reviewIntervalDays: r.review_interval_days,
    lastVerifiedAt: r.last_verified_at,
    validUntil: r.valid_until,
    openFlags: r.open_flags,
  }));
}

/** Reads departments by id (`null` = all), ordered by name. */
export async function readDepartmentRefs(manager: EntityManager, departmentIds: string[] | null): Promise<DepartmentRef[]> {
  const where = departmentIds ? `WHERE id = ANY($1::uuid[])` : '';
  return (await manager.query(
    `SELECT id, name FROM departments ${where} ORDER BY name`,
    departmentIds ? [departmentIds] : [],
  )) as DepartmentRef[];
}
