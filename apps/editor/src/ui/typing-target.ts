// Radio buttons, checkboxes and buttons take no text: a shortcut pressed on them stays a shortcut
// (the channel picker of the outcome bar must not swallow the outcome keys 1–5).
const KEYLESS_INPUTS = new Set(['radio', 'checkbox', 'button', 'submit', 'reset']);

/** Whether a key pressed here is typing (text fields, selects, editors), not a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !KEYLESS_INPUTS.has(target.type);
  return target.isContentEditable || ['TEXTAREA', 'SELECT'].includes(target.tagName);
}
