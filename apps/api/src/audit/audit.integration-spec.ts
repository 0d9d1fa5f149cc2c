import type { AuditEventView, AuditVerifyResult } from '@bsc/domain';
import { createCast, createUser, publishArticle } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { AuditService } from './audit.service';

describe(AuditService.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('records every step of a publication with actor and subject', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Auditierter Artikel' });
    const admin = await (await createUser(t, ['admin'])).client();

    const events = await admin.get<AuditEventView[]>(`/api/v1/audit?subject=${article.id}`);

    expect(events.body.map((e) => e.action).reverse()).toEqual(['article.created', 'article.submitted', 'article.approved']);
    expect(events.body.find((e) => e.action === 'article.approved')?.actorId).toBe(cast.reviewerUser.id);
  });

  it('filters by part of the article title, literally, and names the article of each entry', async () => {
    const cast = await createCast(t);
    const article = await publishArticle(cast, { title: 'Hundesteuer 100% online' });
    await publishArticle(cast, { title: 'Hundesteuer abmelden' });
    const admin = await (await createUser(t, ['admin'])).client();

    const events = await admin.get<AuditEventView[]>(`/api/v1/audit?title=${encodeURIComponent('steuer 100%')}`);

    expect(events.status).toBe(200);
    expect(events.body.map((e) => [e.action, e.subjectId, e.subjectTitle]).reverse()).toEqual([
      ['article.created', article.id, 'Hundesteuer 100% online'],
      ['article.submitted', article.id, 'Hundesteuer 100% online'],
      ['article.approved', article.id, 'Hundesteuer 100% online'],
    ]);
    const wildcard = await admin.get<AuditEventView[]>(`/api/v1/audit?title=${encodeURIComponent('Hunde_teuer')}`);
    expect(wildcard.body).toEqual([]);
  });

  it('rejects UPDATE and DELETE on the audit log', async () => {
    await expect(t.db.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(t.db.query(`DELETE FROM audit_events`)).rejects.toThrow(/append-only/);
  });

  it('names the first row that was altered behind the trigger', async () => {
    const admin = await (await createUser(t, ['admin'])).client();
    const before = await admin.get<AuditVerifyResult>('/api/v1/audit/verify');
    expect(before.body.ok).toBe(true);
    const [victim] = (await t.db.query(`SELECT id FROM audit_events ORDER BY id LIMIT 1 OFFSET 1`)) as { id: string }[];

    // Tampering as a superuser would: with the trigger disabled for this statement only.
    await t.db.transaction(async (m) => {
      await m.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only`);
      await m.query(`UPDATE audit_events SET details = '{"forged":true}' WHERE id = $1`, [victim.id]);
      await m.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only`);
    });

    const after = await admin.get<AuditVerifyResult>('/api/v1/audit/verify');
    expect(after.body).toMatchObject({ ok: false, firstBrokenId: victim.id });
  });
});
