import { germanStem } from '@bsc/domain';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TOKENS = /([\p{L}\p{N}]+)/u;
const WORD = /^[\p{L}\p{N}]+$/u;
const MIN_STEM = 3;
// A query stem this long is also found inside compounds ("zulass" in "Fahrzeugzulassung").
const MIN_COMPOUND_PART = 5;

/** Escapes text for HTML: snippets must never carry markup from article text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Whether a word of the text matches one of the query's stems: same stem, a longer form of it,
 * or (for stems of five letters and more) a compound containing it. Meilisearch's own
 * highlighting marks the German segmenter's fragments ("en" in every "können"), so the API
 * highlights by stems itself.
 */
export function matchesStem(word: string, stems: readonly string[]): boolean {
  const stem = germanStem(word);
  return stems.some((s) => s.length >= MIN_STEM && (stem.startsWith(s) || (s.length >= MIN_COMPOUND_PART && stem.includes(s))));
}

/** The text, HTML-escaped, with the words matching the stems wrapped in <mark>. */
export function markStems(text: string, stems: readonly string[]): { html: string; marked: boolean } {
  let marked = false;
  const html = text
    .split(TOKENS)
    .map((part) => {
      if (!WORD.test(part) || !matchesStem(part, stems)) return escapeHtml(part);
      marked = true;
      return `<mark>${escapeHtml(part)}</mark>`;
    })
    .join('');
  return { html, marked };
}

/** Crops the text around its first match (about maxChars characters) and highlights the matches. */
export function highlightSnippet(text: string, stems: readonly string[], maxChars = 220): string {
  const start = Math.max(0, firstMatchOffset(text, stems) - 60);
  const end = Math.min(text.length, start + maxChars);
  const cropped = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return markStems(cropped, stems).html;
}

/** The first candidate text that contains a match, highlighted; else the last candidate. */
export function bestSnippet(candidates: readonly string[], stems: readonly string[]): string {
  const texts = candidates.filter((t) => t.trim().length > 0);
  for (const text of texts) {
    const { html, marked } = markStems(text, stems);
    if (marked) return html;
  }
  return escapeHtml(texts[texts.length - 1] ?? '');
}

function firstMatchOffset(text: string, stems: readonly string[]): number {
  let offset = 0;
  for (const part of text.split(TOKENS)) {
    if (WORD.test(part) && matchesStem(part, stems)) return offset;
    offset += part.length;
  }
  return 0;
}
