import { CONTACT_OUTCOMES, type ContactOutcome } from '@bsc/domain';
import { isTypingTarget } from '../../ui/typing-target';

/**
 * The outcome a keydown picks: 1–5 in the order of CONTACT_OUTCOMES, without modifiers and
 * outside text fields (the search box keeps its digits: "Hund 2 anmelden" must stay typeable).
 */
export function outcomeForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): ContactOutcome | null {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return null;
  const index = ['1', '2', '3', '4', '5'].indexOf(event.key);
  return index < 0 ? null : CONTACT_OUTCOMES[index];
}
