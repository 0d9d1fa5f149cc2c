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
  let html = escapeHtml(cropped);
  for (const word of words.filter((w) => w.length >= 3)) {
    const pattern = new RegExp(`(${escapeRegExp(escapeHtml(word))})`, 'gi');
    html = html.replace(pattern, '<mark>$1</mark>');
  }
  return html;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
