const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML: snippets must never carry markup from article text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Highlights the query words in a text (for the PostgreSQL fallback) and crops around the first hit. */
export function highlightSnippet(text: string, words: string[], maxChars = 220): string {
  const lower = text.toLowerCase();
  const first = words.map((w) => lower.indexOf(w.toLowerCase())).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const start = Math.max(0, first - 60);
  const cropped = `${start > 0 ? '…' : ''}${text.slice(start, start + maxChars)}${start + maxChars < text.length ? '…' : ''}`;
  // Mark first (with private-use markers), escape after: a match can never land inside an entity.
  let marked = cropped;
  for (const word of words.filter((w) => w.length >= 3)) {
    marked = marked.replace(new RegExp(`(${escapeRegExp(word)})`, 'gi'), '\uE000$1\uE001');
  }
  return escapeHtml(marked).replaceAll('\uE000', '<mark>').replaceAll('\uE001', '</mark>');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
