import type { ApiErrorBody, ArticleDetail, PublishedArticleView } from '@bsc/domain';
import type { Actor } from '../common/auth/actor';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { FreshnessService } from './freshness.service';
import type { FreshnessOverview } from '@bsc/domain';

const DAY = 24 * 60 * 60 * 1000;

describe(FreshnessService.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const authorActor = (cast: Cast): Actor => ({
    id: cast.authorUser.id,
    login: cast.authorUser.login,
    displayName: 'Autorin',
    roles: ['author'],
    departmentIds: [cast.departmentId],
  });
  const backdate = (id: string, column: 'last_verified_at' | 'valid_until', days: number) =>
    t.db.query(`UPDATE articles SET ${column} = now() + make_interval(secs => $2) WHERE id = $1`, [id, (days * DAY) / 1000]);
  const overviewOf = async (cast: Cast) =>
    (await cast.author.get<FreshnessOverview>(`/api/v1/freshness?departmentId=${cast.departmentId}`)).body;

  describe('due dates across time (explicit now)', () => {
    it('turns a published article from fresh to due soon (≤ 14 days) to overdue', async () => {
      const cast = await createCast(t);
      const article = await publishArticle(cast, { title: 'Wohngeld' });
      const service = t.app.get(FreshnessService);
      const verifiedAt = new Date(article.published?.freshness.lastVerifiedAt ?? 0).getTime();
      const at = (days: number) => service.overview(authorActor(cast), { now: new Date(verifiedAt + days * DAY) });

      expect((await at(0)).overall).toMatchObject({ published: 1, fresh: 1, dueSoon: 0, overdue: 0, trustScore: 1 });
      expect((await at(150)).items).toEqual([]);
      const dueSoon = await at(170);
      expect(dueSoon.overall).toMatchObject({ fresh: 0, dueSoon: 1, trustScore: 0 });
      expect(dueSoon.items[0]).toMatchObject({ articleId: article.id, freshness: 'due_soon', daysLeft: 10, reviewIntervalDays: 180 });
      expect((await at(180)).items[0]).toMatchObject({ freshness: 'due_soon', daysLeft: 0 });
      expect((await at(181)).items[0]).toMatchObject({
        freshness: 'overdue',
        daysLeft: -1,
        nextReviewAt: new Date(verifiedAt + 180 * DAY).toISOString(),
      });
    });

    it('follows the department default interval', async () => {
      const cast = await createCast(t);
      await t.db.query(`UPDATE departments SET review_interval_days = 30 WHERE id = $1`, [cast.departmentId]);
      await publishArticle(cast);
      const overview = await t.app.get(FreshnessService).overview(authorActor(cast), { now: new Date(Date.now() + 31 * DAY) });
      expect(overview.overall.overdue).toBe(1);
    });
  });

  describe('PUT /articles/:id/review-interval', () => {
    let cast: Cast;
    let article: ArticleDetail;

    beforeAll(async () => {
      cast = await createCast(t);
      article = await publishArticle(cast, { title: 'Intervall' });
    });

    it('sets the article interval, moves the due date and audits the change', async () => {
      const response = await cast.author.put<ArticleDetail>(`/api/v1/articles/${article.id}/review-interval`, { days: 30 });

      expect(response.status).toBe(200);
      expect(response.body.reviewIntervalDays).toBe(30);
      const lastVerified = new Date(article.published?.freshness.lastVerifiedAt ?? 0).getTime();
      expect(new Date(response.body.nextReviewAt ?? 0).getTime()).toBe(lastVerified + 30 * DAY);
      const audit = await t.db.query(
        `SELECT details FROM audit_events WHERE action = 'article.review_interval_changed' AND subject_id = $1`,
        [article.id],
      );
      expect(audit).toEqual([{ details: { from: null, to: 30 } }]);
      const later = await t.app.get(FreshnessService).overview(authorActor(cast), { now: new Date(Date.now() + 20 * DAY) });
      expect(later.items[0]).toMatchObject({ articleId: article.id, freshness: 'due_soon', reviewIntervalDays: 30 });
    });

    it('returns to the department default with null', async () => {
      const response = await cast.reviewer.put<ArticleDetail>(`/api/v1/articles/${article.id}/review-interval`, { days: null });
      expect(response.status).toBe(200);
      expect(response.body.reviewIntervalDays).toBe(180);
    });

    it.each([[{ days: 3 }], [{ days: 5000 }], [{ days: 30.5 }], [{}], [{ days: 30, extra: 1 }]])('rejects %j with 400', async (body) => {
      const response = await cast.author.put<ApiErrorBody>(`/api/v1/articles/${article.id}/review-interval`, body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
    });

    it('keeps agents and other departments out, and answers 404 for unknown articles', async () => {
      const outsider = await (await createUser(t, ['author'], [])).client();
      const agent = await cast.agent.put<ApiErrorBody>(`/api/v1/articles/${article.id}/review-interval`, { days: 30 });
      const other = await outsider.put<ApiErrorBody>(`/api/v1/articles/${article.id}/review-interval`, { days: 30 });
      const unknown = await cast.author.put<ApiErrorBody>(`/api/v1/articles/00000000-0000-4000-8000-000000000000/review-interval`, {
        days: 30,
      });

      expect([agent.status, agent.body.code]).toEqual([403, 'FORBIDDEN']);
      expect([other.status, other.body.code]).toEqual([403, 'DEPARTMENT_FORBIDDEN']);
      expect([unknown.status, unknown.body.code]).toEqual([404, 'ARTICLE_NOT_FOUND']);
    });
  });

  it('POST /articles/:id/verify resets an overdue due date (through the API)', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Überfällig' });
    await backdate(article.id, 'last_verified_at', -200);
    expect((await overviewOf(cast)).items).toEqual([expect.objectContaining({ articleId: article.id, freshness: 'overdue' })]);

    const verified = await cast.author.post<ArticleDetail>(`/api/v1/articles/${article.id}/verify`);

    expect(verified.status).toBe(200);
    expect(verified.body.freshness).toBe('fresh');
    expect(new Date(verified.body.nextReviewAt ?? 0).getTime()).toBeGreaterThan(Date.now() + 179 * DAY);
    expect((await overviewOf(cast)).overall).toMatchObject({ fresh: 1, overdue: 0, trustScore: 1 });
    const agentView = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${article.id}/published`);
    expect(agentView.body.freshness.state).toBe('fresh');
  });

  describe('GET /freshness counts', () => {
    let cast: Cast;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      cast = await createCast(t);
      for (const title of ['aktuell', 'überfällig', 'gemeldet', 'läuft ab', 'abgelaufen', 'archiviert'])
        ids[title] = (await publishArticle(cast, { title })).id;
      await backdate(ids['überfällig'], 'last_verified_at', -190);
      await cast.agent.post(`/api/v1/articles/${ids['gemeldet']}/flags`, { reason: 'wrong', comment: 'Gebühr stimmt nicht' });
      await backdate(ids['läuft ab'], 'valid_until', 5);
      await backdate(ids['abgelaufen'], 'valid_until', -1);
      // Directly: POST /archive of a published article without a draft currently answers NO_OPEN_DRAFT.
      await t.db.query(`UPDATE articles SET archived = true WHERE id = $1`, [ids['archiviert']]);
    });

    it('counts the department: expired and archived articles do not count', async () => {
      const overview = await overviewOf(cast);
      const expected = { published: 4, fresh: 3, dueSoon: 0, overdue: 1, flagged: 1, expiring: 1, trustScore: 0.5 };

      expect(overview.overall).toEqual(expected);
      expect(overview.departments).toEqual([expect.objectContaining({ departmentId: cast.departmentId, ...expected })]);
      expect(overview.items.map((i) => i.title)).toEqual(['überfällig', 'läuft ab', 'gemeldet']);
      expect(overview.items[1]).toMatchObject({ expiring: true, freshness: 'fresh', openFlags: 0 });
    });

    it('shows authors only their departments and admins all of them', async () => {
      const other = await createCast(t);
      await publishArticle(other);
      const admin = await (await createUser(t, ['admin'], [])).client();

      const mine = await cast.author.get<FreshnessOverview>('/api/v1/freshness');
      const all = await admin.get<FreshnessOverview>('/api/v1/freshness');
      const foreign = await cast.author.get<ApiErrorBody>(`/api/v1/freshness?departmentId=${other.departmentId}`);

      expect(mine.body.departments.map((d) => d.departmentId)).toEqual([cast.departmentId]);
      expect(all.body.departments.map((d) => d.departmentId)).toEqual(expect.arrayContaining([cast.departmentId, other.departmentId]));
      expect(all.body.overall.published).toBeGreaterThanOrEqual(5);
      expect([foreign.status, foreign.body.code]).toEqual([403, 'DEPARTMENT_FORBIDDEN']);
    });

    it('exports the overview as CSV for Excel', async () => {
      const response = await fetch(`${t.baseUrl}/api/v1/freshness.csv?departmentId=${cast.departmentId}`, {
        headers: { cookie: await sessionCookie(cast) },
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('attachment');
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = text.slice(1).split('\r\n');
      expect(lines[0]).toBe(
        'Fachbereich;Veröffentlicht;Aktuell;Prüfung bald fällig;Prüfung überfällig;Mit offener Meldung;Läuft bald ab;Vertrauenswert (%)',
      );
      expect(lines[1]).toMatch(/^Fachbereich D[0-9A-F]+;4;3;0;1;1;1;50$/);
      expect(lines[2]).toBe('Gesamt;4;3;0;1;1;1;50');
    });

    it('is not for agents', async () => {
      const response = await cast.agent.get<ApiErrorBody>('/api/v1/freshness');
      expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
    });
  });

  /** The session cookie of the cast's author (the CSV is read raw, not as JSON). */
  async function sessionCookie(cast: Cast): Promise<string> {
    const response = await fetch(`${t.baseUrl}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: cast.authorUser.login, password: cast.authorUser.password }),
    });
    return (response.headers.get('set-cookie') ?? '').split(';')[0];
  }
});
