import type { SearchSignal, SignalOutcome } from '@bsc/domain';
import { isTypingTarget } from '../../ui/typing-target';
import { learningMessages as m } from './messages';

/** The agent's verdict on an answer. */
export type Verdict = Extract<SearchSignal, 'helpful' | 'not_helpful'>;

/** The key for "Hat geholfen" (shown on the button); 1–5, Enter, "/" and Ctrl+K belong to others. */
export const HELPFUL_KEY = 'h';

/** Whether a keydown means "Hat geholfen": h without modifiers (Shift aside), outside text fields. */
export function isHelpfulKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || isTypingTarget(event.target)) return false;
  return event.key.toLowerCase() === HELPFUL_KEY;
}

/** The thanks after a verdict was taken; learning switched off promises nothing. */
export function verdictThanks(verdict: Verdict, outcome: SignalOutcome): string {
  return verdict === 'helpful' && outcome !== 'learning_off' ? m.thanksLearning : m.thanks;
}
