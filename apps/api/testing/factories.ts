import { emptyArticleContent, type ArticleContent, type ArticleDetail, type Role } from '@bsc/domain';
import { randomBytes } from 'node:crypto';
import { hashPassword } from '../src/auth/password-hashing';
import { queryOne } from '../src/database/typed-rows';
import { ApiClient } from './api-client';
import type { TestApp } from './test-app';

const PASSWORD = 'Test-Passwort-2026!';
// One hash for every test user: argon2id is deliberately slow.
let passwordHash: Promise<string> | undefined;

/** A user created directly in the database, with a client that logs in as them. */
export interface TestUser {
  id: string;
  login: string;
  password: string;
  client(): Promise<ApiClient>;
}

/** Creates a user with the given roles and departments. */
export async function createUser(
  t: TestApp,
  roles: Role[],
  departmentIds: string[] = [],
  login = `u${randomBytes(4).toString('hex')}`,
): Promise<TestUser> {
  passwordHash ??= hashPassword(PASSWORD);
  const row = await queryOne(
    t.db,
    { id: 'text' },
    `INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [login, `Test ${login}`, await passwordHash, roles, departmentIds],
  );
  return {
    id: row.id,
    login,
    password: PASSWORD,
    client: async () => {
      const client = t.anonymous();
      const response = await client.login(login, PASSWORD);
      if (response.status !== 200) throw new Error(`login of ${login} failed: ${response.status}`);
      return client;
    },
  };
}

/** Creates a department directly in the database. */
export async function createDepartment(
  t: TestApp,
  overrides: { code?: string; name?: string; reviewIntervalDays?: number } = {},
): Promise<string> {
  const code = overrides.code ?? `D${randomBytes(3).toString('hex').toUpperCase()}`;
  const row = await queryOne(
    t.db,
    { id: 'text' },
    `INSERT INTO departments (code, name, phone, email, room, address, opening_hours, review_interval_days)
     VALUES ($1, $2, '08031 392-0', 'test@musterkreis.example', 'Zimmer 1', 'Amtsplatz 1, 83022 Musterstadt', $3, $4) RETURNING id`,
    [
      code,
      overrides.name ?? `Fachbereich ${code}`,
      JSON.stringify({ weekly: [{ day: 0, opens: '08:00', closes: '12:00' }] }),
      overrides.reviewIntervalDays ?? 180,
    ],
  );
  return row.id;
}

/** Creates a catalogue document directly in the database. */
export async function createDocument(t: TestApp, name: string): Promise<string> {
  const row = await queryOne(t.db, { id: 'text' }, `INSERT INTO documents (name, description) VALUES ($1, '') RETURNING id`, [name]);
  return row.id;
}

/** Valid article content; override what the test is about. */
export function buildArticleContent(overrides: Partial<ArticleContent> = {}): ArticleContent {
  return {
    ...emptyArticleContent('Testartikel'),
    shortAnswer: 'Eine kurze Antwort.',
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ein Absatz.' }] }] },
    bscResolution: 'complete',
    ...overrides,
  };
}

/** An author and a reviewer of one department, plus an agent: the cast of most tests. */
export interface Cast {
  departmentId: string;
  author: ApiClient;
  reviewer: ApiClient;
  agent: ApiClient;
  authorUser: TestUser;
  reviewerUser: TestUser;
}

/** Creates a department with an author, a reviewer and an agent, all logged in. */
export async function createCast(t: TestApp): Promise<Cast> {
  const departmentId = await createDepartment(t);
  const authorUser = await createUser(t, ['author'], [departmentId]);
  const reviewerUser = await createUser(t, ['reviewer'], [departmentId]);
  const agentUser = await createUser(t, ['agent']);
  return {
    departmentId,
    authorUser,
    reviewerUser,
    author: await authorUser.client(),
    reviewer: await reviewerUser.client(),
    agent: await agentUser.client(),
  };
}

/** Creates, submits and approves an article through the API; returns its detail after publication. */
export async function publishArticle(cast: Cast, content: Partial<ArticleContent> = {}): Promise<ArticleDetail> {
  const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
    departmentId: cast.departmentId,
    kind: 'service',
    content: buildArticleContent(content),
  });
  if (created.status !== 201) throw new Error(`create failed: ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Neu' });
  if (submitted.status !== 200) throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${created.body.id}/approve`, {});
  if (approved.status !== 200) throw new Error(`approve failed: ${approved.status} ${JSON.stringify(approved.body)}`);
  return approved.body;
}
