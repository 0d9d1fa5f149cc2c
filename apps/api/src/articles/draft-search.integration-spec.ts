import type { ArticleKind, SearchResponse } from '@bsc/domain';
import type { ApiClient } from '../../testing/api-client';
import { buildArticleContent, createDepartment, createUser } from '../../testing/factories';
import { createTestApp, type TestApp } from '../../testing/test-app';

// Lives beside the articles: the search folder is being rewritten in parallel (issue 15, point 9).
describe('Drafts search filters', () => {
  let t: TestApp;
  let author: ApiClient;
  let first: string;
  let second: string;

  beforeAll(async () => {
    t = await createTestApp();
    [first, second] = await Promise.all([createDepartment(t), createDepartment(t)]);
    author = await (await createUser(t, ['author'], [first, second])).client();
    // The first department's drafts rank higher (the word twice in the title), so an unfiltered
    // first page holds none of the second department's.
    const drafts: [string, ArticleKind, string][] = [
      [first, 'service', 'Sperrmüll Sperrmüll Abholung'],
      [first, 'service', 'Sperrmüll Sperrmüll Termine'],
      [first, 'notice', 'Sperrmüll Sperrmüll Hinweis'],
      [second, 'service', 'Sperrmüll Gebühren'],
      [second, 'service', 'Sperrmüll Anmeldung'],
      [second, 'notice', 'Sperrmüll Feiertage'],
    ];
    for (const [departmentId, kind, title] of drafts) {
      const response = await author.post('/api/v1/articles', { departmentId, kind, content: buildArticleContent({ title }) });
      expect(response.status).toBe(201);
    }
  });
  afterAll(() => t.close());

  async function search(query: string): Promise<SearchResponse> {
    const response = await author.get<SearchResponse>(`/api/v1/search?q=Sperrm%C3%BCll&scope=drafts&${query}`);
    expect(response.status).toBe(200);
    return response.body;
  }

  it('filters by department before paging and counts only what the filter lets through', async () => {
    const page = await search(`department=${second}&limit=2`);
    expect(page.hits.map((h) => h.departmentId)).toEqual([second, second]);
    expect(page.total).toBe(3);
    const next = await search(`department=${second}&limit=2&offset=2`);
    expect(next.hits.map((h) => h.departmentId)).toEqual([second]);
  });

  it('filters by kind before paging', async () => {
    const page = await search('kind=notice&limit=1');
    expect(page.hits.map((h) => h.kind)).toEqual(['notice']);
    expect(page.total).toBe(2);
    const both = await search(`kind=notice&department=${second}`);
    expect(both.hits.map((h) => h.title)).toEqual(['Sperrmüll Feiertage']);
    expect(both.total).toBe(1);
  });
});
