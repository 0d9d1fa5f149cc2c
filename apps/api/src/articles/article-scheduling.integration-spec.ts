import type { ArticleDetail, SearchResponse } from '@bsc/domain';
import { buildArticleContent, createCast, publishArticle, type Cast } from '../testing/factories';
import { createTestApp, type TestApp } from '../testing/test-app';
import { ArticleSchedulerService } from './article-scheduler.service';

describe(ArticleSchedulerService.name, () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    // A short tick, so "within one scheduler tick" is measurable.
    t = await createTestApp({ env: { SCHEDULER_INTERVAL_MS: '200', INDEXER_INTERVAL_MS: '50' } });
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

  it('publishes a scheduled article within one scheduler tick after publishAt', async () => {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'notice',
      content: buildArticleContent({ title: 'Schneechaosbereitschaft Zulassungsstelle' }),
    });
    await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'geplant' });
    const publishAt = new Date(Date.now() + 1500);

    const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${created.body.id}/approve`, {
      publishAt: publishAt.toISOString(),
    });

    expect(approved.body.status).toBe('scheduled');
    expect(await searchIds('Schneechaosbereitschaft')).not.toContain(created.body.id);
    // One tick after publishAt (200 ms, plus slack for a busy 2-core machine) it is published …
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, publishAt.getTime() - Date.now()) + 200 + 800));
    const detail = await cast.author.get<ArticleDetail>(`/api/v1/articles/${created.body.id}`);
    expect(detail.body.status).toBe('published');
    // … and the indexer makes it searchable without anyone draining by hand.
    const found = await eventually(async () => (await searchIds('Schneechaosbereitschaft')).includes(created.body.id), 10_000);
    expect(found).toBe(true);
  });

  it('takes an article out of agent search at validUntil', async () => {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'notice',
      content: buildArticleContent({ title: 'Übergangsregelung Feinstaubplakette' }),
    });
    await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'befristet' });
    const validUntil = new Date(Date.now() + 4000);
    await cast.reviewer.post(`/api/v1/articles/${created.body.id}/approve`, { validUntil: validUntil.toISOString() });
    await t.drainOutbox();
    expect(await searchIds('Feinstaubplakette')).toContain(created.body.id);

    await new Promise((resolve) => setTimeout(resolve, Math.max(0, validUntil.getTime() - Date.now() + 50)));

    expect(await searchIds('Feinstaubplakette')).not.toContain(created.body.id);
    expect((await cast.agent.get(`/api/v1/articles/${created.body.id}/published`)).status).toBe(404);
    // The scheduler then removes it from the index itself; it stays out.
    await t.app.get(ArticleSchedulerService).runOnce();
    await t.drainOutbox();
    expect(await searchIds('Feinstaubplakette')).not.toContain(created.body.id);
  });

  it('runs a due publication once even when two scheduler passes race', async () => {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'notice',
      content: buildArticleContent({ title: 'Doppelt geplant' }),
    });
    await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'x' });
    await cast.reviewer.post(`/api/v1/articles/${created.body.id}/approve`, { publishAt: new Date(Date.now() + 60_000).toISOString() });
    await t.db.query(`UPDATE article_drafts SET publish_at = now() - interval '1 second' WHERE article_id = $1`, [created.body.id]);
    const scheduler = t.app.get(ArticleSchedulerService);

    await Promise.all([scheduler.runOnce(), scheduler.runOnce(), scheduler.runOnce()]);

    const versions = (await t.db.query(`SELECT number FROM article_versions WHERE article_id = $1`, [created.body.id])) as unknown[];
    expect(versions).toHaveLength(1);
  });
});
