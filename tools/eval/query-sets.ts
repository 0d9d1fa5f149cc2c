import fs from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '../stack/workspace-root';
import { parseEvalQueries, type EvalQuery } from './metrics';
import { SPOKEN_SEED, spokenVariant } from './spoken-variant';
import { TYPO_SEED, typoVariant } from './typo-variant';

/** The query sets of `npm run eval:search`. */
export const QUERY_SET_NAMES = ['dev', 'holdout', 'typo', 'spoken', 'unanswerable', 'unanswerable-spoken'] as const;
/** Name of one query set. */
export type QuerySetName = (typeof QUERY_SET_NAMES)[number];

/** A named query set and where it comes from. */
export interface QuerySet {
  name: QuerySetName;
  /** How the report names the set, e.g. "dev-queries.json, Tippfehler (Seed 20261211)". */
  source: string;
  queries: EvalQuery[];
  /** false: the corpus covers none of the concerns; the search should say it has no answer. */
  answerable: boolean;
}

/** Where the files behind the sets live. */
export interface QuerySetFiles {
  dev: string;
  holdout: string;
  unanswerable: string;
}

/** The default files: the dev set beside the checkout (../shared), the others in tools/eval. */
export function defaultQuerySetFiles(root = workspaceRoot(__dirname)): QuerySetFiles {
  return {
    dev: path.resolve(root, '..', 'shared', 'eval', 'dev-queries.json'),
    holdout: path.join(root, 'tools', 'eval', 'holdout-queries.json'),
    unanswerable: path.join(root, 'tools', 'eval', 'unanswerable-queries.json'),
  };
}

/** Reads a query file (`{ "queries": [ { "q", "relevant" } ] }`); a missing file is a clear error. */
export function readQueryFile(file: string): EvalQuery[] {
  if (!fs.existsSync(file)) throw new Error(`Anfragedatei nicht gefunden: ${file}`);
  // A byte order mark (as some editors save JSON) is not part of the JSON text.
  return parseEvalQueries(JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
}

/**
 * Every named set: dev, holdout, the typo and spoken variants generated from dev (fixed seeds),
 * the unanswerable concerns and their spoken variant (a long phrasing must not turn an uncovered
 * concern into an answer because its filler words match something). For `npm run eval:search` and for tools that tune on some sets
 * and test on others (cross-validation).
 */
export function loadQuerySets(files: QuerySetFiles = defaultQuerySetFiles()): QuerySet[] {
  const dev = readQueryFile(files.dev);
  const devName = path.basename(files.dev);
  const unanswerable = readQueryFile(files.unanswerable);
  const unanswerableName = path.basename(files.unanswerable);
  return [
    { name: 'dev', source: devName, queries: dev, answerable: true },
    { name: 'holdout', source: path.basename(files.holdout), queries: readQueryFile(files.holdout), answerable: true },
    { name: 'typo', source: `${devName}, Tippfehler (Seed ${TYPO_SEED})`, queries: typoVariant(dev), answerable: true },
    { name: 'spoken', source: `${devName}, am Telefon (Seed ${SPOKEN_SEED})`, queries: spokenVariant(dev), answerable: true },
    { name: 'unanswerable', source: unanswerableName, queries: unanswerable, answerable: false },
    {
      name: 'unanswerable-spoken',
      source: `${unanswerableName}, am Telefon (Seed ${SPOKEN_SEED})`,
      queries: spokenVariant(unanswerable),
      answerable: false,
    },
  ];
}

/** The set of this name from loadQuerySets(). */
export function querySet(sets: readonly QuerySet[], name: QuerySetName): QuerySet {
  const found = sets.find((set) => set.name === name);
  if (!found) throw new Error(`Anfragemenge ${name} fehlt`);
  return found;
}

/**
 * One service of learning-paraphrases.json: three callers' colloquial phrasings of its concern,
 * written by hand (`a` and `b` share no content word; `c` independently).
 */
export interface Paraphrase {
  relevant: string[];
  a: string;
  b: string;
  c: string;
}

/** tools/eval/learning-paraphrases.json */
export function paraphraseFile(root = workspaceRoot(__dirname)): string {
  return path.join(root, 'tools', 'eval', 'learning-paraphrases.json');
}

/** Reads learning-paraphrases.json; a malformed entry is a clear error. */
export function readParaphrases(file: string): Paraphrase[] {
  const json: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
  const services = typeof json === 'object' && json !== null ? Reflect.get(json, 'services') : undefined;
  if (!Array.isArray(services)) throw new Error(`${file}: "services" fehlt`);
  return services.map((entry: unknown, i) => {
    const field = (name: string): unknown => (typeof entry === 'object' && entry !== null ? Reflect.get(entry, name) : undefined);
    const [relevant, a, b, c] = [field('relevant'), field('a'), field('b'), field('c')];
    if (
      !Array.isArray(relevant) ||
      !relevant.every((r) => typeof r === 'string') ||
      typeof a !== 'string' ||
      typeof b !== 'string' ||
      typeof c !== 'string'
    )
      throw new Error(`${file}: Eintrag ${i + 1} braucht relevant[], a, b, c`);
    return { relevant, a, b, c };
  });
}
