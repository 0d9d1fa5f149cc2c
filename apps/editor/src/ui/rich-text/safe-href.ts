// Links in article bodies and link lists come from authors; only the schemes the domain allows
// (http, https, mailto, tel) may become clickable, so a stored "javascript:" or "data:" URL can
// never run in an agent's browser.
import { isSafeLinkHref } from '@bsc/domain';

/** The normalised URL when it is an absolute http(s), mailto or tel URL; otherwise null. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (!trimmed || !isSafeLinkHref(trimmed)) return null;
  try {
    // Re-checked after parsing: the browser navigates to the parsed URL, not to the raw text.
    const url = new URL(trimmed);
    return isSafeLinkHref(url.href) ? url.href : null;
  } catch {
    return null;
  }
}

/** A tel: URL for a phone number as people write it ("07031 663-1234"); null without digits. */
export function telHref(phone: string): string | null {
  const dialable = phone.replace(/[^\d+]/g, '');
  return /\d/.test(dialable) ? `tel:${dialable}` : null;
}
