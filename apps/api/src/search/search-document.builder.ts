import { ARTICLE_KINDS, parseStoredContent, stemGermanWords, toPlainText } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { oneOf, queryOne, queryRows, type RowOf } from '../database/typed-rows';
import type { SearchDocument } from './search-index.port';

const PUBLISHED_ROW = {
  id: 'text',
  kind: oneOf(ARTICLE_KINDS),
  external_ref: 'text?',
  published_at: 'timestamptz',
  valid_until: 'timestamptz?',
  last_verified_at: 'timestamptz',
  review_interval_days: 'int',
  department_id: 'text',
  department_name: 'text',
  content: parseStoredContent,
} as const;

type PublishedRow = RowOf<typeof PUBLISHED_ROW>;

/** What the index must hold for these articles: documents to upsert, ids to remove. */
export interface IndexPlan {
  upserts: SearchDocument[];
  removals: string[];
}

/** Reads the published state of the articles and turns it into index documents. */
export async function planIndexUpdate(manager: EntityManager, articleIds: string[]): Promise<IndexPlan> {
  const rows = await readPublished(manager, articleIds);
  const documentNames = await readDocumentNames(manager, rows);
  const learned = await readLearnedTerms(manager, rows);
  const upserts = rows.map((row) => toSearchDocument(row, documentNames, learned.get(row.id) ?? []));
  const published = new Set(rows.map((r) => r.id));
  return { upserts, removals: articleIds.filter((id) => !published.has(id)) };
}

/** Streams every published article in batches (for a full rebuild). */
export async function* allSearchDocuments(manager: EntityManager, batchSize = 500): AsyncGenerator<SearchDocument[]> {
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const ids = await queryRows(
      manager,
      { id: 'text' },
      `SELECT id FROM articles WHERE published_version IS NOT NULL AND NOT archived AND id > $1 ORDER BY id LIMIT $2`,
      [after, batchSize],
    );
    if (ids.length === 0) return;
    after = ids[ids.length - 1].id;
    const plan = await planIndexUpdate(
      manager,
      ids.map((r) => r.id),
    );
    yield plan.upserts;
  }
}

/** Number of published, non-archived articles. */
export async function countPublished(manager: EntityManager): Promise<number> {
  const { n } = await queryOne(
    manager,
    { n: 'int' },
    `SELECT count(*)::int AS n FROM articles WHERE published_version IS NOT NULL AND NOT archived`,
  );
  return n;
}

async function readPublished(manager: EntityManager, articleIds: string[]): Promise<PublishedRow[]> {
  if (articleIds.length === 0) return [];
  return queryRows(
    manager,
    PUBLISHED_ROW,
    `SELECT a.id, a.kind, a.external_ref, a.published_at, a.valid_until, a.last_verified_at,
            coalesce(a.review_interval_days, d.review_interval_days) AS review_interval_days,
            a.department_id, d.name AS department_name, v.content
       FROM articles a
       JOIN departments d ON d.id = a.department_id
       JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
      WHERE a.id = ANY($1::uuid[]) AND NOT a.archived`,
    [articleIds],
  );
}

async function readDocumentNames(manager: EntityManager, rows: PublishedRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.content.documents.map((d) => d.documentId)))];
  if (ids.length === 0) return new Map();
  const docs = await queryRows(manager, { id: 'text', name: 'text' }, `SELECT id, name FROM documents WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(docs.map((d) => [d.id, d.name]));
}

/** The words each article learned from usage (kept by the learning service, issue 12). */
async function readLearnedTerms(manager: EntityManager, rows: PublishedRow[]): Promise<Map<string, string[]>> {
  if (rows.length === 0) return new Map();
  const learned = await queryRows(
    manager,
    { article_id: 'text', terms: 'text[]' },
    `SELECT article_id::text, terms FROM learned_terms WHERE article_id = ANY($1::uuid[])`,
    [rows.map((r) => r.id)],
  );
  return new Map(learned.map((row) => [row.article_id, row.terms]));
}

function toSearchDocument(row: PublishedRow, documentNames: Map<string, string>, learnedTerms: string[]): SearchDocument {
  const c = row.content;
  return {
    id: row.id,
    title: c.title,
    keywords: c.keywords,
    shortAnswer: c.shortAnswer,
    titleStems: stemmedText(c.title),
    keywordStems: stemmedText(c.keywords.join(' ')),
    summaryStems: stemmedText(c.shortAnswer),
    documentNames: c.documents.map((d) => documentNames.get(d.documentId)).filter((n): n is string => Boolean(n)),
    bodyText: toPlainText(c.body),
    prerequisites: c.prerequisites,
    procedure: c.procedure,
    fees: c.fees,
    departmentId: row.department_id,
    departmentName: row.department_name,
    kind: row.kind,
    bscResolution: c.bscResolution,
    status: 'published',
    externalRef: row.external_ref,
    leikaKey: c.leikaKey,
    publishedAt: row.published_at.getTime(),
    validUntil: row.valid_until ? row.valid_until.getTime() : null,
    lastVerifiedAt: row.last_verified_at.getTime(),
    reviewIntervalDays: row.review_interval_days,
    learnedTerms,
  };
}

/** The German stems of a text, space-separated: what the stem variant of a query matches. */
export function stemmedText(text: string): string {
  return [...new Set(stemGermanWords(text))].join(' ');
}
