import type { DldbService } from '../../apps/api/src/import/dldb-format';

/** A concern of unanswerable-queries.json and the words whose absence from the corpus was checked. */
export interface UnanswerableConcern {
  q: string;
  absentTerms: string[];
}

/** A concern that a service of the corpus names after all. */
export interface CoveredConcern {
  q: string;
  term: string;
  serviceId: string;
  serviceTitle: string;
}

/** Reads the absentTerms of unanswerable-queries.json; every entry must name at least one. */
export function parseUnanswerableConcerns(json: unknown): UnanswerableConcern[] {
  const queries = typeof json === 'object' && json !== null && 'queries' in json ? json.queries : null;
  if (!Array.isArray(queries)) throw new Error('unanswerable-queries.json must be { "queries": [ … ] }');
  return queries.map((entry: unknown, i) => {
    const q = typeof entry === 'object' && entry !== null && 'q' in entry ? entry.q : null;
    const terms = typeof entry === 'object' && entry !== null && 'absentTerms' in entry ? entry.absentTerms : null;
    if (typeof q !== 'string' || !Array.isArray(terms) || terms.length === 0 || !terms.every((t) => typeof t === 'string'))
      throw new Error(`Concern ${i + 1} needs "q" and a non-empty "absentTerms" list`);
    return { q, absentTerms: terms.map((t: string) => t.toLowerCase()) };
  });
}

/**
 * The concerns whose absent terms occur in a service's title or keywords: a service that covers
 * a concern names it there. The set is only a fair test while this list is empty, so the
 * evaluation checks it against the corpus it imports, every run.
 */
export function coveredConcerns(
  concerns: readonly UnanswerableConcern[],
  services: readonly Pick<DldbService, 'id' | 'name' | 'keywords'>[],
): CoveredConcern[] {
  const texts = services.map((service) => ({ service, text: `${service.name} ${service.keywords}`.toLowerCase() }));
  return concerns.flatMap((concern) =>
    concern.absentTerms.flatMap((term) =>
      texts
        .filter(({ text }) => text.includes(term))
        .map(({ service }) => ({ q: concern.q, term, serviceId: service.id, serviceTitle: service.name })),
    ),
  );
}
