import type { ContactSummary } from '@bsc/domain';
import { createUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { seedDemoContent } from './seed-demo-content';

describe('demo contacts', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await t.db.transaction((m) => seedDemoContent(m));
  });
  afterAll(() => t.close());

  it('fill six weeks of the dashboard with a plausible rate, candidates and contradictions', async () => {
    const lead = await (await createUser(t, ['bsc_lead'])).client();
    const { body } = await lead.get<ContactSummary>('/api/v1/contacts/summary');
    expect(body.total).toBeGreaterThan(500);
    expect(body.rate).toBeGreaterThan(0.4);
    expect(body.rate).toBeLessThan(0.8);
    expect(body.byWeek.filter((w) => w.total > 0).length).toBeGreaterThanOrEqual(6);
    expect(body.topForwarded.length).toBeGreaterThan(3);
    expect(body.contradictions.map((c) => c.kind).sort()).toEqual([
      'declared_complete_mostly_forwarded',
      'declared_referral_mostly_settled',
    ]);
    expect(body.withoutArticle.total).toBeGreaterThan(0);
    const [{ rollup, contacts }] = (await t.db.query(
      `SELECT (SELECT sum(contacts)::int FROM contact_daily_counts) AS rollup, (SELECT count(*)::int FROM contacts) AS contacts`,
    )) as { rollup: number; contacts: number }[];
    expect(rollup).toBe(contacts);
  });
});
