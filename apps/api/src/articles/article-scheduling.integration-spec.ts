import type { ArticleDetail, ArticleVersionView, SearchResponse } from '@bsc/domain';
import { buildArticleContent, createCast, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ArticleSchedulerService } from './article-scheduler.service';

const HOUR_MS = 60 * 60 * 1000;

describe(ArticleSchedulerService.name, () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    // The background tick stays out of the way: every tick of these tests is an explicit runOnce(now).
    t = await createTestApp({ env: { SCHEDULER_INTERVAL_MS: '3600000', INDEXER_INTERVAL_MS: '50' } });
    cast = await createCast(t);
    // The first document of a fresh Meilisearch index takes seconds on a busy machine; warm it up.
    await publishArticle(cast, { title: 'Aufwärmen' });
    await t.drainOutbox();
  });
  afterAll(() => t.close());

  async function searchIds(q: string): Promise<string[]> {
    const response = await cast.agent.get<SearchResponse>(`/api/v1/search?q=${encodeURIComponent(q)}`);
    return response.body.hits.map((h) => h.id);
  }

  async function eventually(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return check();
  }

  async function inReview(title: string): Promise<string> {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'notice',
      content: buildArticleContent({ title }),
    });
    await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'geplant' });
    return created.body.id;
  }

  async function statusOf(id: string): Promise<string> {
    return (await cast.author.get<ArticleDetail>(`/api/v1/articles/${id}`)).body.status;
  }

  // Every tick below names its moment (runOnce(now)): no test waits for the wall clock to get there.
  it('publishes a scheduled article at the first scheduler tick at or after publishAt', async () => {
    const id = await inReview('Schneechaosbereitschaft Zulassungsstelle');
    const publishAt = new Date(Date.now() + HOUR_MS);
    const scheduler = t.app.get(ArticleSchedulerService);

    const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${id}/approve`, { publishAt: publishAt.toISOString() });

    expect(approved.body.status).toBe('scheduled');
    expect(await scheduler.runOnce(new Date(publishAt.getTime() - 1))).toEqual({ published: 0, expired: 0 });
    expect(await statusOf(id)).toBe('scheduled');
    expect(await searchIds('Schneechaosbereitschaft')).not.toContain(id);

    expect(await scheduler.runOnce(publishAt)).toEqual({ published: 1, expired: 0 });

    expect(await statusOf(id)).toBe('published');
    const versions = await cast.author.get<ArticleVersionView[]>(`/api/v1/articles/${id}/versions`);
    // Published in the name of the reviewer who approved the schedule.
    expect(versions.body[0]).toMatchObject({ number: 1, approvedBy: cast.reviewerUser.id });
    // The tick wakes the indexer: searchable without anyone draining by hand.
    const found = await eventually(async () => (await searchIds('Schneechaosbereitschaft')).includes(id), 10_000);
    expect(found).toBe(true);
  });

  it('takes an article out of agent search once validUntil has passed, and the tick records the expiry', async () => {
    const id = await inReview('Übergangsregelung Feinstaubplakette');
    const validUntil = new Date(Date.now() + HOUR_MS);
    await cast.reviewer.post(`/api/v1/articles/${id}/approve`, { validUntil: validUntil.toISOString() });
    await t.drainOutbox();
    expect(await searchIds('Feinstaubplakette')).toContain(id);
    const scheduler = t.app.get(ArticleSchedulerService);
    expect((await scheduler.runOnce(new Date(validUntil.getTime() - 1))).expired).toBe(0);

    // The agent's view and search compare with the wall clock: move validUntil instead of time.
    await t.db.query(`UPDATE articles SET valid_until = now() - interval '1 second' WHERE id = $1`, [id]);

    expect((await cast.agent.get(`/api/v1/articles/${id}/published`)).status).toBe(404);
    expect((await scheduler.runOnce(validUntil)).expired).toBe(1);
    await t.drainOutbox();
    expect(await searchIds('Feinstaubplakette')).not.toContain(id);
    expect((await scheduler.runOnce(validUntil)).expired).toBe(0);
  });

  it('runs a due publication once even when two scheduler passes race', async () => {
    const id = await inReview('Doppelt geplant');
    const publishAt = new Date(Date.now() + HOUR_MS);
    await cast.reviewer.post(`/api/v1/articles/${id}/approve`, { publishAt: publishAt.toISOString() });
    const scheduler = t.app.get(ArticleSchedulerService);

    await Promise.all([scheduler.runOnce(publishAt), scheduler.runOnce(publishAt), scheduler.runOnce(publishAt)]);

    const versions = await cast.author.get<ArticleVersionView[]>(`/api/v1/articles/${id}/versions`);
    expect(versions.body).toHaveLength(1);
  });
});
