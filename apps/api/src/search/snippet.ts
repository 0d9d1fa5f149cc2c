const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const TOKENS = /([\p{L}\p{N}]+)/u;
const WORD = /^[\p{L}\p{N}]+$/u;
const MIN_STEM = 3;
// As the Snowball German stemmer writes them.
const STEM_FOLDS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss' };
// A query stem this long is also found inside compounds ("zulass" in "Fahrzeugzulassung").
const MIN_COMPOUND_PART = 5;

/** Escapes text for HTML: snippets must never carry markup from article text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * Whether a word of the text matches one of the query's stems: the word starts with the stem
 * (a Snowball stem is a prefix of the lower-case word with umlauts folded, so no stemming of
 * the text is needed) or, for stems of five letters and more, contains it (compounds).
 * Meilisearch's own highlighting marks the German segmenter's fragments ("en" in every
 * "können"), so the API highlights by stems itself.
 */
export function matchesStem(word: string, stems: readonly string[]): boolean {
  return matchesWordPattern(word, wordPattern(stems));
}

// This ran for every word of every snippet and was 8 % of the API's CPU under search load
// (bench profile, c=8). Now: toLowerCase, not toLocaleLowerCase('de-DE') (V8 lower-cases German
// exactly like the root locale, only tr, az, lt and el differ; the same for every code point,
// checked), and one pattern per stem list instead of a loop over the stems. The snippets of a
// page took ~1.0 ms of CPU, now ~0.4 ms (64 bench queries × 10 hits, identical output).
function matchesWordPattern(word: string, pattern: RegExp | null): boolean {
  return pattern !== null && pattern.test(word.toLowerCase().replace(/[äöüß]/g, (c) => STEM_FOLDS[c]));
}

/** The text, HTML-escaped, with the words matching the stems wrapped in <mark>. */
export function markStems(text: string, stems: readonly string[]): { html: string; marked: boolean } {
  let marked = false;
  const pattern = wordPattern(stems);
  const html = text
    .split(TOKENS)
    .map((part) => {
      if (!WORD.test(part) || !matchesWordPattern(part, pattern)) return escapeHtml(part);
      marked = true;
      return `<mark>${escapeHtml(part)}</mark>`;
    })
    .join('');
  return { html, marked };
}

/** Crops the text around its first match (about maxChars characters) and highlights the matches. */
export function highlightSnippet(text: string, stems: readonly string[], maxChars = 220): string {
  return cropAround(text, firstMatchOffset(text, stems) ?? 0, stems, maxChars);
}

/**
 * The snippet of a hit: the body around its first match (what the short answer, shown anyway,
 * does not say), else the short answer, highlighted.
 */
export function documentSnippet(body: string, shortAnswer: string, stems: readonly string[], maxChars = 220): string {
  const offset = firstMatchOffset(body, stems);
  if (offset !== null) return cropAround(body, offset, stems, maxChars);
  return highlightSnippet(shortAnswer || body, stems, maxChars);
}

function cropAround(text: string, offset: number, stems: readonly string[], maxChars: number): string {
  const start = Math.max(0, offset - 60);
  const end = Math.min(text.length, start + maxChars);
  const cropped = `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  return markStems(cropped, stems).html;
}

/**
 * Offset of the first word matching a stem. One regular expression over the folded text instead
 * of folding every word: bodies are long and this runs for every hit of every search.
 */
function firstMatchOffset(text: string, stems: readonly string[]): number | null {
  const lower = text.toLowerCase();
  const pattern = stemPattern(stems);
  // Lower-casing can change the length of rare characters; then offsets would drift.
  if (pattern === null || lower.length !== text.length) return firstMatchOffsetByWords(text, stems);
  const match = pattern.exec(lower.replace(/[äöü]/g, (c) => STEM_FOLDS[c]));
  if (!match) return null;
  let start = match.index;
  while (start > 0 && WORD.test(text[start - 1])) start -= 1;
  return start;
}

const patternCache = new Map<string, RegExp | null>();
const wordPatternCache = new Map<string, RegExp | null>();

/**
 * matchesStem as one pattern over a folded word: a stem at its start, or (compound parts)
 * anywhere in it. Stems are already folded as the word is, so no ß alternative is needed.
 */
function wordPattern(stems: readonly string[]): RegExp | null {
  const key = stems.join('|');
  const cached = wordPatternCache.get(key);
  if (cached !== undefined) return cached;
  const escaped = (stem: string) => stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prefixes = stems.filter((stem) => stem.length >= MIN_STEM && stem.length < MIN_COMPOUND_PART).map(escaped);
  const parts = stems.filter((stem) => stem.length >= MIN_COMPOUND_PART).map(escaped);
  const alternatives = [...(prefixes.length > 0 ? [`^(?:${prefixes.join('|')})`] : []), ...parts];
  const pattern = alternatives.length > 0 ? new RegExp(alternatives.join('|'), 'u') : null;
  if (wordPatternCache.size > 1000) wordPatternCache.clear();
  wordPatternCache.set(key, pattern);
  return pattern;
}

/** Stems as one pattern: at a word start, or anywhere for compound parts (see matchesStem). */
function stemPattern(stems: readonly string[]): RegExp | null {
  const key = stems.join('|');
  if (patternCache.has(key)) return patternCache.get(key) ?? null;
  const parts = stems
    .filter((stem) => stem.length >= MIN_STEM)
    .map((stem) => {
      // Snowball writes ß as ss; the text keeps ß.
      const body = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ss/g, '(?:ss|ß)');
      return stem.length >= MIN_COMPOUND_PART ? body : `(?<![\\p{L}\\p{N}])${body}`;
    });
  const pattern = parts.length > 0 ? new RegExp(parts.join('|'), 'u') : null;
  if (patternCache.size > 1000) patternCache.clear();
  patternCache.set(key, pattern);
  return pattern;
}

function firstMatchOffsetByWords(text: string, stems: readonly string[]): number | null {
  let offset = 0;
  for (const part of text.split(TOKENS)) {
    if (WORD.test(part) && matchesStem(part, stems)) return offset;
    offset += part.length;
  }
  return null;
}
