import type { RouteInfo } from '../route-table';
import { materialize, mutate, type Shape } from './body-shape';
import { defaultParam, routeTemplates, type FuzzFixture, type RouteTemplate } from './body-templates';
import { HOSTILE_TOKENS } from './hostile-values';
import { SeededRandom } from './prng';
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

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Every write route of the table and its malformed inputs, deterministic for a seed. */
export function buildFuzzCases(routes: RouteInfo[], fixture: FuzzFixture, seed: number): FuzzCase[] {
  const random = new SeededRandom(seed);
  const templates = routeTemplates(fixture);
  return routes
    .filter((route) => WRITE_METHODS.has(route.method))
    .flatMap((route) => casesFor(route, templates[route.key], fixture, random));
}

/** Write routes with a body that have no template yet (they get the generic inputs only). */
export function writeRoutesWithoutTemplate(routes: RouteInfo[], fixture: FuzzFixture): string[] {
  const templates = routeTemplates(fixture);
  return routes.filter((r) => WRITE_METHODS.has(r.method) && r.takesBody && !templates[r.key]).map((r) => r.key);
}

function casesFor(route: RouteInfo, template: RouteTemplate | undefined, fixture: FuzzFixture, random: SeededRandom): FuzzCase[] {
  const params = Object.fromEntries(route.params.map((p) => [p, template?.params?.[p] ?? defaultParam(route.path, p, fixture)]));
  const path = fillPath(route.path, params);
  const validBody = template ? JSON.stringify(materialize(template.body)) : undefined;
  const base = { route: route.key, method: route.method };
  const cases: FuzzCase[] = RAW_BODIES.map((raw) => ({ ...base, path, ...raw, label: `raw: ${raw.label}` }));
  for (const param of route.params) {
    for (const value of HOSTILE_PATH_VALUES) {
      cases.push({
        ...base,
        label: `param ${param} = ${value.slice(0, 30)}`,
        path: fillPath(route.path, { ...params, [param]: value }),
        body: validBody,
      });
    }
  }
  if (!route.takesBody) return cases;
  const bodies = [...genericBodies(random), ...(template ? templateBodies(template.body, random) : [])];
  return [...cases, ...bodies.map(({ label, body }) => ({ ...base, path, label, body }))];
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) => params[name]);
}

interface LabelledBody {
  label: string;
  body: string;
}

/** Bodies no DTO accepts: wrong root types, unknown keys (the pipe forbids them), random keys. */
function genericBodies(random: SeededRandom): LabelledBody[] {
  const fixed: unknown[] = [[], [1, 2, 3], [{}], { unexpected: 1 }, { isAdmin: true, roles: ['admin'] }, { $where: '1 == 1' }, { '': '' }];
  const bodies = fixed.map((value) => ({ label: `generic: ${JSON.stringify(value)}`, body: JSON.stringify(value) }));
  for (let i = 0; i < 8; i += 1) {
    const key = `x-${random.junk(1 + random.int(12))}`;
    const value = random.pick<unknown>([
      random.junk(random.int(40)),
      random.int(1e6),
      null,
      [random.junk(5)],
      { [random.junk(3)]: 1 },
      random.pick(HOSTILE_TOKENS),
    ]);
    bodies.push({ label: `random key ${JSON.stringify(key)}`, body: JSON.stringify({ [key]: value }) });
  }
  return bodies;
}

/** Single-point mutations of the template plus truncations of its JSON text. */
function templateBodies(template: Shape, random: SeededRandom): LabelledBody[] {
  const bodies = mutate(template).map(({ label, body }) => ({ label, body: JSON.stringify(body) }));
  // Any proper prefix of an object's JSON text is malformed JSON: the closing brace is missing.
  const valid = JSON.stringify(materialize(template));
  for (let i = 0; i < 6; i += 1) {
    const cut = 1 + random.int(valid.length - 1);
    bodies.push({ label: `truncated at ${cut}`, body: valid.slice(0, cut) });
  }
  return bodies;
}
