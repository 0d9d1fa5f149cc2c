import { In, type EntityManager } from 'typeorm';
import { queryRows } from '../database/typed-rows';
import { Department } from '../departments/department.entity';

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

const PUBLISHED_ROW = {
  id: 'text',
  title: 'text?',
  department_id: 'text',
  department_name: 'text',
  review_interval_days: 'int',
  last_verified_at: 'timestamptz',
  valid_until: 'timestamptz?',
  open_flags: 'int',
} as const;

/** Reads the published, non-archived articles of the departments (`null` = all departments). */
export async function readPublishedArticles(manager: EntityManager, departmentIds: string[] | null): Promise<PublishedArticleRow[]> {
  const params: unknown[] = [];
  let scope = '';
  if (departmentIds) {
    params.push(departmentIds);
    scope = `AND a.department_id = ANY($1::uuid[])`;
  }
  const rows = await queryRows(
    manager,
    PUBLISHED_ROW,
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
  );
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
  const departments = await manager.find(Department, {
    select: { id: true, name: true },
    where: departmentIds ? { id: In(departmentIds) } : {},
    order: { name: 'ASC' },
  });
  return departments.map(({ id, name }) => ({ id, name }));
}
