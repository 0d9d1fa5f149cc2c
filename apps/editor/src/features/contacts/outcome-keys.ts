import { CONTACT_OUTCOMES, type ContactOutcome } from '@bsc/domain';

// Radio buttons and checkboxes take no digits: the channel picker must not swallow the keys.
const KEYLESS_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Whether a key pressed here is typing (text fields, editors), not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The outcome a keydown picks: 1–5 in the order of CONTACT_OUTCOMES, without modifiers and
 * outside text fields (the search box keeps its digits: "Hund 2 anmelden" must stay typeable).
 */
export function outcomeForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ContactOutcome | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  const index = ['1', '2', '3', '4', '5'].indexOf(event.key);
  return index < 0 ? null : CONTACT_OUTCOMES[index];
}
