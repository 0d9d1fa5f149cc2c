// Draft changes made outside the browser, through the API as another tab or colleague would.
import type { ArticleContent, ArticleDetail, DraftView } from '@bsc/domain';
import type { ApiClient } from '../../api/testing/api-client';

function expectStatus(what: string, status: number, expected: number, body: unknown): void {
  if (status !== expected) throw new Error(`${what}: HTTP ${status} ${JSON.stringify(body)}`);
}

/** The article's open draft, opened from the published version when there is none. */
export async function openDraft(client: ApiClient, articleId: string): Promise<DraftView> {
  const detail = await client.get<ArticleDetail>(`/api/v1/articles/${articleId}`);
  expectStatus('load article', detail.status, 200, detail.body);
  if (detail.body.draft) return detail.body.draft;
  const opened = await client.post<DraftView>(`/api/v1/articles/${articleId}/draft`);
  expectStatus('open draft', opened.status, 201, opened.body);
  return opened.body;
}

/** Saves a change on top of the current draft revision; returns the saved draft. */
export async function saveDraftChange(client: ApiClient, articleId: string, change: Partial<ArticleContent>): Promise<DraftView> {
  const draft = await openDraft(client, articleId);
  const saved = await client.put<DraftView>(`/api/v1/articles/${articleId}/draft`, {
    revision: draft.revision,
    content: { ...draft.content, ...change },
  });
  expectStatus('save draft', saved.status, 200, saved.body);
  return saved.body;
}

/** Submits the draft for review with a change note. */
export async function submitDraft(client: ApiClient, articleId: string, changeNote: string): Promise<void> {
  const submitted = await client.post(`/api/v1/articles/${articleId}/submit`, { changeNote });
  expectStatus('submit', submitted.status, 200, submitted.body);
}
