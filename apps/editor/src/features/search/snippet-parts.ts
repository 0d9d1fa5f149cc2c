// The API marks matched words with <mark>…</mark> and escapes all other markup. The snippet is
// split into text parts and rendered as React text nodes, so no HTML from the API is ever parsed.

/** A piece of a snippet; `marked` parts matched the query. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}

/** Turns the escapes an HTML-escaping server produces back into characters. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return decodeCodePoint(parseInt(lower.slice(2), 16)) ?? entity;
    if (lower.startsWith('#')) return decodeCodePoint(parseInt(lower.slice(1), 10)) ?? entity;
    return NAMED_ENTITIES[lower] ?? entity;
  });
}

/** Splits a snippet on <mark> and </mark> into plain-text parts. */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const token of snippet.split(/(<\/?mark>)/i)) {
    const tag = token.toLowerCase();
    if (tag === '<mark>') marked = true;
    else if (tag === '</mark>') marked = false;
    else if (token) parts.push({ text: decodeEntities(token), marked });
  }
  return parts;
}

const ELLIPSIS = '…';

// The snippet's parts without the ellipses the API puts where it cropped the text.
function withoutCropMarks(parts: SnippetPart[]): SnippetPart[] {
  const trimmed = parts.map((part) => ({ ...part }));
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  if (first && !first.marked && first.text.startsWith(ELLIPSIS)) first.text = first.text.slice(ELLIPSIS.length);
  if (last && !last.marked && last.text.endsWith(ELLIPSIS)) last.text = last.text.slice(0, -ELLIPSIS.length);
  return trimmed.filter((part) => part.text.length > 0);
}

/**
 * When the snippet is only a crop of the short answer (the body did not match), the whole short
 * answer with the snippet's highlights; the result list then shows it once instead of twice.
 * Null when the snippet says something the short answer does not.
 */
export function markedShortAnswer(shortAnswer: string, snippet: string): SnippetPart[] | null {
  const parts = withoutCropMarks(parseSnippet(snippet));
  const core = parts.map((part) => part.text).join('');
  if (!core.trim()) return null;
  const at = shortAnswer.indexOf(core);
  if (at < 0) return null;
  const before = { text: shortAnswer.slice(0, at), marked: false };
  const after = { text: shortAnswer.slice(at + core.length), marked: false };
  return [before, ...parts, after].filter((part) => part.text.length > 0);
}
