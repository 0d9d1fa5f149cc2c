import { USED_SIGNALS, type LearnedPhrase, type LearningSettings } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { queryRows } from '../../database/typed-rows';
import { enqueueReindex } from '../search-outbox';

/** Words an article keeps at most in its learned search text (the strongest by weight). */
export const MAX_LEARNED_TERMS = 20;
/** Phrases shown to authors at most. */
const MAX_LISTED = 50;

const finite = (value: unknown): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`expected a number, got ${typeof value}`);
  return value;
};

const PHRASE_ROW = {
  phrase: 'text',
  count: 'int',
  agents: 'int',
  days: 'int',
  weight: finite,
  last_seen: 'timestamptz',
} as const;

/**
 * Every word the article was used for, blocked words left out, strongest first. A word is
 * active (part of the article's search text) once at least `minAgents` agent-days on
 * `minDays` days used the answer for it and its decayed weight — each signal halves after
 * `halfLifeDays`, "not helpful" subtracts — is still at least 1: a word nobody confirms again
 * fades after about one half-life.
 */
export async function learnedPhrases(
  m: EntityManager,
  articleId: string,
  settings: LearningSettings,
  now: Date,
): Promise<(LearnedPhrase & { weight: number })[]> {
  const rows = await queryRows(
    m,
    PHRASE_ROW,
    `SELECT s.term AS phrase,
            (count(*) FILTER (WHERE s.used) - count(*) FILTER (WHERE NOT s.used))::int AS count,
            count(DISTINCT s.agent_key) FILTER (WHERE s.used)::int AS agents,
            count(DISTINCT s.day) FILTER (WHERE s.used)::int AS days,
            sum(CASE WHEN s.used THEN 1 ELSE -1 END
                * power(0.5, greatest(extract(epoch FROM ($2::timestamptz - s.at)), 0) / 86400.0 / $3))::float8 AS weight,
            max(s.at) AS last_seen
       FROM (SELECT term, signal = ANY($4::text[]) AS used, agent_key, day, at
               FROM search_signals, unnest(terms) AS term WHERE article_id = $1) s
      WHERE NOT EXISTS (SELECT 1 FROM learned_term_blocks b WHERE b.article_id = $1 AND b.term = s.term)
      GROUP BY s.term
      ORDER BY weight DESC, s.term
      LIMIT ${MAX_LISTED}`,
    // Stored are the used signals (USED_SIGNALS, +1) and "not helpful" (-1).
    [articleId, now.toISOString(), settings.halfLifeDays, USED_SIGNALS],
  );
  let active = 0;
  return rows.map((row) => {
    const isActive = row.agents >= settings.minAgents && row.days >= settings.minDays && row.weight >= 1 && active < MAX_LEARNED_TERMS;
    if (isActive) active += 1;
    return {
      phrase: row.phrase,
      count: row.count,
      agents: row.agents,
      days: row.days,
      lastSeen: row.last_seen.toISOString(),
      active: isActive,
      weight: row.weight,
    };
  });
}

/**
 * Brings the learned search text of these articles in line with their signals, in the caller's
 * transaction; an article whose words changed is queued for the indexer (BM25F field `learned`
 * and the Meilisearch attribute `learnedTerms`). Returns the articles that changed.
 */
export async function refreshLearnedTerms(
  m: EntityManager,
  articleIds: readonly string[],
  settings: LearningSettings,
  now: Date,
): Promise<string[]> {
  const changed: string[] = [];
  for (const articleId of articleIds) {
    const phrases = settings.enabled ? await learnedPhrases(m, articleId, settings, now) : [];
    const wanted = phrases
      .filter((p) => p.active)
      .map((p) => p.phrase)
      .sort();
    const [stored] = await queryRows(m, { terms: 'text[]' }, `SELECT terms FROM learned_terms WHERE article_id = $1`, [articleId]);
    if ((stored?.terms ?? []).join('\u0000') === wanted.join('\u0000')) continue;
    if (wanted.length === 0) await m.query(`DELETE FROM learned_terms WHERE article_id = $1`, [articleId]);
    else
      await m.query(
        `INSERT INTO learned_terms (article_id, terms, updated_at) VALUES ($1, $2, $3)
         ON CONFLICT (article_id) DO UPDATE SET terms = excluded.terms, updated_at = excluded.updated_at`,
        [articleId, wanted, now.toISOString()],
      );
    changed.push(articleId);
  }
  await enqueueReindex(m, changed);
  return changed;
}
