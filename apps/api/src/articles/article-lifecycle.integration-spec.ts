import type { ApiErrorBody, ArticleDetail, ArticleVersionView, DraftView, FieldDiff, PublishedArticleView } from '@bsc/domain';
import { buildArticleContent, createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('Article lifecycle', () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  async function createDraft(title = 'Wohngeld beantragen'): Promise<ArticleDetail> {
    const response = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title }),
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  it('publishes through draft → in_review → published and creates version 1', async () => {
    const draft = await createDraft();
    expect(draft.status).toBe('draft');

    const submitted = await cast.author.post<ArticleDetail>(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'Erstfassung' });
    expect(submitted.body.status).toBe('in_review');
    const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${draft.id}/approve`, {});

    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('published');
    expect(approved.body.publishedVersion).toBe(1);
    const versions = await cast.author.get<ArticleVersionView[]>(`/api/v1/articles/${draft.id}/versions`);
    expect(versions.body).toHaveLength(1);
    expect(versions.body[0]).toMatchObject({
      number: 1,
      changeNote: 'Erstfassung',
      approvedBy: cast.reviewerUser.id,
      authorIds: [cast.authorUser.id],
    });
  });

  it('rejects self-approval with SELF_APPROVAL_FORBIDDEN, even for a reviewer who edited the draft', async () => {
    const draft = await createDraft('Eigene Freigabe');
    await cast.reviewer.put(`/api/v1/articles/${draft.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'Eigene Freigabe, vom Prüfer ergänzt' }),
    });
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'x' });

    const response = await cast.reviewer.post<ApiErrorBody>(`/api/v1/articles/${draft.id}/approve`, {});

    expect(response.status).toBe(403);
    expect(response.body.code).toBe('SELF_APPROVAL_FORBIDDEN');
  });

  it('answers a stale save with 409 DRAFT_CONFLICT and keeps the newer text', async () => {
    const draft = await createDraft('Konflikt');
    const first = await cast.author.put<DraftView>(`/api/v1/articles/${draft.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'Neuere Fassung' }),
    });
    expect(first.body.revision).toBe(2);

    const stale = await cast.author.put<ApiErrorBody>(`/api/v1/articles/${draft.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'Veraltete Fassung' }),
    });

    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('DRAFT_CONFLICT');
    expect(stale.body.details).toMatchObject({ currentRevision: 2, current: { content: { title: 'Neuere Fassung' } } });
    const detail = await cast.author.get<ArticleDetail>(`/api/v1/articles/${draft.id}`);
    expect(detail.body.draft?.content.title).toBe('Neuere Fassung');
  });

  it('treats saving identical content twice as a no-op (autosave)', async () => {
    const draft = await createDraft('Idempotent');
    const content = buildArticleContent({ title: 'Idempotent, geändert' });
    const first = await cast.author.put<DraftView>(`/api/v1/articles/${draft.id}/draft`, { revision: 1, content });
    const again = await cast.author.put<DraftView>(`/api/v1/articles/${draft.id}/draft`, { revision: 1, content });

    expect(again.status).toBe(200);
    expect(again.body.revision).toBe(first.body.revision);
  });

  it('keeps showing agents the published version while a new draft is edited', async () => {
    const published = await publishArticle(cast, { title: 'Führerschein umtauschen' });
    const opened = await cast.author.post<DraftView>(`/api/v1/articles/${published.id}/draft`);
    expect(opened.status).toBe(201);
    await cast.author.put(`/api/v1/articles/${published.id}/draft`, {
      revision: opened.body.revision,
      content: buildArticleContent({ title: 'Führerschein umtauschen (neu)' }),
    });

    const agentView = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${published.id}/published`);

    expect(agentView.body.content.title).toBe('Führerschein umtauschen');
    const diff = await cast.reviewer.get<FieldDiff[]>(`/api/v1/articles/${published.id}/diff?to=draft`);
    const title = diff.body.find((d) => d.field === 'title');
    expect(title?.changed).toBe(true);
    expect(title?.parts.some((p) => p.added && p.value.includes('neu'))).toBe(true);
  });

  it('needs a comment to reject and returns the draft to the author', async () => {
    const draft = await createDraft('Ablehnung');
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'bitte prüfen' });

    const empty = await cast.reviewer.post<ApiErrorBody>(`/api/v1/articles/${draft.id}/reject`, { comment: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.code).toBe('REJECT_COMMENT_REQUIRED');

    const rejected = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${draft.id}/reject`, { comment: 'Gebühr fehlt' });
    expect(rejected.body.status).toBe('draft');
    expect(rejected.body.draft?.rejectionComment).toBe('Gebühr fehlt');
  });

  it('shows the reviewer every filled field of a new article as added', async () => {
    const draft = await createDraft('Neu für die Prüfung');
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'Erstfassung' });

    const diff = await cast.reviewer.get<FieldDiff[]>(`/api/v1/articles/${draft.id}/diff`);

    expect(diff.status).toBe(200);
    const title = diff.body.find((d) => d.field === 'title');
    expect(title).toEqual({ field: 'title', changed: true, parts: [{ value: 'Neu für die Prüfung', added: true }] });
    const shortAnswer = diff.body.find((d) => d.field === 'shortAnswer');
    expect(shortAnswer?.changed).toBe(true);
    expect(shortAnswer?.parts.every((p) => p.added)).toBe(true);
    expect(diff.body.filter((d) => d.parts.some((p) => p.removed))).toEqual([]);
  });

  it('keeps the last rejection through resubmission: its comment and a diff against the rejected content', async () => {
    const draft = await createDraft('Abgelehnt und neu eingereicht');
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'Erstfassung' });
    await cast.reviewer.post(`/api/v1/articles/${draft.id}/reject`, { comment: 'Bitte die Gebühr nennen.' });
    const rejected = await cast.author.get<ArticleDetail>(`/api/v1/articles/${draft.id}`);
    await cast.author.put(`/api/v1/articles/${draft.id}/draft`, {
      revision: rejected.body.draft?.revision,
      content: { ...rejected.body.draft?.content, fees: '25 Euro' },
    });
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'Gebühr ergänzt' });

    const detail = await cast.reviewer.get<ArticleDetail>(`/api/v1/articles/${draft.id}`);
    expect(detail.body.draft).toMatchObject({
      state: 'in_review',
      rejectionComment: null,
      lastRejection: { comment: 'Bitte die Gebühr nennen.', hasContent: true, rejectedAt: expect.any(String) },
    });
    const since = await cast.reviewer.get<FieldDiff[]>(`/api/v1/articles/${draft.id}/diff?from=rejected&to=draft`);
    expect(since.body.filter((d) => d.changed).map((d) => d.field)).toEqual(['fees']);
    expect(since.body.find((d) => d.field === 'fees')?.parts.find((p) => p.added)?.value).toContain('25 Euro');

    await cast.reviewer.post(`/api/v1/articles/${draft.id}/approve`, {});
    await cast.author.post(`/api/v1/articles/${draft.id}/draft`);
    const reopened = await cast.author.get<ArticleDetail>(`/api/v1/articles/${draft.id}`);
    expect(reopened.body.draft?.lastRejection).toBeNull();
    const none = await cast.reviewer.get<ApiErrorBody>(`/api/v1/articles/${draft.id}/diff?from=rejected`);
    expect(none.status).toBe(404);
  });

  it('answers a malformed article id like an unknown one: 404 ARTICLE_NOT_FOUND, not a validation error', async () => {
    for (const path of [
      '/api/v1/articles/not-an-id',
      '/api/v1/articles/0000/published',
      '/api/v1/articles/00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await cast.author.get<ApiErrorBody>(path);
      expect([path, response.status, response.body.code]).toEqual([path, 404, 'ARTICLE_NOT_FOUND']);
    }
  });

  it('refuses to edit a draft that is in review (INVALID_TRANSITION)', async () => {
    const draft = await createDraft('In Prüfung');
    await cast.author.post(`/api/v1/articles/${draft.id}/submit`, { changeNote: 'x' });
    const response = await cast.author.put<ApiErrorBody>(`/api/v1/articles/${draft.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'geändert' }),
    });
    expect(response.status).toBe(409);
    expect(response.body.code).toBe('INVALID_TRANSITION');
  });

  it('restores an old version as a new draft without rewriting history', async () => {
    const published = await publishArticle(cast, { title: 'Version eins' });
    const opened = await cast.author.post<DraftView>(`/api/v1/articles/${published.id}/draft`);
    await cast.author.put(`/api/v1/articles/${published.id}/draft`, {
      revision: opened.body.revision,
      content: buildArticleContent({ title: 'Version zwei' }),
    });
    await cast.author.post(`/api/v1/articles/${published.id}/submit`, { changeNote: 'v2' });
    await cast.reviewer.post(`/api/v1/articles/${published.id}/approve`, {});

    const restored = await cast.author.post<DraftView>(`/api/v1/articles/${published.id}/restore/1`);

    expect(restored.status).toBe(201);
    expect(restored.body.content.title).toBe('Version eins');
    const versions = await cast.author.get<ArticleVersionView[]>(`/api/v1/articles/${published.id}/versions`);
    expect(versions.body.map((v) => v.number)).toEqual([2, 1]);
  });

  it('keeps authors out of other departments (DEPARTMENT_FORBIDDEN)', async () => {
    const draft = await createDraft('Fremder Fachbereich');
    const outsider = await (await createUser(t, ['author'], [])).client();
    const response = await outsider.put<ApiErrorBody>(`/api/v1/articles/${draft.id}/draft`, {
      revision: 1,
      content: buildArticleContent(),
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('DEPARTMENT_FORBIDDEN');
  });

  it('forbids agents to write articles', async () => {
    const response = await cast.agent.post<ApiErrorBody>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent(),
    });
    expect(response.status).toBe(403);
    expect(response.body.code).toBe('FORBIDDEN');
  });

  it('archives a published article: agents no longer find or open it', async () => {
    const published = await publishArticle(cast, { title: 'Abgeschaffte Leistung' });

    const archived = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${published.id}/archive`);

    expect(archived.status).toBe(200);
    expect(archived.body.status).toBe('archived');
    expect((await cast.agent.get(`/api/v1/articles/${published.id}/published`)).status).toBe(404);
  });
});
