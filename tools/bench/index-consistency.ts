import { createHash } from 'node:crypto';
import type { Pool } from 'pg';

/** Published articles in PostgreSQL vs. documents in the index. */
export interface IndexConsistency {
  postgresCount: number;
  indexCount: number;
  /** Published in PostgreSQL but absent from the index. */
  missing: number;
  postgresChecksum: string;
  indexChecksum: string;
  match: boolean;
}

interface Entry {
  id: string;
  title: string;
  shortAnswer: string;
}

/** Compares id, title and short answer of every published article with the index (sha256 over sorted lines). */
export async function compareIndexWithPostgres(db: Pool, meili: { url: string; key: string; index: string }): Promise<IndexConsistency> {
  const { rows } = await db.query<Entry>(
    `SELECT a.id, coalesce(v.content->>'title', '') AS title, coalesce(v.content->>'shortAnswer', '') AS "shortAnswer"
       FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version
      WHERE a.published_version IS NOT NULL AND NOT a.archived`,
  );
  const indexed = await readIndex(meili);
  const indexedIds = new Set(indexed.map((e) => e.id));
  const postgresChecksum = checksum(rows);
  const indexChecksum = checksum(indexed);
  return {
    postgresCount: rows.length,
    indexCount: indexed.length,
    missing: rows.filter((r) => !indexedIds.has(r.id)).length,
    postgresChecksum,
    indexChecksum,
    match: rows.length === indexed.length && postgresChecksum === indexChecksum,
  };
}

async function readIndex(meili: { url: string; key: string; index: string }): Promise<Entry[]> {
  const entries: Entry[] = [];
  const limit = 1000;
  for (let offset = 0; ; offset += limit) {
    const response = await fetch(`${meili.url}/indexes/${encodeURIComponent(meili.index)}/documents/fetch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${meili.key}` },
      body: JSON.stringify({ fields: ['id', 'title', 'shortAnswer'], limit, offset }),
    });
    if (!response.ok) throw new Error(`Meilisearch documents/fetch: HTTP ${response.status}`);
    const page = (await response.json()) as { results: Entry[] };
    entries.push(...page.results);
    if (page.results.length < limit) return entries;
  }
}

function checksum(entries: Entry[]): string {
  const lines = entries.map((e) => `${e.id}\t${e.title}\t${e.shortAnswer}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
}
