import type { ArticleContent } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { hashPassword } from '../auth/password-hashing';
import { enqueueReindex, refreshSearchBody } from '../search/search-outbox';
import { queryOne } from '../database/typed-rows';
import { seedDemoContacts } from './demo-contacts';
import { DEMO_ARTICLES, DEMO_DEPARTMENTS, DEMO_DOCUMENTS } from './demo-content';
import { DEMO_USERS } from './demo-users';

const DAY_MS = 86_400_000;

/** Writes the demo departments, documents, users and articles; returns what it created. */
export async function seedDemoContent(m: EntityManager): Promise<Record<string, number>> {
  const departmentIds = new Map<string, string>();
  for (const d of DEMO_DEPARTMENTS) {
    const row = await queryOne(
      m,
      { id: 'text' },
      `INSERT INTO departments (code, name, phone, email, room, address, opening_hours, appointment_url, review_interval_days)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [d.code, d.name, d.phone, d.email, d.room, d.address, JSON.stringify(d.openingHours), d.appointmentUrl, d.reviewIntervalDays],
    );
    departmentIds.set(d.code, row.id);
  }
  const documentIds = new Map<string, string>();
  for (const doc of DEMO_DOCUMENTS) {
    const row = await queryOne(m, { id: 'text' }, `INSERT INTO documents (name, description) VALUES ($1, $2) RETURNING id`, [
      doc.name,
      doc.description,
    ]);
    documentIds.set(doc.key, row.id);
  }
  const userIds = await seedUsers(m, departmentIds);
  const author = userIds.get('author') ?? '';
  const reviewer = userIds.get('reviewer') ?? author;
  const published: string[] = [];
  for (const a of DEMO_ARTICLES) {
    const content: ArticleContent = {
      ...a.content,
      documents: a.documents.map((d) => ({ documentId: documentIds.get(d.documentKey) ?? '', ...(d.note ? { note: d.note } : {}) })),
    };
    const verifiedAt = new Date(Date.now() - a.lastVerifiedDaysAgo * DAY_MS);
    const row = await queryOne(
      m,
      { id: 'text' },
      `INSERT INTO articles (department_id, kind, last_verified_at) VALUES ($1, $2, $3) RETURNING id`,
      [departmentIds.get(a.departmentCode), a.kind, verifiedAt],
    );
    if (a.state === 'published') {
      await m.query(
        `INSERT INTO article_versions (article_id, number, content, author_ids, approved_by, change_note, created_at) VALUES ($1, 1, $2, $3, $4, 'Erstfassung', $5)`,
        [row.id, JSON.stringify(content), [author], reviewer, verifiedAt],
      );
      await m.query(`UPDATE articles SET published_version = 1, published_at = $2 WHERE id = $1`, [row.id, verifiedAt]);
      await m.query(`INSERT INTO article_documents (article_id, document_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [
        row.id,
        [...new Set(content.documents.map((d) => d.documentId))],
      ]);
      published.push(row.id);
    } else {
      await m.query(
        `INSERT INTO article_drafts (article_id, state, revision, content, author_ids, updated_by, change_note) VALUES ($1, $2, 1, $3, $4::uuid[], ($4::uuid[])[1], $5)`,
        [row.id, a.state, JSON.stringify(content), [author], a.state === 'in_review' ? 'Neuer Artikel' : null],
      );
    }
  }
  await refreshSearchBody(m, published);
  await enqueueReindex(m, published);
  const contacts = await seedDemoContacts(m, published);
  return { departments: departmentIds.size, documents: documentIds.size, users: userIds.size, articles: DEMO_ARTICLES.length, contacts };
}

async function seedUsers(m: EntityManager, departmentIds: Map<string, string>): Promise<Map<string, string>> {
  const byRole = new Map<string, string>();
  for (const u of DEMO_USERS) {
    const row = await queryOne(
      m,
      { id: 'text' },
      `INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [u.login, u.displayName, await hashPassword(u.password), u.roles, u.departmentCodes.map((c) => departmentIds.get(c)).filter(Boolean)],
    );
    for (const role of u.roles) if (!byRole.has(role)) byRole.set(role, row.id);
  }
  return byRole;
}
