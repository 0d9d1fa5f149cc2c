import fc from 'fast-check';
import type { RouteInfo } from '../route-table';
import { materialize, mutate } from './body-shape';
import { defaultParam, routeTemplates, type FuzzFixture, type RouteTemplate } from './body-templates';
import { HOSTILE_TOKENS } from './hostile-values';
import { HOSTILE_PATH_VALUES, RAW_BODIES } from './raw-requests';

/** One malformed request. */
export interface FuzzCase {
  route: string;
  label: string;
  method: string;
  path: string;
  body?: string;
  contentType?: string;
  headers?: Record<string, string>;
}

/**
 * The malformed requests of a fuzz run. `systematic` enumerates what must always be tried (every
 * raw body and hostile path value on every write route, the fixed generic bodies, every
 * single-point mutation of every template): they run as fast-check examples, all of them on every
 * run. `random` draws what an enumeration cannot hold (junk keys and values, truncation points),
 * `randomRuns` times; a failure among them is shrunk to a minimal request.
 */
export interface FuzzPlan {
  systematic: FuzzCase[];
  random: fc.Arbitrary<FuzzCase>;
  randomRuns: number;
}

/** The seed of every fuzz run: the same random cases each time; fast-check prints it with a failure. */
export const FUZZ_SEED = 20261125;

// Per write route with a body: random-key bodies; per template: truncations of its valid JSON.
const RANDOM_KEY_CASES_PER_ROUTE = 8;
const TRUNCATIONS_PER_TEMPLATE = 6;

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The plan for every write route of the table. */
export function buildFuzzPlan(routes: RouteInfo[], fixture: FuzzFixture): FuzzPlan {
  const templates = routeTemplates(fixture);
  const targets = routes.filter((route) => WRITE_METHODS.has(route.method)).map((route) => target(route, templates[route.key], fixture));
  const randomArbitraries = targets
    .filter((t) => t.route.takesBody)
    .flatMap((t) => [
      { arbitrary: randomKeyCase(t), weight: RANDOM_KEY_CASES_PER_ROUTE },
      ...(t.validBody && t.validBody.length > 1 ? [{ arbitrary: truncatedCase(t, t.validBody), weight: TRUNCATIONS_PER_TEMPLATE }] : []),
    ]);
  return {
    systematic: targets.flatMap(systematicCases),
    random: fc.oneof(...randomArbitraries),
    randomRuns: randomArbitraries.reduce((sum, { weight }) => sum + weight, 0),
  };
}

/** The random cases of a run, as fast-check draws them with the seed (for the coverage checks). */
export function sampleRandomCases(plan: FuzzPlan): FuzzCase[] {
  return fc.sample(plan.random, { seed: FUZZ_SEED, numRuns: plan.randomRuns });
}

/** Write routes with a body that have no template yet (they get the generic inputs only). */
export function writeRoutesWithoutTemplate(routes: RouteInfo[], fixture: FuzzFixture): string[] {
  const templates = routeTemplates(fixture);
  return routes.filter((r) => WRITE_METHODS.has(r.method) && r.takesBody && !templates[r.key]).map((r) => r.key);
}

/** A write route with its path filled with fixture ids and, where it has a template, its valid body. */
interface Target {
  route: RouteInfo;
  template?: RouteTemplate;
  params: Record<string, string>;
  path: string;
  validBody?: string;
}

function target(route: RouteInfo, template: RouteTemplate | undefined, fixture: FuzzFixture): Target {
  const params = Object.fromEntries(route.params.map((p) => [p, template?.params?.[p] ?? defaultParam(route.path, p, fixture)]));
  const validBody = template ? JSON.stringify(materialize(template.body)) : undefined;
  return { route, template, params, path: fillPath(route.path, params), validBody };
}

function systematicCases({ route, template, params, path, validBody }: Target): FuzzCase[] {
  const base = { route: route.key, method: route.method };
  const cases: FuzzCase[] = RAW_BODIES.map((raw) => fuzzCase({ ...base, path, ...raw, label: `raw: ${raw.label}` }));
  for (const param of route.params) {
    for (const value of HOSTILE_PATH_VALUES) {
      cases.push(
        fuzzCase({
          ...base,
          label: `param ${param} = ${value.slice(0, 30)}`,
          path: fillPath(route.path, { ...params, [param]: value }),
          body: validBody,
        }),
      );
    }
  }
  if (!route.takesBody) return cases;
  const bodies = [
    ...GENERIC_BODIES,
    ...(template ? mutate(template.body).map(({ label, body }) => ({ label, body: JSON.stringify(body) })) : []),
  ];
  return [...cases, ...bodies.map(({ label, body }) => fuzzCase({ ...base, path, label, body }))];
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => params[name]);
}

/** Bodies no DTO accepts: wrong root types, unknown keys (the pipe forbids them). */
const GENERIC_BODIES = [[], [1, 2, 3], [{}], { unexpected: 1 }, { isAdmin: true, roles: ['admin'] }, { $where: '1 == 1' }, { '': '' }].map(
  (value) => ({ label: `generic: ${JSON.stringify(value)}`, body: JSON.stringify(value) }),
);

/** Code points biased towards the troublesome ones: each range is as likely as plain ASCII. */
const JUNK_RANGES: [number, number][] = [
  [0x20, 0x7e], // ASCII
  [0x01, 0x1f], // control characters
  [0x202a, 0x202e], // bidi embeddings and overrides
  [0x200b, 0x200f], // zero-width characters and direction marks
  [0x0300, 0x036f], // combining marks
  [0xff01, 0xff5e], // full-width forms
  [0x1f600, 0x1f64f], // emoji (astral plane: surrogate pairs)
];
const junkCharacter = fc.oneof(
  ...JUNK_RANGES.map(([from, to]) => fc.integer({ min: from, max: to }).map((code) => String.fromCodePoint(code))),
);
const junk = (minLength: number, maxLength: number) => fc.string({ unit: junkCharacter, minLength, maxLength });

/** A body with one unknown key (the pipe forbids them) of junk characters and a value of any type. */
function randomKeyCase({ route, path }: Target): fc.Arbitrary<FuzzCase> {
  const value = fc.oneof(
    junk(0, 39),
    fc.integer({ min: 0, max: 999_999 }),
    fc.constant(null),
    fc.tuple(junk(5, 5)),
    junk(3, 3).map((key) => ({ [key]: 1 })),
    fc.constantFrom(...HOSTILE_TOKENS),
  );
  return fc.record({ key: junk(1, 12), value }).map(({ key, value }) =>
    fuzzCase({
      route: route.key,
      method: route.method,
      path,
      label: `random key ${JSON.stringify(`x-${key}`)}`,
      body: JSON.stringify({ [`x-${key}`]: value }),
    }),
  );
}

/** A proper prefix of a valid body's JSON text: malformed, the closing brace is missing. */
function truncatedCase({ route, path }: Target, validBody: string): fc.Arbitrary<FuzzCase> {
  return fc
    .integer({ min: 1, max: validBody.length - 1 })
    .map((cut) => fuzzCase({ route: route.key, method: route.method, path, label: `truncated at ${cut}`, body: validBody.slice(0, cut) }));
}

/**
 * A case that fast-check prints as its route, label and the start of its body: some bodies are
 * 600 KiB, and a failure report should show which request failed, not all of it.
 */
function fuzzCase(value: FuzzCase): FuzzCase {
  return Object.defineProperty(value, fc.toStringMethod, {
    value: () => `${value.method} ${value.path} [${value.label}] ${(value.body ?? '').slice(0, 200)}`,
    enumerable: false,
  });
}
