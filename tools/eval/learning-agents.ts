// Agents who work the trained phrasings of learning-paraphrases.json, as `eval:learning` and
// `eval:cv` simulate them: the API's own services, time on a simulated clock.
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Clock, SessionUser } from '@bsc/domain';
import { DataSource } from 'typeorm';
import { queryRows } from '../../apps/api/src/database/typed-rows';
import { SearchQueryDto } from '../../apps/api/src/search/dto/search-query.dto';
import { LearningService } from '../../apps/api/src/search/learning/learning.service';
import { SearchIndexerService } from '../../apps/api/src/search/search-indexer.service';
import { SearchService } from '../../apps/api/src/search/search.service';
import type { Paraphrase } from './query-sets';

const DAY_MS = 86_400_000;
/** Agents, each on a day of their own (the learning counts a phrase once two agents on different days used it). */
const AGENTS = 2;

/** The clock the API runs on in a simulation: the simulation moves it a day at a time. */
export class SimulatedClock implements Clock {
  private moment = Date.now();
  now(): Date {
    return new Date(this.moment);
  }
  nextDay(): void {
    this.moment += DAY_MS;
  }
}

/** What the agents did: signals the learning counted, and how many agents worked. */
export interface WorkedParaphrases {
  agents: number;
  counted: number;
}

/**
 * Two agents on two days search each trained phrasing `a` (as `typed` turns it into what they
 * type) and mark the right article "Hat geholfen"; then the indexer has applied what was learned.
 */
export async function workTrainedPhrasings(
  app: NestExpressApplication,
  paraphrases: readonly Paraphrase[],
  clock: SimulatedClock,
  typed: (q: string) => string = (q) => q,
): Promise<WorkedParaphrases> {
  const articles = await articleIds(app.get(DataSource));
  const agents = await createAgents(app.get(DataSource), AGENTS);
  let counted = 0;
  for (const agent of agents) {
    for (const p of paraphrases) {
      const articleId = articles.get(p.relevant[0]);
      if (!articleId) throw new Error(`DLDB-Leistung ${p.relevant[0]} fehlt im Import`);
      const search = await app.get(SearchService).search(settled(typed(p.a)), agent);
      const { outcome } = await app.get(LearningService).record(agent, { searchId: search.searchId, articleId, signal: 'helpful' });
      if (outcome === 'counted') counted += 1;
    }
    clock.nextDay();
  }
  await app.get(SearchIndexerService).drain();
  return { agents: agents.length, counted };
}

/** A search as the agent's Enter sends it (counted in the analytics). */
export function settled(q: string): SearchQueryDto {
  return Object.assign(new SearchQueryDto(), { q, limit: 10, intent: 'settled' });
}

/** DLDB service id → article id. */
async function articleIds(db: DataSource): Promise<Map<string, string>> {
  const rows = await queryRows(
    db,
    { id: 'text', external_ref: 'text' },
    `SELECT id::text, external_ref FROM articles WHERE external_ref IS NOT NULL`,
  );
  return new Map(rows.map((row) => [row.external_ref.replace(/^dldb:/, ''), row.id]));
}

/** Agents as the learning sees them (users in the database; no login needed in-process). */
async function createAgents(db: DataSource, count: number): Promise<SessionUser[]> {
  const agents: SessionUser[] = [];
  for (let i = 0; i < count; i++) {
    const login = `lernagent${i + 1}`;
    const [row] = await queryRows(
      db,
      { id: 'text' },
      `INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $2, 'x', '{agent}', '{}') RETURNING id::text`,
      [login, `Lernagent ${i + 1}`],
    );
    agents.push({ id: row.id, login, displayName: `Lernagent ${i + 1}`, roles: ['agent'], departmentIds: [] });
  }
  return agents;
}
