import { describe, expect, it } from '@jest/globals';
import { parsePostgresLog } from './slow-query';

const LOG = [
  '2026-11-25 17:57:01.100 UTC [4242] LOG:  duration: 64.312 ms  execute <unnamed>: WITH q AS (SELECT websearch_to_tsquery($1) AS tsq)',
  "\t  SELECT id FROM articles WHERE title ILIKE ANY($2::text[]) AND note = 'it''s'",
  "2026-11-25 17:57:01.100 UTC [4242] DETAIL:  Parameters: $1 = 'wohnung or anmelden', $2 = '{%wohnung%,%anmelden%}', $3 = NULL, $4 = 'O''Brien'",
  '2026-11-25 17:57:02.000 UTC [4243] LOG:  duration: 21.5 ms  statement: SELECT 1',
  '2026-11-25 17:57:03.000 UTC [4244] LOG:  checkpoint starting: time',
].join('\n');

describe(parsePostgresLog.name, () => {
  const statements = parsePostgresLog(LOG);

  it('reads multi-line statements with their duration', () => {
    expect(statements.map((s) => s.durationMs)).toEqual([64.312, 21.5]);
    expect(statements[0].sql).toBe(
      "WITH q AS (SELECT websearch_to_tsquery($1) AS tsq)\n\t  SELECT id FROM articles WHERE title ILIKE ANY($2::text[]) AND note = 'it''s'",
    );
    expect(statements[1].sql).toBe('SELECT 1');
  });

  it('reads the parameters in order, NULL as null and doubled quotes unescaped', () => {
    expect(statements[0].params).toEqual(['wohnung or anmelden', '{%wohnung%,%anmelden%}', null, "O'Brien"]);
    expect(statements[1].params).toEqual([]);
  });
});
