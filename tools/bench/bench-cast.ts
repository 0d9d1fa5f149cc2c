import type { ArticleContent, ArticleDetail, DraftView } from '@bsc/domain';
import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { hashPassword } from '../../apps/api/src/auth/password-hashing';
import { buildArticleContent } from '../../apps/api/testing/factories';
import { ApiSession } from './api-session';

/** The logged-in users of a bench run. */
export interface BenchCast {
  departmentId: string;
  /** Agents (one session each) for the search load. */
  agents: ApiSession[];
  authors: ApiSession[];
  reviewer: ApiSession;
}

/** Creates a department, agents, authors and a reviewer directly in the database and logs them in. */
export async function createCast(db: Pool, apiUrl: string, counts: { agents: number; authors: number }): Promise<BenchCast> {
  const password = `Bench-${randomBytes(9).toString('base64url')}`;
  const hash = await hashPassword(password);
  const [department] = (
    await db.query<{ id: string }>(
      `INSERT INTO departments (code, name, phone, email, room, address, review_interval_days)
       VALUES ('BENCH', 'Fachbereich Lasttest', '089 233-0', 'lasttest@muenchen.example', 'Zimmer 1', 'Marienplatz 8, 80331 München', 365) RETURNING id`,
    )
  ).rows;
  const user = async (login: string, roles: string[], departmentIds: string[]) => {
    await db.query(`INSERT INTO users (login, display_name, password_hash, roles, department_ids) VALUES ($1, $2, $3, $4, $5)`, [
      login,
      `Lasttest ${login}`,
      hash,
      roles,
      departmentIds,
    ]);
    return ApiSession.login(apiUrl, login, password);
  };
  const agents: ApiSession[] = [];
  for (let i = 0; i < counts.agents; i += 1) agents.push(await user(`bench-agent-${i}`, ['agent'], []));
  const authors: ApiSession[] = [];
  for (let i = 0; i < counts.authors; i += 1) authors.push(await user(`bench-author-${i}`, ['author'], [department.id]));
  const reviewer = await user('bench-reviewer', ['reviewer'], [department.id]);
  return { departmentId: department.id, agents, authors, reviewer };
}

/** Content of a bench article whose title carries a word no other article has. */
export function benchContent(token: string, paragraph: string): ArticleContent {
  return buildArticleContent({
    title: `Lasttest ${token}`,
    keywords: [token],
    shortAnswer: `Kurzantwort zum Lasttest ${token}.`,
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph }] }] },
  });
}

/** A word of ten random letters: found by exactly one article. */
export function uniqueToken(): string {
  const letters = 'bcdfghjklmnpqrstvwxz';
  return Array.from(randomBytes(10), (byte) => letters[byte % letters.length]).join('');
}

/** Creates an article as the author and submits it. */
export async function createSubmitted(author: ApiSession, departmentId: string, content: ArticleContent): Promise<string> {
  const created = await author.call<ArticleDetail>('POST', '/api/v1/articles', { departmentId, kind: 'service', content });
  if (created.status !== 201) throw new Error(`Anlegen: HTTP ${created.status} ${JSON.stringify(created.body)}`);
  const submitted = await author.call('POST', `/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Lasttest' });
  if (submitted.status !== 200) throw new Error(`Einreichen: HTTP ${submitted.status}`);
  return created.body.id;
}

/** Approves (publishes) a submitted article as the reviewer. */
export async function approve(reviewer: ApiSession, articleId: string): Promise<void> {
  const approved = await reviewer.call('POST', `/api/v1/articles/${articleId}/approve`, {});
  if (approved.status !== 200) throw new Error(`Freigabe: HTTP ${approved.status} ${JSON.stringify(approved.body)}`);
}

/** An author's working session: create, save the draft twice (autosave), submit; the reviewer publishes. */
export async function authorRound(author: ApiSession, reviewer: ApiSession, departmentId: string): Promise<string> {
  const token = uniqueToken();
  const created = await author.call<ArticleDetail>('POST', '/api/v1/articles', {
    departmentId,
    kind: 'service',
    content: benchContent(token, 'Erster Entwurf.'),
  });
  if (created.status !== 201) throw new Error(`Anlegen: HTTP ${created.status}`);
  let revision = created.body.draft?.revision ?? 1;
  for (const text of ['Zweiter Stand des Entwurfs.', 'Dritter Stand des Entwurfs mit mehr Text.']) {
    const saved = await author.call<DraftView>('PUT', `/api/v1/articles/${created.body.id}/draft`, {
      revision,
      content: benchContent(token, text),
    });
    if (saved.status !== 200) throw new Error(`Speichern: HTTP ${saved.status}`);
    revision = saved.body.revision;
  }
  const submitted = await author.call('POST', `/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Lasttest' });
  if (submitted.status !== 200) throw new Error(`Einreichen: HTTP ${submitted.status}`);
  await approve(reviewer, created.body.id);
  return created.body.id;
}
