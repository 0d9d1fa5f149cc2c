/**
 * The fields BM25F ranks, in the order of the per-field arrays stored in search_postings.tf and
 * search_documents.field_lengths. Appending a field needs a reindex; reordering would corrupt them.
 */
export const RANKING_FIELDS = ['title', 'keywords', 'summary', 'documents', 'body', 'fees', 'learned'] as const;
/** One ranked field of an article. */
export type RankingField = (typeof RANKING_FIELDS)[number];

/**
 * Parameters of the fused ranking (search-config/ranking.json). Each value and the
 * cross-validation that chose it are documented in search-config/README.md.
 */
export interface RankingParams {
  /** BM25F weight of a term occurrence per field. */
  fieldWeights: Record<RankingField, number>;
  /** Term-frequency saturation. */
  k1: number;
  /** Field-length normalisation (0 none … 1 full). */
  b: number;
  /** Query weight of a compound part relative to the citizen's word (1). */
  partWeight: number;
  /** Query weight of the nearest corpus word standing in for a word the corpus does not know. */
  typoWeight: number;
  /** pg_trgm similarity a stand-in must reach. */
  typoMinSimilarity: number;
  /** Query weight of a thesaurus term (search-config/synonyms.json, admins' synonyms). */
  synonymWeight: number;
  /**
   * Query weight, shared by all of them, of the general thesaurus's related words (german-
   * thesaurus.txt) that stand in for a citizen's word no article contains; 0 = off.
   */
  relatedWeight: number;
  /** Postings read per query lexeme, highest impact first (impact-ordered early termination). */
  postingsPerTerm: number;
  /** Candidates each side contributes to the fusion. */
  candidates: number;
  /**
   * Weights of the max-normalised BM25F score, Meilisearch's _rankingScore and the candidate's
   * answer coverage (answer-confidence.ts: how much of the query the article is about).
   */
  fusion: { bm25f: number; meilisearch: number; coverage: number };
  /** Coverage of the query the best hit must reach to count as an answer. */
  answerThreshold: number;
  /** Consecutive words the coverage is measured over (best window; 0 = the whole query). */
  answerWindow: number;
  /**
   * Share of a word's importance dropped from the coverage's denominator when the best hit has
   * no evidence for it at all (answer-confidence.ts); 0 = every word counts fully.
   */
  answerUntouchedDiscount: number;
  /**
   * Most a word counts towards the coverage when the best hit has it only in its body, documents
   * or fees, not in what it is about (bm25f-query.ts ABOUT_FIELDS); 1 = no cap.
   */
  answerPassingCredit: number;
  /** Weight of a word known only as a verb, adjective or adverb in the coverage (answer-confidence.ts); 1 = as a noun. */
  answerNonNounWeight: number;
  /** Least credit of a typo stand-in (answer-confidence.ts); 0 = its trigram similarity alone. */
  answerTypoFloor: number;
}

/** How the answer confidence is measured (answer-confidence.ts). */
export interface AnswerRule {
  /** Consecutive words measured (the best run); 0 = the whole query. */
  window: number;
  /** Share of an untouched word's importance left out of the denominator, in [0, 1]. */
  untouchedDiscount: number;
  /** Most a word found only in passing (not in an ABOUT_FIELDS field) is credited, in [0, 1]. */
  passingCredit: number;
  /** Factor on the importance of a word known only as a verb, adjective or adverb, in [0, 1]. */
  nonNounWeight: number;
  /** Least credit of a typo stand-in within the edits Meilisearch tolerates, in [0, 1]; 0 = its similarity. */
  typoFloor: number;
}

/** The answer rule the parameters describe. */
export function answerRule(params: RankingParams): AnswerRule {
  return {
    window: params.answerWindow,
    untouchedDiscount: params.answerUntouchedDiscount,
    passingCredit: params.answerPassingCredit,
    nonNounWeight: params.answerNonNounWeight,
    typoFloor: params.answerTypoFloor,
  };
}

/** The parameters that change stored impacts (a change means recomputing every posting). */
export function impactParams(params: RankingParams): { weights: number[]; k1: number; b: number } {
  return { weights: RANKING_FIELDS.map((field) => params.fieldWeights[field]), k1: params.k1, b: params.b };
}

/** Validates search-config/ranking.json; a wrong file stops the start with a clear message. */
export function parseRankingParams(json: unknown): RankingParams {
  const source = record(json, 'ranking.json');
  const weights = record(source.fieldWeights, 'fieldWeights');
  const fusion = record(source.fusion, 'fusion');
  const weight = (field: RankingField) => num(weights[field], `fieldWeights.${field}`);
  return {
    fieldWeights: {
      title: weight('title'),
      keywords: weight('keywords'),
      summary: weight('summary'),
      documents: weight('documents'),
      body: weight('body'),
      fees: weight('fees'),
      learned: weight('learned'),
    },
    k1: num(source.k1, 'k1'),
    b: num(source.b, 'b', 1),
    partWeight: num(source.partWeight, 'partWeight'),
    typoWeight: num(source.typoWeight, 'typoWeight'),
    typoMinSimilarity: num(source.typoMinSimilarity, 'typoMinSimilarity', 1),
    synonymWeight: num(source.synonymWeight, 'synonymWeight'),
    relatedWeight: num(source.relatedWeight ?? 0, 'relatedWeight'),
    postingsPerTerm: Math.round(num(source.postingsPerTerm, 'postingsPerTerm', 1_000_000)),
    candidates: Math.round(num(source.candidates, 'candidates', 1000)),
    fusion: {
      bm25f: num(fusion.bm25f, 'fusion.bm25f'),
      meilisearch: num(fusion.meilisearch, 'fusion.meilisearch'),
      coverage: num(fusion.coverage ?? 0, 'fusion.coverage'),
    },
    answerThreshold: num(source.answerThreshold, 'answerThreshold', 1),
    answerWindow: Math.round(num(source.answerWindow ?? 0, 'answerWindow', 20)),
    answerUntouchedDiscount: num(source.answerUntouchedDiscount ?? 0, 'answerUntouchedDiscount', 1),
    answerPassingCredit: num(source.answerPassingCredit ?? 1, 'answerPassingCredit', 1),
    answerNonNounWeight: num(source.answerNonNounWeight ?? 1, 'answerNonNounWeight', 1),
    answerTypoFloor: num(source.answerTypoFloor ?? 0, 'answerTypoFloor', 1),
  };
}

function record(value: unknown, name: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`search-config: ${name} must be an object`);
  return Object.fromEntries(Object.entries(value));
}

function num(value: unknown, name: string, max = 1000): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > max)
    throw new Error(`search-config/ranking.json: ${name} must be a number between 0 and ${max}`);
  return value;
}
