import type { ApiErrorBody, ArticleDetail, AuditVerifyResult } from '@bsc/domain';
import { buildArticleContent, createCast, createUser, type Cast } from '../../testing/factories';
import type { ApiClient } from '../../testing/api-client';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ArticleSchedulerService } from './article-scheduler.service';

const ROUNDS = 50;
const HOUR_MS = 60 * 60 * 1000;

describe('Article workflow against scheduler ticks', () => {
  let t: TestApp;
  let cast: Cast;
  let admin: ApiClient;

  beforeAll(async () => {
    // The background tick stays out of the way: every tick of this test is an explicit runOnce().
    t = await createTestApp({ env: { SCHEDULER_INTERVAL_MS: '3600000' } });
    cast = await createCast(t);
    admin = await (await createUser(t, ['admin'])).client();
  }, 60_000);
  afterAll(() => t.close());

  async function inReview(title: string): Promise<string> {
    const created = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'notice',
      content: buildArticleContent({ title }),
    });
    expect(created.status).toBe(201);
    expect((await cast.author.post(`/api/v1/articles/${created.body.id}/submit`, { changeNote: 'Runde' })).status).toBe(200);
    return created.body.id;
  }

  async function scheduled(title: string): Promise<string> {
    const id = await inReview(title);
    const approved = await cast.reviewer.post<ArticleDetail>(`/api/v1/articles/${id}/approve`, {
      publishAt: new Date(Date.now() + HOUR_MS).toISOString(),
    });
    expect(approved.body.status).toBe('scheduled');
    return id;
  }

  async function stateOf(id: string): Promise<{ published: number | null; draft: string | null; versions: number }> {
    const [row] = await t.db.query<{ published: number | null; draft: string | null; versions: number }[]>(
      `SELECT a.published_version AS published, d.state AS draft,
              (SELECT count(*)::int FROM article_versions v WHERE v.article_id = a.id) AS versions
         FROM articles a LEFT JOIN article_drafts d ON d.article_id = a.id WHERE a.id = $1`,
      [id],
    );
    return row;
  }

  it(`rejects and approves while the scheduler publishes (${ROUNDS} rounds): no 500, one consistent outcome`, async () => {
    const scheduler = t.app.get(ArticleSchedulerService);
    const statuses: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const [toReject, toApprove] = await Promise.all([scheduled(`Geplant ${round}`), inReview(`Zur Freigabe ${round}`)]);
      const tickAt = new Date(Date.now() + 2 * HOUR_MS);

      const [rejected, approved] = await Promise.all([
        cast.reviewer.post<ApiErrorBody>(`/api/v1/articles/${toReject}/reject`, { comment: 'Doch nicht' }),
        cast.reviewer.post<ApiErrorBody>(`/api/v1/articles/${toApprove}/approve`, {}),
        scheduler.runOnce(tickAt),
        scheduler.runOnce(tickAt),
      ]);
      statuses.push(rejected.status, approved.status);

      expect(approved.status).toBe(200);
      expect(await stateOf(toApprove)).toEqual({ published: 1, draft: null, versions: 1 });
      // Either the rejection came first (draft back, nothing published) or the tick did
      // (published; the rejection finds no draft any more and says so with a 409).
      if (rejected.status === 200) {
        expect(await stateOf(toReject)).toEqual({ published: null, draft: 'draft', versions: 0 });
      } else {
        expect(rejected.status).toBe(409);
        expect(['NO_OPEN_DRAFT', 'INVALID_TRANSITION', 'CONCURRENT_CHANGE']).toContain(rejected.body.code);
        expect(await stateOf(toReject)).toEqual({ published: 1, draft: null, versions: 1 });
      }
    }
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    const verified = await admin.get<AuditVerifyResult>('/api/v1/audit/verify');
    expect(verified.body.ok).toBe(true);
  }, 240_000);
});
