import { answerCoverage, WHOLE_QUERY } from './answer-confidence';
import type { RankTerm } from './bm25f-query';

const PART_WEIGHT = 0.5;
const term = (lexeme: string, wordIndex: number, source: RankTerm['source'] = 'word'): RankTerm => ({
  lexeme,
  word: lexeme,
  source,
  weight: source === 'word' ? 1 : PART_WEIGHT,
  wordIndex,
  // A part of the citizen's word belongs to the compound of that word.
  ...(source === 'part' ? { partOf: `word ${wordIndex}` } : {}),
});
const matched = (entries: [string, number][]) => new Map(entries);

describe(answerCoverage.name, () => {
  const terms = [term('fuhrerschein', 0), term('umschreib', 1)];

  it('is the idf-weighted share of the words matched, each scaled by how strongly it matched', () => {
    const bm25f = { importance: [3, 1], standIns: [] };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: terms }, bm25f, matched([['fuhrerschein', 1]]))).toBeCloseTo(0.75);
    expect(
      answerCoverage(
        { partWeight: PART_WEIGHT, evidence: terms },
        bm25f,
        matched([
          ['fuhrerschein', 0.5],
          ['umschreib', 1],
        ]),
      ),
    ).toBeCloseTo(0.625);
  });

  it('keeps a word no article contains at full importance ("Wohngeld beantragen" stays low)', () => {
    const q = [term('wohngeld', 0), term('beantrag', 1)];
    expect(
      answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, { importance: [6.3, 0.4], standIns: [] }, matched([['beantrag', 1]])),
    ).toBeLessThan(0.1);
  });

  it("credits a compound by the share of its parts found, at the parts' weight", () => {
    const q = [term('elterngeld', 0), term('eltern', 0, 'part'), term('geld', 0, 'part')];
    const bm25f = { importance: [5], standIns: [] };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['eltern', 1]]))).toBeCloseTo(0.25);
    expect(
      answerCoverage(
        { partWeight: PART_WEIGHT, evidence: q },
        bm25f,
        matched([
          ['eltern', 1],
          ['geld', 1],
        ]),
      ),
    ).toBeCloseTo(0.5);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['elterngeld', 1]]))).toBeCloseTo(1);
  });

  it("credits the parts of a thesaurus term or of a learned twin only together, like the word's own parts", () => {
    // "Wohngeld", thesaurus term "Mietbeihilfe" (miet + beihilf): an article on "Beihilfe" alone.
    const part = (lexeme: string, partOf: string, source: RankTerm['source']): RankTerm => ({ ...term(lexeme, 0, source), partOf });
    const q = {
      evidence: [
        term('wohngeld', 0),
        term('mietbeihilf', 0, 'synonym'),
        part('miet', 'mietbeihilf', 'synonym'),
        part('beihilf', 'mietbeihilf', 'synonym'),
      ],
      partWeight: 0.6,
    };
    const bm25f = { importance: [5], standIns: [] };
    expect(answerCoverage(q, bm25f, matched([['beihilf', 1]]))).toBeCloseTo(0.3);
    expect(answerCoverage(q, bm25f, matched([['mietbeihilf', 1]]))).toBeCloseTo(1);
    const learned = {
      evidence: [term('elterngeld', 0), part('~eltern', '~elterngeld', 'learned'), part('~geld', '~elterngeld', 'learned')],
      partWeight: 0.6,
    };
    expect(answerCoverage(learned, bm25f, matched([['~eltern', 1]]))).toBeCloseTo(0.3);
  });

  it('credits a typo stand-in by its similarity and a thesaurus term fully', () => {
    const q = [term('furerschein', 0), term('personalausweis', 1, 'synonym')];
    const bm25f = { importance: [1, 1], standIns: [{ lexeme: 'fuhrerschein', wordIndex: 0, similarity: 0.6 }] };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['fuhrerschein', 1]]))).toBeCloseTo(0.3);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['personalausweis', 1]]))).toBeCloseTo(0.5);
    // With a floor a stand-in counts at least that much; a better similarity keeps its own.
    const floored = { ...WHOLE_QUERY, typoFloor: 0.75 };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['fuhrerschein', 1]]), floored)).toBeCloseTo(0.375);
    expect(
      answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['fuhrerschein', 1]]), { ...floored, typoFloor: 0.5 }),
    ).toBeCloseTo(0.3);
  });

  it("credits the general thesaurus's related words by their shared query weight", () => {
    const related = (lexeme: string, weight: number): RankTerm => ({ ...term(lexeme, 0, 'related'), weight });
    const q = [term('drahtesel', 0), related('fahrrad', 0.25), related('rad', 0.25)];
    const bm25f = { importance: [1], standIns: [] };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, matched([['fahrrad', 1]]))).toBeCloseTo(0.25);
    // Two senses found add up, never beyond the weight they share.
    expect(
      answerCoverage(
        { partWeight: PART_WEIGHT, evidence: q },
        bm25f,
        matched([
          ['fahrrad', 1],
          ['rad', 0.5],
        ]),
      ),
    ).toBeCloseTo(0.375);
  });

  it('with a window takes the best share over that many consecutive words', () => {
    // "hallo nachbar führerschein umschreiben kosten": the concern is two adjacent words.
    const q = [term('hallo', 0), term('nachbar', 1), term('fuhrerschein', 2), term('umschreib', 3), term('kost', 4)];
    const bm25f = { importance: [1, 2, 3, 1, 1], standIns: [] };
    const hits = matched([
      ['fuhrerschein', 1],
      ['umschreib', 1],
    ]);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits)).toBeCloseTo(4 / 8);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, { ...WHOLE_QUERY, window: 2 })).toBeCloseTo(1);
    // best three: führerschein umschreiben kosten = (3 + 1) / (3 + 1 + 1)
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, { ...WHOLE_QUERY, window: 3 })).toBeCloseTo(4 / 5);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, { ...WHOLE_QUERY, window: 1 })).toBeCloseTo(1);
    // A window wider than the query is the whole query.
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, { ...WHOLE_QUERY, window: 9 })).toBeCloseTo(4 / 8);
  });

  it('with an untouched discount counts a word the hit has no evidence for less than a weakly matched one', () => {
    // "mein Name ist Huber, Führerschein umschreiben": "huber" is the caller's, not the concern.
    const spoken = [term('huber', 0), term('fuhrerschein', 1), term('umschreib', 2)];
    const importance = { importance: [6, 3, 1], standIns: [] };
    const hits = matched([
      ['fuhrerschein', 1],
      ['umschreib', 1],
    ]);
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: spoken }, importance, hits)).toBeCloseTo(4 / 10);
    expect(
      answerCoverage({ partWeight: PART_WEIGHT, evidence: spoken }, importance, hits, { ...WHOLE_QUERY, untouchedDiscount: 0.5 }),
    ).toBeCloseTo(4 / 7);
    // "Elterngeld" matched by one of its parts only is touched: it keeps its full importance.
    const compound = [term('elterngeld', 0), term('eltern', 0, 'part'), term('geld', 0, 'part')];
    const parts = { importance: [5], standIns: [] };
    expect(
      answerCoverage({ partWeight: PART_WEIGHT, evidence: compound }, parts, matched([['eltern', 1]]), {
        ...WHOLE_QUERY,
        untouchedDiscount: 0.5,
      }),
    ).toBeCloseTo(0.25);
    // A query the hit does not touch at all stays at 0, even when every word is discounted.
    expect(
      answerCoverage({ partWeight: PART_WEIGHT, evidence: spoken }, importance, new Map(), { ...WHOLE_QUERY, untouchedDiscount: 1 }),
    ).toBe(0);
  });

  it('caps a word the hit has only in passing (body, documents, fees) at the passing credit', () => {
    // "Wohngeld beantragen" against another service that lists Wohngeld among accepted proofs.
    const q = [term('wohngeld', 0), term('beantrag', 1)];
    const bm25f = { importance: [4, 1], standIns: [] };
    const hits = matched([
      ['wohngeld', 0.8],
      ['beantrag', 1],
    ]);
    const rule = { ...WHOLE_QUERY, passingCredit: 0.25 };
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, rule, new Set(['beantrag']))).toBeCloseTo(
      (4 * 0.25 + 1) / 5,
    );
    // In the title or keywords it counts as found; without the field information nothing is capped.
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, rule, new Set(['beantrag', 'wohngeld']))).toBeCloseTo(
      (4 * 0.8 + 1) / 5,
    );
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q }, bm25f, hits, rule)).toBeCloseTo((4 * 0.8 + 1) / 5);
  });

  it('weighs a word known only as a verb, adjective or adverb by the non-noun weight', () => {
    // "Sperrmüll abholen lassen" against "Fundsache abholen": only the verb is found.
    const q = { partWeight: PART_WEIGHT, evidence: [term('sperrmull', 0), term('abhol', 1)], nonNoun: [false, true] };
    const bm25f = { importance: [3, 1], standIns: [] };
    const hits = matched([['abhol', 1]]);
    const rule = { ...WHOLE_QUERY, nonNounWeight: 0.5 };
    expect(answerCoverage(q, bm25f, hits, rule)).toBeCloseTo(0.5 / 3.5);
    expect(answerCoverage(q, bm25f, hits, { ...rule, nonNounWeight: 1 })).toBeCloseTo(1 / 4);
    // Without word classes every word counts as a noun.
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: q.evidence }, bm25f, hits, rule)).toBeCloseTo(1 / 4);
  });

  it('is 0 for a query without words', () =>
    expect(answerCoverage({ partWeight: PART_WEIGHT, evidence: [] }, { importance: [], standIns: [] }, new Map())).toBe(0));
});
