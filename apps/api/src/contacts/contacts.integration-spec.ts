import type { ApiErrorBody, ContactSettledEvent, ContactSummary, ContactView } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { buildContact, createAuthority, recordContacts, testClock } from '../../testing/contact-factories';
import { createCast, createUser, publishArticle, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ContactEvents } from './contact-events';
import { ContactRetentionService } from './contact-retention.service';
import { ContactsService } from './contacts.service';

const clock = testClock('2026-12-30T09:00:00Z');

async function summary(client: ApiClient, query: string): Promise<ContactSummary> {
  const response = await client.get<ContactSummary>(`/api/v1/contacts/summary?${query}`);
  if (response.status !== 200) throw new Error(`summary failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

describe(ContactsService.name, () => {
  let t: TestApp;
  let kfz: Cast;
  let social: Cast;
  let bscLead: ApiClient;
  let kfzLead: ApiClient;
  let jobcenter: string;

  beforeAll(async () => {
    t = await createTestApp({ clock });
    kfz = await createCast(t);
    social = await createCast(t);
    bscLead = await (await createUser(t, ['bsc_lead'])).client();
    kfzLead = await (await createUser(t, ['department_lead'], [kfz.departmentId])).client();
    jobcenter = await createAuthority(t, 'Jobcenter Musterkreis');
  });
  afterAll(() => t.close());

  it('records an outcome with the opened articles and publishes a settled contact as an event', async () => {
    const article = await publishArticle(kfz, { title: 'Auto ummelden' });
    const events: ContactSettledEvent[] = [];
    const unsubscribe = t.app.get(ContactEvents).onSettled((event) => void events.push(event));
    clock.set('2026-11-02T10:00:00Z');
    const response = await kfz.agent.post<ContactView>('/api/v1/contacts', {
      outcome: 'settled',
      channel: 'counter',
      articleIds: [article.id, article.id],
    });
    unsubscribe();
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      outcome: 'settled',
      channel: 'counter',
      articleIds: [article.id],
      recordedAt: '2026-11-02T10:00:00.000Z',
    });
    expect(events).toEqual([
      {
        type: 'contact.settled',
        contactId: response.body.id,
        articleIds: [article.id],
        channel: 'counter',
        at: '2026-11-02T10:00:00.000Z',
        // In the event only (for the learning), never in the row below.
        agentId: expect.any(String),
        searches: [],
      },
    ]);
    // Nothing about the person: no agent, no citizen, no text.
    const [row] = (await t.db.query(`SELECT * FROM contacts WHERE id = $1`, [response.body.id])) as Record<string, unknown>[];
    expect(Object.keys(row).sort()).toEqual(
      [
        'article_ids',
        'authority_id',
        'channel',
        'day',
        'department_id',
        'forwarded_to_department_id',
        'id',
        'outcome',
        'recorded_at',
      ].sort(),
    );
  });

  it('refuses targets that do not fit the outcome, unknown articles and inactive authorities', async () => {
    const inactive = await createAuthority(t, 'Aufgelöstes Amt', false);
    const attempts: [object, number, string][] = [
      [{ outcome: 'forwarded', channel: 'phone', articleIds: [] }, 400, 'CONTACT_TARGET_INVALID'],
      [{ outcome: 'settled', channel: 'phone', articleIds: [], authorityId: jobcenter }, 400, 'CONTACT_TARGET_INVALID'],
      [{ outcome: 'referred', channel: 'phone', articleIds: [], authorityId: inactive }, 404, 'AUTHORITY_NOT_FOUND'],
      [{ outcome: 'settled', channel: 'phone', articleIds: ['00000000-0000-4000-8000-000000000000'] }, 404, 'ARTICLE_NOT_FOUND'],
      [{ outcome: 'settled', channel: 'fax', articleIds: [] }, 400, 'VALIDATION_FAILED'],
      [{ outcome: 'settled', channel: 'phone', articleIds: [], note: 'Frau Müller, Tel. 0171…' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of attempts) {
      const response = await kfz.agent.post<ApiErrorBody>('/api/v1/contacts', body);
      expect([response.status, response.body.code]).toEqual([status, code]);
    }
  });

  it('checks the targets in the statement that writes: a refused recording counts nowhere, an accepted one for its first article', async () => {
    clock.set('2027-01-20T09:00:00Z');
    const social1 = await publishArticle(social, { title: 'Kinderzuschlag' });
    const kfz1 = await publishArticle(kfz, { title: 'Kurzzeitkennzeichen' });
    const unknown = '00000000-0000-4000-8000-000000000001';
    const refused: [object, string, Record<string, unknown> | undefined][] = [
      [{ outcome: 'settled', channel: 'phone', articleIds: [social1.id, unknown, kfz1.id] }, 'ARTICLE_NOT_FOUND', { articleId: unknown }],
      [{ outcome: 'forwarded', channel: 'phone', articleIds: [social1.id], departmentId: unknown }, 'DEPARTMENT_NOT_FOUND', undefined],
    ];
    for (const [body, code, details] of refused) {
      const response = await kfz.agent.post<ApiErrorBody>('/api/v1/contacts', body);
      expect([response.status, response.body.code, response.body.details]).toEqual([404, code, details]);
    }
    expect((await summary(bscLead, 'from=2027-01-20&to=2027-01-20')).total).toBe(0);

    // The department of the first opened article, else the one it was forwarded to.
    await recordContacts(kfz.agent, 2, { outcome: 'forwarded', departmentId: kfz.departmentId, articleIds: [social1.id, kfz1.id] });
    await recordContacts(kfz.agent, 1, { outcome: 'forwarded', departmentId: kfz.departmentId, articleIds: [] });
    const result = await summary(bscLead, 'from=2027-01-20&to=2027-01-20');
    expect(result).toMatchObject({ total: 3, byOutcome: { forwarded: 3 } });
    expect(result.byDepartment.map((d) => [d.departmentId, d.total]).sort()).toEqual(
      [
        [social.departmentId, 2],
        [kfz.departmentId, 1],
      ].sort(),
    );
    expect(result.byArticle.map((a) => [a.title, a.total]).sort()).toEqual([
      ['Kinderzuschlag', 2],
      ['Kurzzeitkennzeichen', 2],
    ]);
  });

  it('buckets weeks by ISO week in Berlin time across the year boundary', async () => {
    const lead = await (await createUser(t, ['department_lead'], [social.departmentId])).client();
    const article = await publishArticle(social, { title: 'Wohngeld beantragen' });
    const at = async (moment: string, outcome: 'settled' | 'callback') => {
      clock.set(moment);
      await recordContacts(social.agent, 1, { outcome, articleIds: [article.id] });
    };
    await at('2026-12-28T07:00:00Z', 'settled'); // Monday of 2026-W53
    await at('2027-01-03T22:30:00Z', 'callback'); // Sunday 23:30 in Berlin: still 2026-W53
    await at('2027-01-03T23:30:00Z', 'settled'); // Monday 00:30 in Berlin: 2027-W01
    const result = await summary(lead, 'from=2026-12-21&to=2027-01-10');
    expect(result.byWeek.map((w) => [w.isoWeek, w.weekStart, w.total, w.settled, w.rate])).toEqual([
      ['2026-W52', '2026-12-21', 0, 0, null],
      ['2026-W53', '2026-12-28', 2, 1, 0.5],
      ['2027-W01', '2027-01-04', 1, 1, 1],
    ]);
    expect(result).toMatchObject({ total: 3, settled: 2, byOutcome: { settled: 2, callback: 1, forwarded: 0 } });
  });

  it('keeps a department lead to their own department; the BSC lead sees all', async () => {
    clock.set('2027-02-01T09:00:00Z');
    const article = await publishArticle(kfz, { title: 'Kennzeichen reservieren' });
    await recordContacts(kfz.agent, 2, { articleIds: [article.id] });
    await recordContacts(social.agent, 1, { outcome: 'forwarded', departmentId: social.departmentId });
    const range = 'from=2027-02-01&to=2027-02-01';
    expect((await summary(kfzLead, range)).total).toBe(2);
    expect((await summary(bscLead, range)).total).toBe(3);
    expect((await summary(bscLead, `${range}&departmentId=${social.departmentId}`)).total).toBe(1);
    const foreign = await kfzLead.get<ApiErrorBody>(`/api/v1/contacts/summary?${range}&departmentId=${social.departmentId}`);
    expect([foreign.status, foreign.body.code]).toEqual([403, 'CONTACT_SCOPE_FORBIDDEN']);
    const agent = await kfz.agent.get<ApiErrorBody>(`/api/v1/contacts/summary?${range}`);
    expect(agent.status).toBe(403);
    const reversed = await bscLead.get<ApiErrorBody>('/api/v1/contacts/summary?from=2027-02-02&to=2027-02-01');
    expect([reversed.status, reversed.body.code]).toEqual([400, 'CONTACT_RANGE_INVALID']);
  });

  it('counts recordings of the same day, outcome and articles that arrive at once exactly', async () => {
    clock.set('2027-02-15T09:00:00Z');
    const first = await publishArticle(kfz, { title: 'Umweltplakette' });
    const second = await publishArticle(kfz, { title: 'Halterauskunft' });
    // Both orders: two recordings lock the same rollup rows, whichever article the agent opened first.
    const bodies = Array.from({ length: 24 }, (_, i) =>
      buildContact({ articleIds: i % 2 ? [first.id, second.id] : [second.id, first.id] }),
    );
    const responses = await Promise.all(bodies.map((body) => kfz.agent.post<ContactView>('/api/v1/contacts', body)));
    expect(responses.map((r) => r.status)).toEqual(bodies.map(() => 201));
    const result = await summary(bscLead, 'from=2027-02-15&to=2027-02-15');
    expect(result).toMatchObject({ total: 24, settled: 24 });
    expect(result.byArticle.map((a) => [a.title, a.total, a.settled]).sort()).toEqual([
      ['Halterauskunft', 24, 24],
      ['Umweltplakette', 24, 24],
    ]);
    expect(result.byDepartment.map((d) => [d.departmentId, d.total])).toEqual([[kfz.departmentId, 24]]);
  });

  it('names takeover candidates, contradictions and contacts without an article', async () => {
    clock.set('2027-03-01T09:00:00Z');
    const complete = await publishArticle(kfz, { title: 'Fahrzeug abmelden', bscResolution: 'complete' });
    const referral = await publishArticle(kfz, { title: 'Saisonkennzeichen', bscResolution: 'referral' });
    const forward = { outcome: 'forwarded' as const, departmentId: kfz.departmentId };
    await recordContacts(kfz.agent, 4, { ...forward, articleIds: [complete.id] });
    await recordContacts(kfz.agent, 2, { articleIds: [complete.id] });
    await recordContacts(kfz.agent, 5, { articleIds: [referral.id], channel: 'email' });
    await recordContacts(kfz.agent, 1, { ...forward, articleIds: [referral.id] });
    await recordContacts(kfz.agent, 3, { outcome: 'referred', authorityId: jobcenter, channel: 'counter' });
    const result = await summary(bscLead, 'from=2027-03-01&to=2027-03-01');
    expect(result).toMatchObject({ total: 15, settled: 7, byOutcome: { forwarded: 5, referred: 3 } });
    expect(result.topForwarded.map((a) => [a.title, a.forwarded, a.total, a.bscResolution])).toEqual([
      ['Fahrzeug abmelden', 4, 6, 'complete'],
      ['Saisonkennzeichen', 1, 6, 'referral'],
    ]);
    expect(result.contradictions.map((a) => [a.title, a.kind]).sort()).toEqual([
      ['Fahrzeug abmelden', 'declared_complete_mostly_forwarded'],
      ['Saisonkennzeichen', 'declared_referral_mostly_settled'],
    ]);
    expect(result.withoutArticle).toMatchObject({ total: 3, settled: 0, referred: 3 });
    expect(result.byChannel.find((c) => c.channel === 'email')).toMatchObject({ total: 5, settled: 5, rate: 1 });
    // The lead of another department sees none of it.
    const otherLead = await (await createUser(t, ['department_lead'], [social.departmentId])).client();
    expect((await summary(otherLead, 'from=2027-03-01&to=2027-03-01')).total).toBe(0);

    const csv = await bscLead.get<string>('/api/v1/contacts/summary.csv?from=2027-03-01&to=2027-03-01');
    expect(csv.headers.get('content-disposition')).toContain('erstkontakt.csv');
    expect(csv.body).toContain('Gesamt;2027-03-01 bis 2027-03-01;15;7;5;3;46,7\r\n');
    expect(csv.body).toContain('Artikel;Fahrzeug abmelden;6;2;4;0;33,3\r\n');
  });

  it('keeps the rollups in step with the recorded contacts', async () => {
    const [{ contacts, rollup, articles, articleRollup }] = (await t.db.query(
      `SELECT (SELECT count(*)::int FROM contacts) AS contacts,
              (SELECT sum(contacts)::int FROM contact_daily_counts) AS rollup,
              (SELECT coalesce(sum(cardinality(article_ids)), 0)::int FROM contacts) AS articles,
              (SELECT sum(contacts)::int FROM contact_article_daily_counts) AS "articleRollup"`,
    )) as { contacts: number; rollup: number; articles: number; articleRollup: number }[];
    expect(rollup).toBe(contacts);
    expect(articleRollup).toBe(articles);
  });

  it('purges single contacts after 90 days and rollups after two years, and audits each purge', async () => {
    const retention = t.app.get(ContactRetentionService);
    clock.set('2027-05-30T12:00:00Z'); // 90 days after 1 March: nothing of March is due yet
    const early = await retention.purge();
    expect(early.rollupRows).toBe(0);
    const remaining = (await t.db.query(`SELECT count(*)::int AS n FROM contacts WHERE day >= '2027-03-01'`)) as { n: number }[];
    expect(remaining[0].n).toBe(15);

    clock.set('2027-06-01T12:00:00Z');
    const purged = await retention.purge();
    expect(purged.contacts).toBeGreaterThanOrEqual(15);
    expect(purged.rollupRows).toBe(0);
    // The dashboard still counts what the rollups hold.
    expect((await summary(bscLead, 'from=2027-03-01&to=2027-03-01')).total).toBe(15);
    const [audit] = (await t.db.query(
      `SELECT details FROM audit_events WHERE action = 'contacts.purged' AND subject_type = 'contacts' ORDER BY id DESC LIMIT 1`,
    )) as { details: Record<string, unknown> }[];
    expect(audit.details).toEqual({ deleted: purged.contacts, retentionDays: 90, before: '2027-03-03' });

    clock.set('2029-03-02T12:00:00Z'); // 731 days after 1 March 2027
    expect((await retention.purge()).rollupRows).toBeGreaterThan(0);
    expect((await summary(bscLead, 'from=2027-03-01&to=2027-03-01')).total).toBe(0);
    expect((await retention.purge()).rollupRows).toBe(0);
  });
});
