import type { ContactChannel, ContactOutcome } from '@bsc/domain';
import type { EntityManager } from 'typeorm';

/** What one recorded contact adds to the daily rollups. */
export interface RollupDelta {
  day: string;
  departmentId: string | null;
  channel: ContactChannel;
  outcome: ContactOutcome;
  /** Each opened article with the department it belonged to when the contact was recorded. */
  articles: { articleId: string; departmentId: string }[];
}

/**
 * Adds one contact to both daily rollups inside the caller's transaction: the dashboard reads
 * only these, so it answers in milliseconds over millions of contacts, and a rolled-back contact
 * never shows up in a figure.
 */
export async function addToRollups(m: EntityManager, delta: RollupDelta): Promise<void> {
  await m.query(
    `INSERT INTO contact_daily_counts (day, department_id, channel, outcome, with_article, contacts)
     VALUES ($1, $2, $3, $4, $5, 1)
     ON CONFLICT ON CONSTRAINT contact_daily_counts_key DO UPDATE SET contacts = contact_daily_counts.contacts + 1`,
    [delta.day, delta.departmentId, delta.channel, delta.outcome, delta.articles.length > 0],
  );
  if (delta.articles.length === 0) return;
  // Sorted, so two transactions touching the same articles lock their rows in the same order.
  const articles = [...delta.articles].sort((a, b) => a.articleId.localeCompare(b.articleId));
  await m.query(
    `INSERT INTO contact_article_daily_counts (day, article_id, department_id, outcome, contacts)
     SELECT $1, a.article_id, a.department_id, $4, 1 FROM unnest($2::uuid[], $3::uuid[]) AS a(article_id, department_id)
     ON CONFLICT (day, article_id, outcome) DO UPDATE SET contacts = contact_article_daily_counts.contacts + 1`,
    [delta.day, articles.map((a) => a.articleId), articles.map((a) => a.departmentId), delta.outcome],
  );
}

/**
 * Adds contacts written in bulk (demo seeding, benchmarks) to both rollups in one pass each,
 * inside the caller's transaction: the same figures as recording them one by one.
 */
export async function addBulkContactsToRollups(m: EntityManager, contactIds: string[]): Promise<void> {
  await m.query(
    `INSERT INTO contact_daily_counts (day, department_id, channel, outcome, with_article, contacts)
     SELECT day, department_id, channel, outcome, cardinality(article_ids) > 0, count(*) FROM contacts WHERE id = ANY($1::uuid[])
      GROUP BY 1, 2, 3, 4, 5
     ON CONFLICT ON CONSTRAINT contact_daily_counts_key DO UPDATE SET contacts = contact_daily_counts.contacts + excluded.contacts`,
    [contactIds],
  );
  await m.query(
    `INSERT INTO contact_article_daily_counts (day, article_id, department_id, outcome, contacts)
     SELECT c.day, a.id, a.department_id, c.outcome, count(*)
       FROM contacts c CROSS JOIN LATERAL unnest(c.article_ids) AS opened(article_id) JOIN articles a ON a.id = opened.article_id
      WHERE c.id = ANY($1::uuid[]) GROUP BY 1, 2, 3, 4
     ON CONFLICT (day, article_id, outcome) DO UPDATE SET contacts = contact_article_daily_counts.contacts + excluded.contacts`,
    [contactIds],
  );
}
