import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldState, type PublishedArticleView, type SearchResponse } from '@bsc/domain';
import { buildChecklistText } from '../../../editor/src/features/answer/checklist-text';
import { createCast, createUser, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { DldbImportService, type DldbImportInput } from './dldb-import.service';
import { importChangedSomething } from './import-summary';
import {
  INCOMPLETE_SERVICE_LASTUPDATE_UTC,
  INCOMPLETE_SERVICE_OFFICES,
  INCOMPLETE_SERVICE_REF,
  incompleteLocationsExport,
  incompleteServicesExport,
} from '../../testing/incomplete-dldb-export';

const fixture = (name: string): unknown => JSON.parse(readFileSync(join(__dirname, 'fixtures', name), 'utf8'));
const input = (): DldbImportInput => ({ services: fixture('dldb-services.json'), locations: fixture('dldb-locations.json') });

describe(DldbImportService.name, () => {
  let t: TestApp;
  let cast: Cast;
  let importer: DldbImportService;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
    importer = t.app.get(DldbImportService);
  });
  afterAll(() => t.close());

  const articleByRef = async (ref: string) =>
    (
      (await t.db.query(`SELECT id, published_version, department_id FROM articles WHERE external_ref = $1`, [ref])) as {
        id: string;
        published_version: number | null;
        department_id: string;
      }[]
    )[0];

  it('publishes one article per service in departments made from the locations, and says what it skipped', async () => {
    const progress: number[] = [];
    const summary = await importer.run(input(), { publish: true, onProgress: (done) => progress.push(done) });

    expect(summary.articles).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(summary.departments).toEqual({ created: 3, updated: 0, unchanged: 0 });
    expect(summary.skipped.map((s) => s.reason)).toEqual(['id fehlt', expect.stringContaining('mehrfach')]);
    expect(progress).toEqual([1, 2, 3]);
    const [department] = (await t.db.query(`SELECT name, address, phone FROM departments WHERE code = 'DLDB-500'`)) as {
      name: string;
      address: string;
      phone: string;
    }[];
    expect(department).toEqual({
      name: 'Bürgerbüro Mitte (BB-1) – Ordnungsamt',
      address: 'Marktplatz 3, 12345 Musterstadt',
      phone: '01234 567-0',
    });
    const dog = await articleByRef('dldb:900001');
    expect(dog.published_version).toBe(1);
    const published = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${dog.id}/published`);
    expect(published.body).toMatchObject({ externalRef: 'dldb:900001', version: 1, department: { code: 'DLDB-500' } });
    expect(published.body.content).toMatchObject({
      title: 'Hund anmelden',
      keywords: ['Hundesteuer', 'Hundemarke', 'Hund anmelden'],
      bscResolution: 'referral',
    });
  });

  it('refuses a locations export given as services and stores nothing', async () => {
    const count = async () =>
      (await t.db.query(
        `SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM departments)::int AS departments,
                (SELECT count(*) FROM audit_events)::int AS events`,
      )) as unknown[];
    const before = await count();

    await expect(importer.run({ services: fixture('dldb-locations.json') }, { publish: false })).rejects.toThrow(/Standort-Export/);
    await expect(
      importer.run({ services: fixture('dldb-services.json'), locations: fixture('dldb-services.json') }, { publish: false }),
    ).rejects.toThrow(/erwartet wird ein Standort-Export/);

    expect(await count()).toEqual(before);
  });

  it('reports a service without location and authority instead of inventing a department for it', async () => {
    const orphan = { data: [{ id: '900077', name: 'Ohne Zuständigkeit', description: '<p>Text</p>', locations: [], authorities: [] }] };

    const summary = await importer.run({ services: orphan }, { publish: false });

    expect(summary.articles).toEqual({ created: 0, updated: 0, unchanged: 0 });
    expect(summary.skipped).toEqual([
      { ref: 'dldb:900077', title: 'Ohne Zuständigkeit', reason: expect.stringContaining('Keine zuständige Stelle') },
    ]);
    expect(await t.db.query(`SELECT name FROM departments WHERE name LIKE 'Unbekannt%'`)).toEqual([]);
  });

  it('makes imported articles searchable for agents', async () => {
    await t.drainOutbox();
    const response = await cast.agent.get<SearchResponse>('/api/v1/search?q=Hundemarke');
    expect(response.body.hits[0]).toMatchObject({ title: 'Hund anmelden', externalRef: 'dldb:900001' });
  });

  it('changes nothing on a second run', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM article_versions`)) as { n: number }[];

    const summary = await importer.run(input(), { publish: true });

    expect(importChangedSomething(summary)).toBe(false);
    expect(summary.articles).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM article_versions`)).toEqual(before);
  });

  it('updates in place with a new version when the catalogue changed, keeping what authors added', async () => {
    const dog = await articleByRef('dldb:900001');
    const changed = input();
    const services = changed.services as { data: { id: string; name: string }[] };
    services.data[0].name = 'Hund anmelden oder abmelden';

    const summary = await importer.run(changed, { publish: true });

    expect(summary.articles).toEqual({ created: 0, updated: 1, unchanged: 2 });
    const after = await articleByRef('dldb:900001');
    expect(after).toMatchObject({ id: dog.id, published_version: 2 });
  });

  it('authors and approves as an inactive system user that cannot log in, and audits the import', async () => {
    const [user] = (await t.db.query(`SELECT id, active, roles FROM users WHERE login = 'import'`)) as {
      id: string;
      active: boolean;
      roles: string[];
    }[];
    expect(user).toMatchObject({ active: false, roles: [] });
    const login = await t.anonymous().login('import', '!import-cannot-log-in');
    expect(login.status).toBe(401);
    const [version] = (await t.db.query(
      `SELECT author_ids, approved_by FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.external_ref = 'dldb:900003'`,
    )) as {
      author_ids: string[];
      approved_by: string;
    }[];
    expect(version).toEqual({ author_ids: [user.id], approved_by: user.id });
    const events = (await t.db.query(`SELECT action, details FROM audit_events WHERE actor_login = 'import' ORDER BY id`)) as {
      action: string;
      details: Record<string, unknown>;
    }[];
    expect(events.every((e) => e.details.import === 'dldb')).toBe(true);
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.created', 'department.created', 'article.created', 'article.updated', 'import.completed']),
    );
  });

  it('leaves drafts for review without --publish and never touches a draft a person edits', async () => {
    const author = await createUser(t, ['author'], [(await articleByRef('dldb:900002')).department_id]);
    const client = await author.client();
    const parking = await articleByRef('dldb:900002');
    expect((await client.post(`/api/v1/articles/${parking.id}/draft`)).status).toBe(201);
    const changed = input();
    const services = (changed.services as { data: { name: string }[] }).data;
    services[0].name = 'Hund anmelden oder abmelden'; // as published by the previous run
    services[1].name = 'Bewohnerparkausweis';
    services[2].name = 'Jugendfischereischein';

    const summary = await importer.run(changed, { publish: false });

    expect(summary.skipped.map((s) => s.ref)).toContain('dldb:900002');
    expect(summary.articles.updated).toBe(1);
    const fishing = await articleByRef('dldb:900003');
    const published = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${fishing.id}/published`);
    expect(published.body.version).toBe(1);
    const [draft] = (await t.db.query(`SELECT content->>'title' AS title FROM article_drafts WHERE article_id = $1`, [fishing.id])) as {
      title: string;
    }[];
    expect(draft.title).toBe('Jugendfischereischein');
  });

  describe('a service with missing fields (issue 14)', () => {
    const incomplete = (): DldbImportInput => ({ services: incompleteServicesExport(), locations: incompleteLocationsExport() });
    const publishedView = async () => {
      const article = await articleByRef(INCOMPLETE_SERVICE_REF);
      const response = await cast.agent.get<PublishedArticleView>(`/api/v1/articles/${article.id}/published`);
      expect(response.status).toBe(200);
      return response.body;
    };

    it('claims nothing the catalogue does not say: documents and fees "nicht hinterlegt", hours unknown, never "closed"', async () => {
      await importer.run(incomplete(), { publish: true });

      const view = await publishedView();
      expect(view.content.documents).toEqual([]);
      expect(fieldState(view.content, 'documents')).toBe('not_provided');
      expect(fieldState(view.content, 'fees')).toBe('not_provided');
      expect(view.department.openingHours.weekly).toEqual([]);
      const checklist = buildChecklistText(view);
      expect(checklist).toContain('Unterlagen: nicht hinterlegt');
      expect(checklist).toContain('Gebühren:\nnicht hinterlegt');
      expect(checklist).toContain('Öffnungszeiten:\nnicht hinterlegt');
      expect(checklist).not.toContain('Keine Unterlagen erforderlich');
      expect(checklist).not.toMatch(/geschlossen|keine Gebühren|kostenfrei/i);
    });

    it('keeps every office of the service in the catalogue order, the first as the department', async () => {
      const view = await publishedView();

      expect(view.department.name).toBe(INCOMPLETE_SERVICE_OFFICES[0]);
      expect(view.locations.map((l) => l.name)).toEqual(INCOMPLETE_SERVICE_OFFICES);
    });

    it("labels freshness with the source's lastupdate and makes the article due for review by the department", async () => {
      const view = await publishedView();

      expect(view.freshness.source).toEqual({ updatedAt: INCOMPLETE_SERVICE_LASTUPDATE_UTC });
      expect(view.freshness.state).not.toBe('fresh');
      expect(Date.parse(view.freshness.nextReviewAt)).toBeLessThanOrEqual(Date.now());
    });

    it('stays idempotent, and a person who verifies the article ends the "unverified" label', async () => {
      const summary = await importer.run(incomplete(), { publish: true });
      expect(summary.articles).toMatchObject({ created: 0, updated: 0 });
      expect((await publishedView()).freshness.source).not.toBeNull();

      const article = await articleByRef(INCOMPLETE_SERVICE_REF);
      const reviewer = await createUser(t, ['author', 'reviewer'], [article.department_id]);
      expect((await (await reviewer.client()).post(`/api/v1/articles/${article.id}/verify`)).status).toBe(200);

      const view = await publishedView();
      expect(view.freshness).toMatchObject({ source: null, state: 'fresh' });
      await importer.run(incomplete(), { publish: true });
      expect((await publishedView()).freshness.source).toBeNull();
    });

    it('an author can state "none" explicitly: known, empty fields only, each once', async () => {
      const article = await articleByRef(INCOMPLETE_SERVICE_REF);
      const author = await createUser(t, ['author'], [article.department_id]);
      const client = await author.client();
      const opened = await client.post<{ revision: number; content: PublishedArticleView['content'] }>(
        `/api/v1/articles/${article.id}/draft`,
      );
      const saved = await client.put<{ content: PublishedArticleView['content'] }>(`/api/v1/articles/${article.id}/draft`, {
        revision: opened.body.revision,
        content: { ...opened.body.content, statedNone: ['fees', 'documents', 'fees'], shortAnswer: 'Anmeldung im Bürgerbüro.' },
      });

      expect(saved.body.content.statedNone).toEqual(['documents', 'fees']);
      const invalid = await client.put(`/api/v1/articles/${article.id}/draft`, {
        revision: opened.body.revision + 1,
        content: { ...saved.body.content, statedNone: ['title'] },
      });
      expect(invalid.status).toBe(400);
    });
  });
});
