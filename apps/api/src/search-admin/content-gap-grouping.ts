import type { ContentGap } from '@bsc/domain';

/** One search that found no answer or led to no opened article, as its meaningful words. */
export interface GapSearch {
  query: string;
  words: string[];
  answered: boolean;
  at: Date;
}

/** Groups shown at most. */
const MAX_GAPS = 50;
const MAX_EXAMPLES = 3;

/**
 * Groups gap searches by the word they share. Greedy: the word with the largest count × idf
 * names the next group and takes every search containing it, then the rest is grouped again.
 * idf keeps "beantragen" (in half the catalogue) from swallowing "Wohngeld beantragen" and
 * "Kita beantragen" into one group; a word no article contains has the highest idf.
 * `idf(word)` comes from the corpus; `ignored` words never name a group.
 */
export function groupContentGaps(
  searches: readonly GapSearch[],
  idf: (word: string) => number,
  ignored: ReadonlySet<string>,
): ContentGap[] {
  let rest = searches.filter((s) => s.words.length > 0);
  const gaps: ContentGap[] = [];
  while (rest.length > 0 && gaps.length < MAX_GAPS) {
    const counts = new Map<string, number>();
    for (const search of rest)
      for (const word of new Set(search.words)) if (!ignored.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
    let term = '';
    let best = 0;
    for (const [word, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const score = count * idf(word);
      if (score > best) [term, best] = [word, score];
    }
    if (!term) break;
    const group = rest.filter((s) => s.words.includes(term));
    rest = rest.filter((s) => !s.words.includes(term));
    gaps.push(toGap(term, group));
  }
  return gaps.sort((a, b) => b.searches - a.searches || (a.term < b.term ? -1 : 1));
}

function toGap(term: string, group: readonly GapSearch[]): ContentGap {
  const together = new Map<string, number>();
  for (const search of group)
    for (const word of new Set(search.words)) if (word !== term) together.set(word, (together.get(word) ?? 0) + 1);
  const companions = [...together]
    .filter(([, n]) => n * 2 >= group.length && group.length > 1)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .map(([word]) => word);
  const phrasings = new Map<string, number>();
  for (const search of group) phrasings.set(search.query, (phrasings.get(search.query) ?? 0) + 1);
  return {
    term,
    terms: [term, ...companions],
    searches: group.length,
    unanswered: group.filter((s) => !s.answered).length,
    lastSeen: new Date(Math.max(...group.map((s) => s.at.getTime()))).toISOString(),
    examples: [...phrasings]
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .slice(0, MAX_EXAMPLES)
      .map(([query]) => query),
  };
}
