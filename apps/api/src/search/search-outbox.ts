import type { EntityManager } from 'typeorm';

/**
 * Records, in the caller's transaction, that these articles must be (re)indexed or removed.
 * The indexer decides which from the database state at the time it drains the row, so a
 * Meilisearch outage delays search updates but never loses them.
 */
export async function enqueueReindex(manager: EntityManager, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await manager.query(`INSERT INTO search_outbox (article_id) SELECT unnest($1::uuid[])`, [articleIds]);
}

/**
 * Copies the plain text of the published version's body, documents, prerequisites, procedure
 * and fees into `articles.search_body`, which the page's snippets are cut from (page-documents.ts).
 * Runs in the publishing transaction. `strict`: in lax mode `.**` visits every text node twice,
 * and each sentence stood in the snippets twice.
 */
export async function refreshSearchBody(manager: EntityManager, articleIds: string[]): Promise<void> {
  if (articleIds.length === 0) return;
  await manager.query(
    `UPDATE articles a SET
       search_body = concat_ws(' ',
         (SELECT string_agg(t #>> '{}', ' ') FROM jsonb_path_query(v.content->'body', 'strict $.**.text') t),
         (SELECT string_agg(d.name, ' ') FROM jsonb_array_elements(v.content->'documents') rd
            JOIN documents d ON d.id::text = rd->>'documentId'),
         v.content->>'prerequisites', v.content->>'procedure', v.content->>'fees')
     FROM article_versions v
     WHERE a.id = ANY($1::uuid[]) AND v.article_id = a.id AND v.number = a.published_version`,
    [articleIds],
  );
}
