import type { ApiErrorBody, DepartmentView, DocumentView, SearchResponse } from '@bsc/domain';
import { createCast, createDocument, createUser, publishArticle } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

describe('Departments and the document catalogue', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('re-indexes every article that uses a catalogue document when it is renamed', async () => {
    const cast = await createCast(t);
    const admin = await (await createUser(t, ['admin'])).client();
    const documentId = await createDocument(t, 'Fahrzeugschein alt');
    const article = await publishArticle(cast, { title: 'Halterwechsel', documents: [{ documentId }] });
    await t.drainOutbox();

    const renamed = await admin.put<DocumentView>(`/api/v1/documents/${documentId}`, {
      name: 'Zulassungsbescheinigung Teil Eins Quittungsbeleg',
      description: '',
    });
    expect(renamed.status).toBe(200);
    await t.drainOutbox();

    const search = await cast.agent.get<SearchResponse>('/api/v1/search?q=Quittungsbeleg');
    expect(search.body.hits.map((h) => h.id)).toContain(article.id);
    const listed = await admin.get<DocumentView[]>('/api/v1/documents');
    expect(listed.body.find((d) => d.id === documentId)?.usageCount).toBe(1);
    const inUse = await admin.delete<ApiErrorBody>(`/api/v1/documents/${documentId}`);
    expect(inUse.status).toBe(409);
    expect(inUse.body.code).toBe('DOCUMENT_IN_USE');
    expect(inUse.body.details).toEqual({ articles: 1, articleTitles: ['Halterwechsel'] });
  });

  it('refuses to delete a department that owns articles (409) and deletes an empty one', async () => {
    const cast = await createCast(t);
    const admin = await (await createUser(t, ['admin'])).client();
    await publishArticle(cast, { title: 'Irgendwas' });

    const refused = await admin.delete<ApiErrorBody>(`/api/v1/departments/${cast.departmentId}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('DEPARTMENT_HAS_ARTICLES');

    const created = await admin.post<DepartmentView>('/api/v1/departments', {
      code: 'LEER',
      name: 'Leerer Fachbereich',
      phone: '',
      email: '',
      room: '',
      address: '',
      openingHours: { weekly: [{ day: 1, opens: '08:00', closes: '12:00' }] },
      appointmentUrl: null,
      reviewIntervalDays: 90,
    });
    expect(created.status).toBe(201);
    expect((await admin.delete(`/api/v1/departments/${created.body.id}`)).status).toBe(204);
  });

  it('rejects invalid opening hours with a stable code and stores nothing', async () => {
    const admin = await (await createUser(t, ['admin'])).client();
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM departments`)) as { n: number }[];

    const response = await admin.post<ApiErrorBody>('/api/v1/departments', {
      code: 'KAPUTT',
      name: 'Kaputte Zeiten',
      phone: '',
      email: '',
      room: '',
      address: '',
      openingHours: { weekly: [{ day: 1, opens: '14:00', closes: '08:00' }] },
      appointmentUrl: null,
      reviewIntervalDays: 90,
    });

    expect(response.status).toBe(400);
    expect(response.body.code).toBe('VALIDATION_FAILED');
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM departments`)) as { n: number }[];
    expect(after[0].n).toBe(before[0].n);
  });
});
