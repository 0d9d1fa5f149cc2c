/** URL schemes a link in an article may use; everything else (javascript:, data:, relative) is refused. */
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'] as const;

// Browsers ignore ASCII control characters and whitespace inside a scheme ("java\tscript:"),
// so they are removed before the scheme is read. Zero-width and BOM characters are dropped too.
const IGNORED_IN_SCHEME = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** The lower-cased scheme of a URL as a browser would read it ("https:"), or null when it has none. */
export function urlScheme(href: string): string | null {
  const match = SCHEME.exec(href.replace(IGNORED_IN_SCHEME, ''));
  return match ? `${match[1].toLowerCase()}:` : null;
}

/** Whether a link target is an absolute http(s), mailto or tel URL. */
export function isSafeLinkHref(href: string): boolean {
  const scheme = urlScheme(href);
  return scheme !== null && (SAFE_LINK_PROTOCOLS as readonly string[]).includes(scheme);
}
