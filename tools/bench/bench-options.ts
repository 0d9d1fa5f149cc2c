/** Command-line options of `npm run bench -- …`. */
export interface BenchOptions {
  /** Rewrite the generated block of the README's "Performance" section. */
  updateReadme: boolean;
  /** Profile the API even when every target is met. */
  profile: boolean;
  /** Smaller sizes for trying the bench out (not for the README). */
  quick: boolean;
  corpusSize: number;
  publishCount: number;
  loadSeconds: number;
  /** Passes over the query set per round at c=1 and c=8. */
  passes: { c1: number; c8: number };
  /** Articles of the corpus the PostgreSQL ranking alone is measured on, and passes over the queries. */
  scale: { articles: number; passes: number };
  /** Passes over the queries while Meilisearch is frozen. */
  frozenPasses: number;
  agents: number;
  authors: number;
  profileSeconds: number;
}

/** Parses `--update-readme`, `--profile`, `--quick`. */
export function parseBenchOptions(args: string[]): BenchOptions {
  const known = new Set(['--update-readme', '--profile', '--quick']);
  const unknown = args.filter((a) => !known.has(a));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(' ')} (known: ${[...known].join(', ')})`);
  const quick = args.includes('--quick');
  return {
    updateReadme: args.includes('--update-readme'),
    profile: args.includes('--profile'),
    quick,
    corpusSize: quick ? 1_000 : 10_000,
    publishCount: quick ? 20 : 100,
    loadSeconds: quick ? 10 : 60,
    passes: quick ? { c1: 1, c8: 2 } : { c1: 3, c8: 8 },
    // --quick: a 10k copy instead of 100k (the target is judged at 100k only).
    scale: quick ? { articles: 10_000, passes: 1 } : { articles: 100_000, passes: 3 },
    frozenPasses: quick ? 1 : 3,
    agents: 32,
    authors: 4,
    profileSeconds: quick ? 5 : 15,
  };
}
