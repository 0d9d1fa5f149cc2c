import type { LearnedPhrase } from '@bsc/domain';
import { formatDate } from '../../ui/format-date';
import { learningMessages as m } from './messages';

/** How often, by whom and when a phrase was used: "2× genutzt", "von 2 Mitarbeitenden an 2 Tagen", "zuletzt 03.03.2026". */
export function phraseFacts(phrase: Pick<LearnedPhrase, 'count' | 'agents' | 'days' | 'lastSeen'>): string[] {
  return [m.used(phrase.count), m.by(phrase.agents, phrase.days), m.lastSeen(formatDate(phrase.lastSeen))];
}

/** Whether the phrase is already one of the keywords (compared as the server does: trimmed, any case). */
export function isKeyword(keywords: readonly string[], phrase: string): boolean {
  const wanted = phrase.trim().toLowerCase();
  return keywords.some((keyword) => keyword.trim().toLowerCase() === wanted);
}
