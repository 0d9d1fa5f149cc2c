import { escapeHtml, highlightSnippet } from '../search/snippet';

// The PostgreSQL fallback builds its snippets itself: it must be as strict as the Meilisearch path.
describe('Search snippets of the PostgreSQL fallback', () => {
  const withoutMarks = (html: string) => html.replace(/<\/?mark>/g, '');

  it.each([
    ['<script>alert(1)</script> Zulassung', ['zulassung']],
    ['<img src=x onerror=alert(1)> Zulassung', ['img', 'onerror']],
    ['"><svg onload=alert(1)> mark', ['mark', 'svg']],
    ['<mark>gefälscht</mark> Zulassung', ['mark']],
    ['a & b < c > d " e \' f', ['amp', 'lt', 'quot']],
  ])('escapes %j and only adds <mark> tags', (text, words) => {
    const html = highlightSnippet(text, words);
    expect(withoutMarks(html)).not.toMatch(/[<>]/);
    expect(withoutMarks(html)).toBe(escapeHtml(text));
  });

  it('does not let a query word create markup out of an escaped entity', () => {
    const html = highlightSnippet('x < y', ['lt;', '&lt']);
    expect(withoutMarks(html)).not.toMatch(/[<>]/);
  });
});
