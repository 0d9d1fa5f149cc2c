import type { EntityManager } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { Actor } from '../common/auth/actor';
import { queryRows, type RowOf } from '../database/typed-rows';
import { enqueueReindex } from '../search/search-outbox';
import type { ImportedDepartment } from './dldb-mapping';
import type { ImportCounts } from './import-summary';

const DEPARTMENT_ROW = {
  id: 'text',
  code: 'text',
  name: 'text',
  phone: 'text',
  email: 'text',
  address: 'text',
  appointment_url: 'text?',
} as const;
type DepartmentRow = RowOf<typeof DEPARTMENT_ROW>;

/** Result of writing the departments: ids by code and what changed. */
export interface DepartmentUpsert {
  idsByCode: Map<string, string>;
  counts: ImportCounts;
}

/**
 * Creates missing departments and updates the catalogue's fields of existing ones (name,
 * phone, e-mail, address, booking link). Room, opening hours and review interval belong to
 * the office and are kept. Each change is audited as an import.
 */
export async function upsertDepartments(
  m: EntityManager,
  audit: AuditService,
  actor: Actor,
  departments: ImportedDepartment[],
): Promise<DepartmentUpsert> {
  const rows = await queryRows(
    m,
    DEPARTMENT_ROW,
    `SELECT id, code, name, phone, email, address, appointment_url FROM departments WHERE code = ANY($1::text[])`,
    [departments.map((d) => d.code)],
  );
  const existing = new Map(rows.map((row) => [row.code, row]));
  const result: DepartmentUpsert = { idsByCode: new Map(), counts: { created: 0, updated: 0, unchanged: 0 } };
  for (const department of departments) {
    const row = existing.get(department.code);
    if (!row) {
      result.idsByCode.set(department.code, await insertDepartment(m, audit, actor, department));
      result.counts.created += 1;
    } else if (differs(row, department)) {
      await updateDepartment(m, audit, actor, row, department);
      result.idsByCode.set(department.code, row.id);
      result.counts.updated += 1;
    } else {
      result.idsByCode.set(department.code, row.id);
      result.counts.unchanged += 1;
    }
  }
  return result;
}

async function insertDepartment(m: EntityManager, audit: AuditService, actor: Actor, d: ImportedDepartment): Promise<string> {
  const [row] = (await m.query(
    `INSERT INTO departments (code, name, phone, email, address, appointment_url) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [d.code, d.name, d.phone, d.email, d.address, d.appointmentUrl],
  )) as { id: string }[];
  await audit.append(m, actor, {
    action: 'department.created',
    subjectType: 'department',
    subjectId: row.id,
    details: { import: 'dldb', code: d.code, name: d.name },
  });
  return row.id;
}

async function updateDepartment(
  m: EntityManager,
  audit: AuditService,
  actor: Actor,
  row: DepartmentRow,
  d: ImportedDepartment,
): Promise<void> {
  await m.query(
    `UPDATE departments SET name = $2, phone = $3, email = $4, address = $5, appointment_url = $6, updated_at = now() WHERE id = $1`,
    [row.id, d.name, d.phone, d.email, d.address, d.appointmentUrl],
  );
  // The department's name is part of every indexed article it owns.
  const articles = (await m.query(`SELECT id FROM articles WHERE department_id = $1 AND published_version IS NOT NULL`, [row.id])) as {
    id: string;
  }[];
  await enqueueReindex(
    m,
    articles.map((a) => a.id),
  );
  await audit.append(m, actor, {
    action: 'department.updated',
    subjectType: 'department',
    subjectId: row.id,
    details: { import: 'dldb', code: d.code, before: { name: row.name }, after: { name: d.name } },
  });
}

function differs(row: DepartmentRow, d: ImportedDepartment): boolean {
  return (
    row.name !== d.name ||
    row.phone !== d.phone ||
    row.email !== d.email ||
    row.address !== d.address ||
    row.appointment_url !== d.appointmentUrl
  );
}
