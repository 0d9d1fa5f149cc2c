import type { ApiErrorBody, ArticleDetail, FlagView } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { buildArticleContent, createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import type { NotificationsResponse, NotificationView } from '@bsc/domain';
import { NotificationsService } from './notifications.service';

const DAY = 24 * 60 * 60 * 1000;

describe(NotificationsService.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const inbox = async (client: ApiClient) => {
    const response = await client.get<NotificationsResponse>('/api/v1/notifications');
    expect(response.status).toBe(200);
    return response.body;
  };
  const find = (box: NotificationsResponse, kind: NotificationView['kind'], articleId: string) =>
    box.items.find((n) => n.kind === kind && n.articleId === articleId);

  it('tells the department about a new flag and the agent about its resolution', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Hund anmelden' });
    const flag = await cast.agent.post<FlagView>(`/api/v1/articles/${article.id}/flags`, { reason: 'wrong', comment: 'Steuersatz falsch' });

    const author = await inbox(cast.author);
    expect(author.unread).toBe(1);
    expect(find(author, 'flag_created', article.id)).toMatchObject({
      id: `flag_created.${flag.body.id}`,
      read: false,
      articleTitle: 'Hund anmelden',
      flagReason: 'wrong',
      text: 'Steuersatz falsch',
    });
    expect(find(await inbox(cast.reviewer), 'flag_created', article.id)?.read).toBe(false);
    const outsider = await (await createUser(t, ['author'], [(await createCast(t)).departmentId])).client();
    expect((await inbox(outsider)).items).toEqual([]);

    await cast.reviewer.post(`/api/v1/flags/${flag.body.id}/resolve`, { note: 'Steuersatz korrigiert', fixedInVersion: 1 });

    const agent = await inbox(cast.agent);
    expect(agent.unread).toBe(1);
    expect(agent.items[0]).toMatchObject({
      kind: 'flag_resolved',
      articleId: article.id,
      text: 'Steuersatz korrigiert',
      fixedInVersion: 1,
      read: false,
    });
    // Nothing left to do for the department: the flag notification counts as read.
    expect(find(await inbox(cast.author), 'flag_created', article.id)?.read).toBe(true);
    expect((await inbox(cast.reviewer)).items.some((n) => n.kind === 'flag_resolved')).toBe(false);
  });

  it('sends review requests to reviewers and rejections to the draft authors', async () => {
    const cast = await createCast(t);
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title: 'Wohngeld' }),
    });
    const id = created.body.id;
    await cast.author.post(`/api/v1/articles/${id}/submit`, { changeNote: 'Erstfassung' });

    const request = find(await inbox(cast.reviewer), 'review_requested', id);
    expect(request).toMatchObject({
      read: false,
      articleTitle: 'Wohngeld',
      text: 'Erstfassung',
      actorName: `Test ${cast.authorUser.login}`,
    });
    expect(find(await inbox(cast.author), 'review_requested', id)).toBeUndefined();

    await cast.reviewer.post(`/api/v1/articles/${id}/reject`, { comment: 'Einkommensgrenzen fehlen' });

    expect(find(await inbox(cast.reviewer), 'review_requested', id)?.read).toBe(true);
    expect(find(await inbox(cast.reviewer), 'rejected', id)).toBeUndefined();
    const rejection = find(await inbox(cast.author), 'rejected', id);
    expect(rejection).toMatchObject({ read: false, text: 'Einkommensgrenzen fehlen', actorName: `Test ${cast.reviewerUser.login}` });

    await cast.author.post(`/api/v1/articles/${id}/submit`, { changeNote: 'ergänzt' });

    expect(find(await inbox(cast.author), 'rejected', id)?.read).toBe(true);
    const requests = (await inbox(cast.reviewer)).items.filter((n) => n.kind === 'review_requested' && n.articleId === id);
    expect(requests.map((n) => [n.text, n.read])).toEqual([
      ['ergänzt', false],
      ['Erstfassung', true],
    ]);
  });

  it('reminds authors of due reviews and ending validity until the article is verified', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Personalausweis' });
    await t.db.query(
      `UPDATE articles SET last_verified_at = now() - interval '170 days', valid_until = now() + interval '5 days' WHERE id = $1`,
      [article.id],
    );

    const before = await inbox(cast.author);
    expect(find(before, 'review_due', article.id)).toMatchObject({ freshness: 'due_soon', read: false });
    expect(find(before, 'expiring', article.id)).toMatchObject({ read: false });
    expect(find(await inbox(cast.agent), 'review_due', article.id)).toBeUndefined();

    await cast.author.post(`/api/v1/articles/${article.id}/verify`);

    const after = await inbox(cast.author);
    expect(find(after, 'review_due', article.id)).toBeUndefined();
    expect(find(after, 'expiring', article.id)).toBeDefined();
  });

  it('computes due reviews for any moment (explicit now)', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast);
    const actor = {
      id: cast.authorUser.id,
      login: cast.authorUser.login,
      displayName: 'A',
      roles: ['author' as const],
      departmentIds: [cast.departmentId],
    };
    const service = t.app.get(NotificationsService);
    const at = async (days: number) => find(await service.list(actor, new Date(Date.now() + days * DAY)), 'review_due', article.id);

    expect(await at(100)).toBeUndefined();
    expect(await at(170)).toMatchObject({ freshness: 'due_soon' });
    expect(await at(200)).toMatchObject({ freshness: 'overdue' });
  });

  describe('read markers', () => {
    let cast: Cast;

    beforeAll(async () => {
      cast = await createCast(t);
      for (const title of ['Eins', 'Zwei']) {
        const article = await publishArticle(cast, { title });
        await cast.agent.post(`/api/v1/articles/${article.id}/flags`, { reason: 'unclear', comment: title });
      }
    });

    it('marks one notification read, per user', async () => {
      const before = await inbox(cast.author);
      expect(before.unread).toBe(2);

      const response = await cast.author.post(`/api/v1/notifications/${before.items[0].id}/read`);

      expect(response.status).toBe(204);
      const after = await inbox(cast.author);
      expect(after.unread).toBe(1);
      expect(after.items.find((n) => n.id === before.items[0].id)?.read).toBe(true);
      expect((await inbox(cast.reviewer)).unread).toBe(2);
    });

    it('marks all read', async () => {
      expect((await cast.reviewer.post('/api/v1/notifications/read-all')).status).toBe(204);
      const after = await inbox(cast.reviewer);
      expect(after.unread).toBe(0);
      expect(after.items.every((n) => n.read)).toBe(true);
    });

    it('answers 404 for a notification the user does not have and 400 for a malformed id', async () => {
      const unknown = await cast.author.post<ApiErrorBody>('/api/v1/notifications/flag_created.00000000-0000-4000-8000-000000000000/read');
      const malformed = await cast.author.post<ApiErrorBody>('/api/v1/notifications/DROP%20TABLE/read');
      expect([unknown.status, unknown.body.code]).toEqual([404, 'NOTIFICATION_NOT_FOUND']);
      expect([malformed.status, malformed.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('needs a session', async () => {
      const response = await t.anonymous().get<ApiErrorBody>('/api/v1/notifications');
      expect([response.status, response.body.code]).toEqual([401, 'UNAUTHENTICATED']);
    });
  });
});
