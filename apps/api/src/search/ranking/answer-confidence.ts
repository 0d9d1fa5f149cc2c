import type { Bm25fResult, RankTerm } from './bm25f-query';
import type { AnswerRule } from './ranking-params';

export type { AnswerRule };

export const WHOLE_QUERY: AnswerRule = { window: 0, untouchedDiscount: 0, passingCredit: 1, nonNounWeight: 1, typoFloor: 0 };

/** The query as the confidence reads it (query-terms.ts RankingQuery). */
export interface CoverageQuery {
  /** Every term with the compound it belongs to (before BM25F's one-term-per-lexeme merge). */
  evidence: readonly RankTerm[];
  /** Per word: known only as a verb, adjective or adverb; absent = all nouns. */
  nonNoun?: readonly boolean[];
  /** What all parts of a compound found are worth (the query weight of a part). */
  partWeight: number;
}

/**
 * How much of the query an article answers, in [0, 1]: the idf-weighted share of the
 * citizen's words it matches. Each word is credited with its best evidence, scaled by how
 * strongly it matched (a title match counts fully, a mention in the body less):
 *  - the word itself, or what an article learned for it (its learned twin, query-terms.ts);
 *  - a thesaurus term for it (curated equivalents count fully);
 *  - its compound parts, by the share of the parts found times the parts' query weight: parts
 *    of a compound the corpus does not know are weak evidence ("Elterngeld" is not answered by
 *    an article on parents and one on fees; measured: crediting found parts fully raised the
 *    confidence of uncovered concerns such as "Familiengeld beantragen" to 0.82). The same holds
 *    for the parts of a thesaurus term and for learned twins of parts: until 2026-12-07 they
 *    counted as the whole term, so "Wohngeld" (thesaurus: "Mietbeihilfe") was answered by an
 *    article on "Beihilfe";
 *  - the typo stand-in, by its trigram similarity to the word, at least `typoFloor` (the
 *    stand-in is within the edits Meilisearch tolerates: one edit in "Wohäung" leaves a trigram
 *    similarity of 0.4 to "Wohnung");
 *  - related words of the general thesaurus (a word no article contains), by the query weight of
 *    the ones found: they share `relatedWeight`, so "Drahtesel" found as "Fahrrad" is weaker
 *    evidence than the citizen's own word, and a word of many senses is weaker still.
 * A word no article contains keeps its full importance, so "Wohngeld beantragen" against a
 * corpus without Wohngeld stays low however well "beantragen" matches.
 *
 * `window` > 0 takes the best share over that many consecutive words instead of the whole
 * query: a caller's concern is a few adjacent words inside a sentence of opening and closing
 * words ("Hallo, mein Nachbar meinte … Führerschein umschreiben, was kostet das?"), and words
 * around it that no article needs dilute the share of a query that is answered. 0 = all words.
 * The window size is chosen by cross-validation (search-config/README.md).
 *
 * `untouchedDiscount` separates two kinds of missing evidence. A word the best hit has no
 * evidence for at all is often the caller's own ("mein Name ist Huber", "mein Nachbar meinte"),
 * while a word it matches only weakly — a few compound parts, a body mention — is the concern
 * the article does not answer ("Elterngeld" against an article on parents). Leaving part of an
 * untouched word's importance out of the denominator tells them apart. Measured by
 * cross-validation (search-config/README.md): unanswerable concerns recognised 0.47 → 0.64 at
 * the same ≤ 5 % wrongly unanswered; the discount is chosen there, as is the threshold.
 *
 * `passingCredit` < 1 caps a word the article has only in passing — in its body, documents or
 * fees, not in its title, keywords, short answer or learned phrases (`about`) — at that credit:
 * "Wohngeld" in a list of benefits another service accepts as proof does not make that service
 * the answer to "Wohngeld beantragen". Chosen by cross-validation like the discount.
 *
 * `nonNounWeight` < 1 weighs a word known only as a verb, adjective or adverb ("beantragen",
 * "abholen", "neue") less than the nouns: German names a concern by a noun and says what to do
 * with it by a verb, so "Sperrmüll abholen lassen" is not answered by "Fundsache abholen" because
 * of "abholen". Chosen by cross-validation like the discount.
 */
export function answerCoverage(
  query: CoverageQuery,
  bm25f: Pick<Bm25fResult, 'importance' | 'standIns'>,
  matched: ReadonlyMap<string, number>,
  rule: AnswerRule = WHOLE_QUERY,
  about?: ReadonlySet<string>,
): number {
  const importance = bm25f.importance.map((idf, i) => (query.nonNoun?.[i] ? idf * rule.nonNounWeight : idf));
  const credit = wordCredits(query.evidence, query.partWeight, bm25f, strengthOf(matched, about, rule.passingCredit), rule.typoFloor);
  const size = rule.window > 0 ? Math.min(rule.window, importance.length) : importance.length;
  let best = 0;
  for (let start = 0; start + size <= importance.length; start++) {
    let total = 0;
    let covered = 0;
    for (let i = start; i < start + size; i++) {
      total += importance[i] * (credit[i] > 0 ? 1 : 1 - rule.untouchedDiscount);
      covered += importance[i] * credit[i];
    }
    if (total > 0) best = Math.max(best, covered / total);
  }
  return best;
}

/** How strongly a lexeme matched, in [0, 1] (0: not at all). */
type Strength = (lexeme: string) => number;

/**
 * The match strengths, a match the article has only in passing (not in `about`: body, documents,
 * fees) capped at `passingCredit`. Without `about` every match counts as what the article is about.
 */
function strengthOf(matched: ReadonlyMap<string, number>, about: ReadonlySet<string> | undefined, passingCredit: number): Strength {
  const capped = about !== undefined && passingCredit < 1;
  return (lexeme) => {
    const strength = matched.get(lexeme) ?? 0;
    return capped && !about.has(lexeme) ? Math.min(strength, passingCredit) : strength;
  };
}

/** How well the article answers each of the citizen's words, in [0, 1] (see answerCoverage). */
function wordCredits(
  terms: readonly RankTerm[],
  partWeight: number,
  bm25f: Pick<Bm25fResult, 'importance' | 'standIns'>,
  strength: Strength,
  typoFloor: number,
): number[] {
  return bm25f.importance.map((_, wordIndex) => wordCredit(wordIndex, terms, partWeight, bm25f, strength, typoFloor));
}

function wordCredit(
  wordIndex: number,
  terms: readonly RankTerm[],
  partWeight: number,
  bm25f: Pick<Bm25fResult, 'standIns'>,
  strength: Strength,
  typoFloor: number,
): number {
  const own = terms.filter((t) => t.wordIndex === wordIndex);
  const evidence = own.filter((t) => t.source !== 'related');
  // The word, a thesaurus term or what an article learned for either: whole terms count fully.
  const direct = Math.max(0, ...evidence.filter((t) => t.partOf === undefined).map((t) => strength(t.lexeme)));
  // Parts count only together, per compound (the word's own, a thesaurus term's, their learned
  // twins): "Mietbeihilfe" for "Wohngeld" is not found by an article on "Beihilfe" alone.
  const compounds = new Map<string, Set<string>>();
  for (const { partOf, lexeme } of evidence)
    if (partOf !== undefined) compounds.set(partOf, (compounds.get(partOf) ?? new Set()).add(lexeme));
  const partShare = Math.max(
    0,
    ...[...compounds.values()].map((parts) => (partWeight * [...parts].reduce((sum, lexeme) => sum + strength(lexeme), 0)) / parts.size),
  );
  const typo = Math.max(
    0,
    ...bm25f.standIns.filter((s) => s.wordIndex === wordIndex).map((s) => Math.max(s.similarity, typoFloor) * strength(s.lexeme)),
  );
  const related = own.filter((t) => t.source === 'related').reduce((sum, t) => sum + t.weight * strength(t.lexeme), 0);
  return Math.min(1, Math.max(direct, partShare, typo, related));
}
