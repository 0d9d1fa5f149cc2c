import type { ApiErrorBody, ArticleDetail, DraftView, FlagView, PublishedArticleView } from '@bsc/domain';
import { buildArticleContent, createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { queryRows } from '../database/typed-rows';
import { FlagsService } from './flags.service';

describe(FlagsService.name, () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  const flag = <T = FlagView>(articleId: string, body: object = { reason: 'outdated', comment: 'Gebühr ist seit Januar höher' }) =>
    cast.agent.post<T>(`/api/v1/articles/${articleId}/flags`, body);
  const openFlagsOf = async (articleId: string) =>
    (await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${articleId}/published`)).body.openFlags;

  /** Publishes a second version of the article through the API. */
  async function publishSecondVersion(articleId: string): Promise<void> {
    const opened = await cast.author.post<DraftView>(`/api/v1/articles/${articleId}/draft`);
    await cast.author.put(`/api/v1/articles/${articleId}/draft`, {
      revision: opened.body.revision,
      content: buildArticleContent({ title: 'Kfz ummelden', fees: '30,70 Euro' }),
    });
    await cast.author.post(`/api/v1/articles/${articleId}/submit`, { changeNote: 'Gebühr korrigiert' });
    const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${articleId}/approve`, {});
    expect(approved.body.publishedVersion).toBe(2);
  }

  it('runs the whole lifecycle: flag → department queue → resolve → the agent sees the outcome', async () => {
    const article = await publishArticle(cast, { title: 'Kfz ummelden' });

    const created = await flag(article.id);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      articleId: article.id,
      articleTitle: 'Kfz ummelden',
      version: 1,
      reason: 'outdated',
      status: 'open',
      departmentId: cast.departmentId,
    });
    expect(await openFlagsOf(article.id)).toBe(1);

    const queue = await cast.author.get<FlagView[]>('/api/v1/flags?status=open');
    expect(queue.body.map((f) => f.id)).toContain(created.body.id);

    await publishSecondVersion(article.id);
    const resolved = await cast.author.post<FlagView>(`/api/v1/flags/${created.body.id}/resolve`, {
      note: 'Gebühr aktualisiert',
      fixedInVersion: 2,
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Gebühr aktualisiert',
      fixedInVersion: 2,
      resolvedBy: cast.authorUser.id,
    });

    const mine = await cast.agent.get<FlagView[]>('/api/v1/flags?mine=true');
    expect(mine.body.find((f) => f.id === created.body.id)).toMatchObject({
      status: 'resolved',
      resolutionNote: 'Gebühr aktualisiert',
      fixedInVersion: 2,
    });
    expect(await openFlagsOf(article.id)).toBe(0);
    const stillOpen = await cast.author.get<FlagView[]>('/api/v1/flags?status=open');
    expect(stillOpen.body.map((f) => f.id)).not.toContain(created.body.id);
    const audit = (await t.db.query(`SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'flag.%' ORDER BY id`, [
      article.id,
    ])) as { action: string }[];
    expect(audit.map((a) => a.action)).toEqual(['flag.created', 'flag.resolved']);
  });

  it('lists flags of one article for its page', async () => {
    const [a, b] = [await publishArticle(cast, { title: 'A' }), await publishArticle(cast, { title: 'B' })];
    await flag(a.id);
    await flag(b.id);
    const response = await cast.reviewer.get<FlagView[]>(`/api/v1/flags?articleId=${a.id}`);
    expect(response.body.map((f) => f.articleId)).toEqual([a.id]);
  });

  it('shows agents only their own flags, even without mine=true', async () => {
    const article = await publishArticle(cast);
    const own = await flag(article.id);
    const otherAgent = await (await createUser(t, ['agent'])).client();

    const others = await otherAgent.get<FlagView[]>('/api/v1/flags');
    const mine = await cast.agent.get<FlagView[]>('/api/v1/flags');

    expect(others.body.map((f) => f.id)).not.toContain(own.body.id);
    expect(mine.body.map((f) => f.id)).toContain(own.body.id);
    expect(mine.body.every((f) => f.createdBy === own.body.createdBy)).toBe(true);
  });

  it('updates the open flag of the same agent on the same article instead of adding a second one', async () => {
    const article = await publishArticle(cast, { title: 'Wohnsitz anmelden' });
    const first = await flag(article.id, { reason: 'outdated', comment: 'Gebühr alt' });
    const second = await flag(article.id, { reason: 'wrong', comment: 'Gebühr ist 12 Euro, nicht 10 Euro' });
    const otherAgent = await (await createUser(t, ['agent'])).client();
    const others = await otherAgent.post<FlagView>(`/api/v1/articles/${article.id}/flags`, { reason: 'unclear', comment: '' });

    expect(second.body).toMatchObject({ id: first.body.id, reason: 'wrong', comment: 'Gebühr ist 12 Euro, nicht 10 Euro', status: 'open' });
    expect(others.body.id).not.toBe(first.body.id);
    expect(await openFlagsOf(article.id)).toBe(2);
    const queue = await cast.author.get<FlagView[]>(`/api/v1/flags?articleId=${article.id}&status=open`);
    expect(queue.body.map((f) => f.id).sort()).toEqual([first.body.id, others.body.id].sort());
    const audit = await queryRows(
      t.db,
      { action: 'text' },
      `SELECT action FROM audit_events WHERE subject_id = $1 AND action LIKE 'flag.%' AND actor_id = $2 ORDER BY id`,
      [article.id, first.body.createdBy],
    );
    expect(audit.map((a) => a.action)).toEqual(['flag.created', 'flag.updated']);
  });

  it('opens a new flag once the earlier one of the same agent is resolved', async () => {
    const article = await publishArticle(cast, { title: 'Reisepass' });
    const first = await flag(article.id);
    await cast.author.post(`/api/v1/flags/${first.body.id}/resolve`, { note: 'erledigt' });
    const again = await flag(article.id, { reason: 'unclear', comment: '' });
    expect(again.body.id).not.toBe(first.body.id);
    expect(again.body.status).toBe('open');
  });

  it('keeps one open flag when the same agent sends twice at once (unique index, no duplicate)', async () => {
    const article = await publishArticle(cast, { title: 'Personalausweis' });
    const both = await Promise.all([flag(article.id), flag(article.id, { reason: 'unclear', comment: 'unklar' })]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(both[0].body.id).toBe(both[1].body.id);
    expect(await openFlagsOf(article.id)).toBe(1);
  });

  describe('forbidden and invalid', () => {
    let flagId: string;
    let articleId: string;

    beforeAll(async () => {
      articleId = (await publishArticle(cast, { title: 'Meldebescheinigung' })).id;
      flagId = (await flag(articleId, { reason: 'unclear', comment: '' })).body.id;
    });

    it('forbids agents to resolve (403 FORBIDDEN)', async () => {
      const response = await cast.agent.post<ApiErrorBody>(`/api/v1/flags/${flagId}/resolve`, { note: 'erledigt' });
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    });

    it('forbids authors of other departments (403 DEPARTMENT_FORBIDDEN) and hides the flag from their queue', async () => {
      const outsider = await (await createUser(t, ['author'], [])).client();
      const response = await outsider.post<ApiErrorBody>(`/api/v1/flags/${flagId}/resolve`, { note: 'erledigt' });
      const queue = await outsider.get<FlagView[]>('/api/v1/flags');
      expect([response.status, response.body.code]).toEqual([403, 'DEPARTMENT_FORBIDDEN']);
      expect(queue.body.map((f) => f.id)).not.toContain(flagId);
    });

    it('needs a note and a version the article has', async () => {
      const empty = await cast.author.post<ApiErrorBody>(`/api/v1/flags/${flagId}/resolve`, { note: '   ' });
      const version = await cast.author.post<ApiErrorBody>(`/api/v1/flags/${flagId}/resolve`, { note: 'erledigt', fixedInVersion: 7 });
      expect([empty.status, empty.body.code]).toEqual([400, 'RESOLUTION_NOTE_REQUIRED']);
      expect([version.status, version.body.code]).toEqual([404, 'VERSION_NOT_FOUND']);
    });

    it('answers a second resolve with 409 FLAG_ALREADY_RESOLVED and keeps the first note', async () => {
      await cast.reviewer.post(`/api/v1/flags/${flagId}/resolve`, { note: 'Text klarer formuliert' });
      const again = await cast.author.post<ApiErrorBody>(`/api/v1/flags/${flagId}/resolve`, { note: 'nochmal' });
      expect([again.status, again.body.code]).toEqual([409, 'FLAG_ALREADY_RESOLVED']);
      const [row] = (await t.db.query(`SELECT resolution_note FROM flags WHERE id = $1`, [flagId])) as { resolution_note: string }[];
      expect(row.resolution_note).toBe('Text klarer formuliert');
    });

    it('answers 404 for unknown flags', async () => {
      const response = await cast.author.post<ApiErrorBody>('/api/v1/flags/00000000-0000-4000-8000-000000000000/resolve', { note: 'x' });
      expect([response.status, response.body.code]).toEqual([404, 'FLAG_NOT_FOUND']);
    });

    it('cannot flag unknown, unpublished, archived or expired articles (404)', async () => {
      const draft = await cast.author.post<ArticleDetail>('/api/v1/articles', {
        departmentId: cast.departmentId,
        kind: 'faq',
        content: buildArticleContent(),
      });
      const archived = await publishArticle(cast);
      await t.db.query(`UPDATE articles SET archived = true WHERE id = $1`, [archived.id]);
      const expired = await publishArticle(cast);
      await t.db.query(`UPDATE articles SET valid_until = now() - interval '1 day' WHERE id = $1`, [expired.id]);

      for (const id of ['00000000-0000-4000-8000-000000000000', draft.body.id, archived.id, expired.id]) {
        const response = await flag<ApiErrorBody>(id);
        expect([response.status, response.body.code]).toEqual([404, 'ARTICLE_NOT_FOUND']);
      }
    });

    it.each(['wrong', 'incomplete'])('requires a comment for "%s" (400 FLAG_COMMENT_REQUIRED, nothing stored)', async (reason) => {
      const fresh = await publishArticle(cast, { title: `Kommentarpflicht ${reason}` });
      const response = await flag<ApiErrorBody>(fresh.id, { reason, comment: '  ' });
      expect([response.status, response.body.code, response.body.details]).toEqual([400, 'FLAG_COMMENT_REQUIRED', { field: 'comment' }]);
      expect(await openFlagsOf(fresh.id)).toBe(0);
    });

    it('validates the reason', async () => {
      const response = await flag<ApiErrorBody>(articleId, { reason: 'boring', comment: '' });
      expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });
  });
});
