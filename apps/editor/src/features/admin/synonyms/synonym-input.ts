// Reads the "add synonyms" form: a term and a comma-separated list of equivalent words.
import { CatalogueLimits } from '@bsc/domain';
import { adminMessages } from '../messages';

const m = adminMessages.synonyms;
// As the API accepts them: anything else would be a different word to the search tokenizer.
const WORD = /^[\p{L}\p{N}][\p{L}\p{N} -]*$/u;

/** The checked request body, or the field errors. */
export type SynonymInput =
  { valid: true; term: string; synonyms: string[] } | { valid: false; errors: Partial<Record<'term' | 'synonyms', string>> };

/** Splits at commas, trims, drops empty and repeated words (ignoring case), keeps first spelling. */
export function splitSynonyms(text: string): string[] {
  const seen = new Set<string>();
  const words: string[] = [];
  for (const word of text.split(',').map((w) => w.trim().replace(/\s+/g, ' '))) {
    const key = word.toLocaleLowerCase('de-DE');
    if (word === '' || seen.has(key)) continue;
    seen.add(key);
    words.push(word);
  }
  return words;
}

function synonymsError(term: string, synonyms: string[]): string | undefined {
  const { synonymTermMax: maxLength, synonymsMax: maxCount } = CatalogueLimits;
  if (synonyms.length === 0) return m.synonymsRequired;
  if (synonyms.length > maxCount) return m.tooMany(maxCount);
  if (synonyms.some((word) => word.length > maxLength)) return m.tooLong(maxLength);
  if (synonyms.some((word) => !WORD.test(word))) return m.invalidChars;
  if (synonyms.some((word) => word.toLocaleLowerCase('de-DE') === term.toLocaleLowerCase('de-DE'))) return m.sameAsTerm;
  return undefined;
}

/** Checks term and list against the shared limits. */
export function readSynonymInput(termText: string, synonymsText: string): SynonymInput {
  const term = termText.trim().replace(/\s+/g, ' ');
  const synonyms = splitSynonyms(synonymsText);
  const errors: Partial<Record<'term' | 'synonyms', string>> = {};
  if (term === '') errors.term = adminMessages.fieldRequired;
  else if (term.length > CatalogueLimits.synonymTermMax) errors.term = m.tooLong(CatalogueLimits.synonymTermMax);
  else if (!WORD.test(term)) errors.term = m.invalidChars;
  const listError = synonymsError(term, synonyms);
  if (listError) errors.synonyms = listError;
  return Object.keys(errors).length > 0 ? { valid: false, errors } : { valid: true, term, synonyms };
}
