import type { ApiErrorBody, ArticleDetail, DraftView } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { buildArticleContent, createCast, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

type State = 'draft' | 'in_review' | 'scheduled' | 'published' | 'published_with_draft' | 'archived';
type Action = 'save' | 'submit' | 'approve' | 'reject' | 'openDraft' | 'restore' | 'archive' | 'verify';

// Every lifecycle action in every state, through the real API: the expected status and code.
// ok = 2xx. The pure rules are unit-tested in libs/domain; this proves the API enforces them.
const EXPECTED: Record<State, Record<Action, 'ok' | string>> = {
  draft: {
    save: 'ok',
    submit: 'ok',
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'VERSION_NOT_FOUND',
    archive: 'ok',
    verify: 'INVALID_TRANSITION',
  },
  in_review: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: 'ok',
    reject: 'ok',
    openDraft: 'INVALID_TRANSITION',
    restore: 'VERSION_NOT_FOUND',
    archive: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
  },
  scheduled: {
    save: 'INVALID_TRANSITION',
    submit: 'INVALID_TRANSITION',
    approve: 'INVALID_TRANSITION',
    reject: 'ok',
    openDraft: 'INVALID_TRANSITION',
    restore: 'VERSION_NOT_FOUND',
    archive: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
  },
  published: {
    save: 'NO_OPEN_DRAFT',
    submit: 'NO_OPEN_DRAFT',
    approve: 'NO_OPEN_DRAFT',
    reject: 'NO_OPEN_DRAFT',
    openDraft: 'ok',
    restore: 'ok',
    archive: 'ok',
    verify: 'ok',
  },
  published_with_draft: {
    save: 'ok',
    submit: 'ok',
    approve: 'INVALID_TRANSITION',
    reject: 'INVALID_TRANSITION',
    openDraft: 'INVALID_TRANSITION',
    restore: 'ok',
    archive: 'ok',
    verify: 'ok',
  },
  archived: {
    save: 'NO_OPEN_DRAFT',
    submit: 'NO_OPEN_DRAFT',
    approve: 'NO_OPEN_DRAFT',
    reject: 'NO_OPEN_DRAFT',
    openDraft: 'ok',
    restore: 'INVALID_TRANSITION',
    archive: 'INVALID_TRANSITION',
    verify: 'INVALID_TRANSITION',
  },
};

describe('Article lifecycle: every action in every state', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  async function arrange(state: State): Promise<string> {
    if (state === 'published' || state === 'published_with_draft' || state === 'archived') {
      const article = await publishArticle(cast, { title: `Zustand ${state}` });
      if (state === 'published_with_draft') await cast.author.post(`/api/v1/articles/${article.id}/draft`);
      if (state === 'archived') await cast.reviewer.post(`/api/v1/articles/${article.id}/archive`);
      return article.id;
    }
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'faq',
      content: buildArticleContent({ title: `Zustand ${state}` }),
    });
    if (state !== 'draft') await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Prüfung' });
    if (state === 'scheduled')
      await cast.reviewer.post(`/api/v1/articles/${created.body.id}/approve`, {
        publishAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
    return created.body.id;
  }

  async function act(action: Action, id: string): Promise<{ status: number; body: ApiErrorBody }> {
    const as = (client: ApiClient) => client;
    const draft = await t.db.query(`SELECT revision FROM article_drafts WHERE article_id = $1`, [id]);
    const revision = (draft as { revision: number }[])[0]?.revision ?? 1;
    const calls: Record<Action, () => Promise<{ status: number; body: unknown }>> = {
      save: () =>
        as(cast.author).put<DraftView>(`/api/v1/articles/${id}/draft`, {
          revision,
          content: buildArticleContent({ title: `geändert ${Date.now()}` }),
        }),
      submit: () => as(cast.author).post(`/api/v1/articles/${id}/submit`, { changeNote: 'nochmal' }),
      approve: () => as(cast.reviewer).post(`/api/v1/articles/${id}/approve`, {}),
      reject: () => as(cast.reviewer).post(`/api/v1/articles/${id}/reject`, { comment: 'Bitte ergänzen' }),
      openDraft: () => as(cast.author).post(`/api/v1/articles/${id}/draft`),
      restore: () => as(cast.author).post(`/api/v1/articles/${id}/restore/1`),
      archive: () => as(cast.reviewer).post(`/api/v1/articles/${id}/archive`),
      verify: () => as(cast.author).post(`/api/v1/articles/${id}/verify`),
    };
    const response = await calls[action]();
    return { status: response.status, body: response.body as ApiErrorBody };
  }

  const cases = Object.entries(EXPECTED).flatMap(([state, actions]) =>
    Object.entries(actions).map(([action, expected]) => [state as State, action as Action, expected] as const),
  );

  it.each(cases)('%s + %s → %s', async (state, action, expected) => {
    const id = await arrange(state);
    const response = await act(action, id);
    if (expected === 'ok') {
      expect(response.status).toBeLessThan(300);
    } else {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.body.code).toBe(expected);
    }
  });
});
