// snowball-stemmers 0.6 ships no type declarations; this covers the part the domain uses.
declare module 'snowball-stemmers' {
  /** A Snowball stemmer for one language; expects lower-case words. */
  export interface Stemmer {
    stem(word: string): string;
  }
  /** Creates the stemmer of one algorithm, e.g. "german". */
  export function newStemmer(algorithm: string): Stemmer;
  /** Names of the available algorithms. */
  export function algorithms(): string[];
}
