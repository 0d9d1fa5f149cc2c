// A few weeks of plausible first contacts for the demo, so the "Erstkontakt" dashboard is alive
// after `npm start`: outcomes follow each article's declared bscResolution, two articles
// deliberately contradict theirs, and some contacts open no article at all.
import { addDays, BSC_RESOLUTIONS, officeDate, type BscResolution, type ContactChannel, type ContactOutcome } from '@bsc/domain';
import type { EntityManager } from 'typeorm';
import { addBulkContactsToRollups } from '../contacts/contact-rollup';
import { oneOf, queryOne, queryRows } from '../database/typed-rows';

/** The authorities a BSC typically refers citizens to. */
export const DEMO_AUTHORITIES = [
  'Gemeinde (Einwohnermeldeamt, Wohnsitzgemeinde)',
  'Jobcenter Musterkreis',
  'Familienkasse der Bundesagentur für Arbeit',
  'Finanzamt Musterstadt',
  'Deutsche Rentenversicherung',
  'Agentur für Arbeit',
] as const;

const WEEKS = 6;

type Weights = Partial<Record<ContactOutcome, number>>;

const BY_RESOLUTION: Record<BscResolution, Weights> = {
  complete: { settled: 80, appointment: 8, forwarded: 6, callback: 6 },
  partial: { settled: 50, forwarded: 22, appointment: 16, callback: 12 },
  referral: { settled: 15, forwarded: 60, appointment: 15, callback: 10 },
};
const WITHOUT_ARTICLE: Weights = { settled: 35, referred: 45, callback: 20 };
// Agents' practice contradicting the declaration: the dashboard should have something to show.
const CONTRADICTING: Record<string, Weights> = {
  'Wunschkennzeichen reservieren': { forwarded: 65, settled: 30, callback: 5 },
  'Niederlassungserlaubnis (unbefristeter Aufenthalt)': { settled: 70, forwarded: 20, appointment: 10 },
};
const CHANNELS: Record<ContactChannel, number> = { phone: 55, counter: 35, email: 10 };

/** Deterministic, so every fresh demo shows the same figures (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<K extends string>(weights: Partial<Record<K, number>>, next: () => number): K {
  const entries = Object.entries(weights).filter((e): e is [K, number] => typeof e[1] === 'number');
  let roll = next() * entries.reduce((n, [, w]) => n + w, 0);
  for (const [key, weight] of entries) {
    roll -= weight;
    if (roll < 0) return key;
  }
  return entries[entries.length - 1][0];
}

interface DemoArticle {
  id: string;
  departmentId: string;
  title: string;
  resolution: BscResolution;
}

async function publishedArticles(m: EntityManager, ids: string[]): Promise<DemoArticle[]> {
  const rows = await queryRows(
    m,
    { id: 'text', department_id: 'text', title: 'text', resolution: oneOf(BSC_RESOLUTIONS) },
    `SELECT a.id, a.department_id, v.content->>'title' AS title, v.content->>'bscResolution' AS resolution
       FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.number = a.published_version WHERE a.id = ANY($1::uuid[])`,
    [ids],
  );
  return rows.map((row) => ({ id: row.id, departmentId: row.department_id, title: row.title, resolution: row.resolution }));
}

/** Seeds the authorities and about 35 contacts per working day of the last six weeks; returns how many contacts. */
export async function seedDemoContacts(m: EntityManager, publishedIds: string[], now = new Date()): Promise<number> {
  const authorityIds: string[] = [];
  for (const name of DEMO_AUTHORITIES) {
    const row = await queryOne(m, { id: 'text' }, `INSERT INTO authorities (name) VALUES ($1) RETURNING id`, [name]);
    authorityIds.push(row.id);
  }
  const articles = (await publishedArticles(m, publishedIds)).filter((a) => a.title !== '').sort((a, b) => a.title.localeCompare(b.title));
  if (articles.length === 0) return 0;
  const next = random(13);
  const rows: { at: Date; outcome: ContactOutcome; channel: ContactChannel; article: DemoArticle | null; authorityId: string | null }[] =
    [];
  const today = officeDate(now);
  // Up to yesterday: today's figures belong to what agents record today.
  for (let back = WEEKS * 7; back >= 1; back -= 1) {
    const day = addDays(today, -back);
    const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const count = 25 + Math.floor(next() * 20);
    for (let i = 0; i < count; i += 1) {
      const article = next() < 0.1 ? null : articles[Math.floor(next() ** 1.6 * articles.length)];
      const weights = article ? (CONTRADICTING[article.title] ?? BY_RESOLUTION[article.resolution]) : WITHOUT_ARTICLE;
      const outcome = pick(weights, next);
      const minutes = 6 * 60 + 30 + Math.floor(next() * 9 * 60);
      rows.push({
        at: new Date(Date.parse(`${day}T00:00:00Z`) + minutes * 60_000),
        outcome,
        channel: pick(CHANNELS, next),
        article,
        authorityId: outcome === 'referred' ? authorityIds[Math.floor(next() * authorityIds.length)] : null,
      });
    }
  }
  const inserted = await queryRows(
    m,
    { id: 'text' },
    `INSERT INTO contacts (recorded_at, day, outcome, channel, article_ids, department_id, forwarded_to_department_id, authority_id)
     SELECT at, (at AT TIME ZONE 'Europe/Berlin')::date, outcome, channel,
            CASE WHEN article_id IS NULL THEN '{}'::uuid[] ELSE ARRAY[article_id] END,
            department_id, CASE WHEN outcome = 'forwarded' THEN department_id END, authority_id
       FROM unnest($1::timestamptz[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[])
            AS r(at, outcome, channel, article_id, department_id, authority_id)
     RETURNING id`,
    [
      rows.map((r) => r.at),
      rows.map((r) => r.outcome),
      rows.map((r) => r.channel),
      rows.map((r) => r.article?.id ?? null),
      rows.map((r) => r.article?.departmentId ?? null),
      rows.map((r) => r.authorityId),
    ],
  );
  await addBulkContactsToRollups(
    m,
    inserted.map((r) => r.id),
  );
  return inserted.length;
}
