import { describe, expect, it } from '@jest/globals';
import { copiesFor, indexDefinitionIn } from './ranking-at-scale';

describe(copiesFor.name, () => {
  it('copies the base often enough to reach the target', () => {
    expect(copiesFor(10_287, 100_000)).toBe(10);
    expect(copiesFor(10_000, 100_000)).toBe(10);
    expect(copiesFor(1_287, 10_000)).toBe(8);
    expect(copiesFor(200_000, 100_000)).toBe(1);
  });

  it('refuses an empty base', () => {
    expect(() => copiesFor(0, 100)).toThrow('no published articles');
  });
});

describe(indexDefinitionIn.name, () => {
  it('points an index of a public table at the same table in the schema', () => {
    expect(
      indexDefinitionIn(
        'bench_scale',
        'CREATE INDEX search_postings_impact_idx ON public.search_postings USING btree (lexeme, impact DESC) INCLUDE (article_id)',
      ),
    ).toBe('CREATE INDEX search_postings_impact_idx ON bench_scale.search_postings USING btree (lexeme, impact DESC) INCLUDE (article_id)');
    expect(indexDefinitionIn('s', 'CREATE UNIQUE INDEX articles_pkey ON public.articles USING btree (id)')).toBe(
      'CREATE UNIQUE INDEX articles_pkey ON s.articles USING btree (id)',
    );
  });

  it('refuses a definition it cannot move', () => {
    expect(() => indexDefinitionIn('s', 'CREATE INDEX x ON other.t USING btree (a)')).toThrow('not an index on a table in public');
  });
});
