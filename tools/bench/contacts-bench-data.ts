// Synthetic data of the first-contact bench: departments, published articles with a declared
// bscResolution, and a million contacts over two years with their daily rollups.
import { BSC_RESOLUTIONS } from '@bsc/domain';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { buildArticleContent } from '../../apps/api/testing/factories';
import { ApiSession } from './api-session';

/** Sizes of the synthetic world. */
export interface ContactWorldSize {
  departments: number;
  articles: number;
  contacts: number;
  days: number;
}

/** What the bench needs to send requests. */
export interface ContactWorld {
  departmentIds: string[];
  articleIds: string[];
  articleDepartments: string[];
  authorityId: string;
  password: string;
}

const BATCH = 200_000;

// Titles of common BSC services: the searching agents of the open loop type these (searchQueries).
const SERVICES = [
  'Personalausweis beantragen',
  'Reisepass beantragen',
  'Wohnsitz anmelden',
  'Fahrzeug zulassen',
  'Fahrzeug abmelden',
  'Führerschein umtauschen',
  'Wohngeld beantragen',
  'Elterngeld beantragen',
  'Hund anmelden',
  'Gewerbe anmelden',
  'Baugenehmigung beantragen',
  'Sperrmüll anmelden',
  'Bewohnerparkausweis beantragen',
  'Führungszeugnis beantragen',
  'Meldebescheinigung ausstellen',
  'Kindergeld beantragen',
  'Briefwahl beantragen',
  'Fischereischein beantragen',
  'Kennzeichen reservieren',
  'Schwerbehindertenausweis beantragen',
];

/** What the searching agents of the open loop type: service names, lower case, half-typed, with a typo. */
export function searchQueries(): string[] {
  return SERVICES.flatMap((title) => {
    const [noun] = title.split(' ');
    const typo = noun.length > 5 ? noun.slice(0, 2) + noun[3] + noun[2] + noun.slice(4) : noun;
    return [title, title.toLocaleLowerCase('de-DE'), noun.slice(0, 5), `${typo} ${title.split(' ')[1] ?? ''}`.trim()];
  });
}

/** Departments, articles and one authority, directly in the database. */
export async function createContactWorld(db: Pool, size: ContactWorldSize): Promise<ContactWorld> {
  const password = `Bench-${randomBytes(9).toString('base64url')}`;
  const hash = await hashPassword(password);
  const departmentIds = (
    await db.query<{ id: string }>(
      `INSERT INTO departments (code, name, phone, email, room, address, review_interval_days)
       SELECT 'B' || i, 'Fachbereich ' || i, '089 1', 'fb' || i || '@example.org', 'Zimmer ' || i, 'Amtsplatz 1', 365
         FROM generate_series(1, $1) AS i RETURNING id`,
      [size.departments],
    )
  ).rows.map((r) => r.id);
  const [author] = (
    await db.query<{ id: string }>(
      `INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ('bench-author', 'Lasttest', $1, '{author}', $2) RETURNING id`,
      [hash, departmentIds],
    )
  ).rows;
  const articleIds: string[] = [];
  const articleDepartments: string[] = [];
  for (let i = 0; i < size.articles; i += 1) {
    const departmentId = departmentIds[i % departmentIds.length];
    const content = buildArticleContent({
      title: `${SERVICES[i % SERVICES.length]} (Leistung ${i + 1})`,
      bscResolution: BSC_RESOLUTIONS[i % BSC_RESOLUTIONS.length],
    });
    const [row] = (
      await db.query<{ id: string }>(
        `INSERT INTO articles (department_id, kind, published_version, published_at) VALUES ($1, 'service', 1, now()) RETURNING id`,
        [departmentId],
      )
    ).rows;
    await db.query(`INSERT INTO article_versions (article_id, number, content, author_ids, approved_by) VALUES ($1, 1, $2, $3, $4)`, [
      row.id,
      JSON.stringify(content),
      [author.id],
      author.id,
    ]);
    articleIds.push(row.id);
    articleDepartments.push(departmentId);
  }
  const [authority] = (await db.query<{ id: string }>(`INSERT INTO authorities (name) VALUES ('Jobcenter Lasttest') RETURNING id`)).rows;
  // The API's indexer puts them into Meilisearch and the ranking postings once it runs.
  await db.query(`INSERT INTO search_outbox (article_id) SELECT unnest($1::uuid[])`, [articleIds]);
  return { departmentIds, articleIds, articleDepartments, authorityId: authority.id, password };
}

/** Inserts the contacts in batches, spread evenly over the last `days` days, then builds both rollups from them. */
export async function insertSyntheticContacts(db: Pool, world: ContactWorld, size: ContactWorldSize): Promise<void> {
  for (let done = 0; done < size.contacts; done += BATCH) {
    await db.query(
      `INSERT INTO contacts (recorded_at, day, outcome, channel, article_ids, department_id, forwarded_to_department_id, authority_id)
       SELECT at, (at AT TIME ZONE 'Europe/Berlin')::date, outcome, channel,
              CASE WHEN idx = 0 THEN '{}'::uuid[] ELSE ARRAY[($1::uuid[])[idx]] END,
              CASE WHEN idx = 0 THEN NULL ELSE ($2::uuid[])[idx] END,
              CASE WHEN outcome = 'forwarded' AND idx > 0 THEN ($2::uuid[])[idx] END,
              CASE WHEN outcome = 'referred' THEN $3::uuid END
         FROM (SELECT now() - random() * make_interval(days => $5) AS at,
                      (ARRAY['settled', 'settled', 'settled', 'forwarded', 'forwarded', 'appointment', 'callback', 'referred'])[1 + floor(random() * 8)::int] AS outcome,
                      (ARRAY['phone', 'phone', 'counter', 'email'])[1 + floor(random() * 4)::int] AS channel,
                      CASE WHEN random() < 0.1 THEN 0 ELSE 1 + floor(random() * $4)::int END AS idx
                 FROM generate_series(1, $6)) AS g`,
      [
        world.articleIds,
        world.articleDepartments,
        world.authorityId,
        world.articleIds.length,
        size.days,
        Math.min(BATCH, size.contacts - done),
      ],
    );
  }
  await db.query(
    `INSERT INTO contact_daily_counts (day, department_id, channel, outcome, with_article, contacts)
     SELECT day, department_id, channel, outcome, cardinality(article_ids) > 0, count(*) FROM contacts GROUP BY 1, 2, 3, 4, 5`,
  );
  await db.query(
    `INSERT INTO contact_article_daily_counts (day, article_id, department_id, outcome, contacts)
     SELECT c.day, opened.article_id, c.department_id, c.outcome, count(*)
       FROM contacts c CROSS JOIN LATERAL unnest(c.article_ids) AS opened(article_id) GROUP BY 1, 2, 3, 4`,
  );
  await db.query(`ANALYZE contacts; ANALYZE contact_daily_counts; ANALYZE contact_article_daily_counts`);
}

/** Creates users with these roles directly in the database and logs each in. */
export async function loginUsers(
  db: Pool,
  apiUrl: string,
  world: ContactWorld,
  prefix: string,
  count: number,
  roles: string[],
  departmentIds: string[] = [],
): Promise<ApiSession[]> {
  const hash = await hashPassword(world.password);
  const sessions: ApiSession[] = [];
  for (let i = 0; i < count; i += 1) {
    const login = `${prefix}-${i}`;
    await db.query(`INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $1, $2, $3, $4)`, [
      login,
      hash,
      roles,
      departmentIds,
    ]);
    sessions.push(await ApiSession.login(apiUrl, login, world.password));
  }
  return sessions;
}
