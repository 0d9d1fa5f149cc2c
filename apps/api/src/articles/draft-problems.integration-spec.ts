// Issue 14, point 4: one invalid field must not block saving the others. Drafts are stored with
// their problems and report them per field; submitting for review needs a complete draft.
import type { ApiErrorBody, ArticleDetail, ContentProblem, DraftView } from '@bsc/domain';
import { buildArticleContent, createCast, type Cast } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { ArticleWorkflowService } from './article-workflow.service';

describe(`${ArticleWorkflowService.name}: incomplete drafts`, () => {
  let t: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    t = await createTestApp();
    cast = await createCast(t);
  });
  afterAll(() => t.close());

  async function createDraft(title: string): Promise<ArticleDetail> {
    const response = await cast.author.post<ArticleDetail>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'service',
      content: buildArticleContent({ title }),
    });
    expect(response.status).toBe(201);
    return response.body;
  }

  const fieldsOf = (problems: ContentProblem[] | undefined) => (problems ?? []).map((p) => p.field);

  it('stores a draft with an invalid LeiKa key, an empty title and an unlabelled link, and names each field', async () => {
    const article = await createDraft('Gewerbe anmelden');
    const content = buildArticleContent({
      title: '  ',
      fees: '26 Euro',
      leikaKey: '9905',
      links: [{ label: '', url: 'https://example.org/gewerbe', kind: 'online_service' }],
    });

    const saved = await cast.author.put<DraftView>(`/api/v1/articles/${article.id}/draft`, { revision: 1, content });

    expect(saved.status).toBe(200);
    expect(saved.body.revision).toBe(2);
    expect(saved.body.content).toMatchObject({ fees: '26 Euro', leikaKey: '9905' });
    expect(fieldsOf(saved.body.problems)).toEqual(['title', 'links.0.label', 'leikaKey']);
    expect(saved.body.problems.find((p) => p.field === 'leikaKey')?.message).toBe('Der LeiKa-Schlüssel besteht aus 14 Ziffern.');
    const reloaded = await cast.author.get<ArticleDetail>(`/api/v1/articles/${article.id}`);
    expect(fieldsOf(reloaded.body.draft?.problems)).toEqual(['title', 'links.0.label', 'leikaKey']);
  });

  it('refuses to submit an incomplete draft with 400 DRAFT_INCOMPLETE and the fields, and keeps it a draft', async () => {
    const article = await createDraft('Hund anmelden');
    await cast.author.put(`/api/v1/articles/${article.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'Hund anmelden', leikaKey: 'abc' }),
    });

    const refused = await cast.author.post<ApiErrorBody>(`/api/v1/articles/${article.id}/submit`, { changeNote: 'Erstfassung' });

    expect([refused.status, refused.body.code]).toEqual([400, 'DRAFT_INCOMPLETE']);
    expect(refused.body.details).toEqual({
      fields: [{ field: 'leikaKey', message: 'Der LeiKa-Schlüssel besteht aus 14 Ziffern.', blocksSave: false }],
    });
    const after = await cast.author.get<ArticleDetail>(`/api/v1/articles/${article.id}`);
    expect(after.body.status).toBe('draft');

    await cast.author.put(`/api/v1/articles/${article.id}/draft`, {
      revision: 2,
      content: buildArticleContent({ title: 'Hund anmelden', leikaKey: '99108001000000' }),
    });
    const submitted = await cast.author.post<ArticleDetail>(`/api/v1/articles/${article.id}/submit`, { changeNote: 'Erstfassung' });
    expect([submitted.status, submitted.body.status]).toEqual([200, 'in_review']);
  });

  it('refuses an unsafe link target with VALIDATION_FAILED naming the field, and stores nothing', async () => {
    const article = await createDraft('Parkausweis');
    const response = await cast.author.put<ApiErrorBody>(`/api/v1/articles/${article.id}/draft`, {
      revision: 1,
      content: buildArticleContent({ title: 'Parkausweis neu', links: [{ label: 'x', url: 'javascript:alert(1)', kind: 'info' }] }),
    });

    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.body.details?.fields).toEqual([
      { field: 'content.links.0.url', message: 'url must be an http(s), mailto: or tel: link' },
    ]);
    const after = await cast.author.get<ArticleDetail>(`/api/v1/articles/${article.id}`);
    expect(after.body.draft).toMatchObject({ revision: 1, content: { title: 'Parkausweis' } });
  });

  it('creates an article only from a complete form (400 VALIDATION_FAILED naming content.title)', async () => {
    const response = await cast.author.post<ApiErrorBody>('/api/v1/articles', {
      departmentId: cast.departmentId,
      kind: 'faq',
      content: buildArticleContent({ title: '\u200b ' }),
    });
    expect([response.status, response.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(response.body.details).toEqual({ fields: [{ field: 'content.title', message: 'Bitte geben Sie einen Titel ein.' }] });
  });
});
