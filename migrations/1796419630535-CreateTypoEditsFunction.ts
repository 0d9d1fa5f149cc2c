import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `typo_edits(a, b)`: the optimal-string-alignment distance (insertions, deletions,
 * substitutions and swapped neighbours each count one edit) between a citizen's word and a
 * corpus word. The BM25F typo stand-in must be within the edits Meilisearch tolerates (one edit
 * from 5 letters, two from 9): trigram similarity alone let "Nachbar" stand in for "nach",
 * "bisschen" for "biometrisches" and "Elterngeld" for "Eltern" (apps/api/src/search/ranking/bm25f-query.ts).
 * Returns early with the length difference when that alone exceeds two edits.
 */
export class CreateTypoEditsFunction1796419630535 implements MigrationInterface {
  name = 'CreateTypoEditsFunction1796419630535';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION typo_edits(a text, b text) RETURNS integer
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
      DECLARE
        la integer := char_length(a);
        lb integer := char_length(b);
        before_prev integer[];
        prev integer[];
        cur integer[];
        value integer;
      BEGIN
        IF abs(la - lb) > 2 THEN RETURN abs(la - lb); END IF;
        prev := ARRAY(SELECT generate_series(0, lb));
        FOR i IN 1..la LOOP
          cur := array_fill(0, ARRAY[lb + 1]);
          cur[1] := i;
          FOR j IN 1..lb LOOP
            value := least(prev[j + 1] + 1, cur[j] + 1, prev[j] + CASE WHEN substr(a, i, 1) = substr(b, j, 1) THEN 0 ELSE 1 END);
            IF i > 1 AND j > 1 AND substr(a, i, 1) = substr(b, j - 1, 1) AND substr(a, i - 1, 1) = substr(b, j, 1) THEN
              value := least(value, before_prev[j - 1] + 1);
            END IF;
            cur[j + 1] := value;
          END LOOP;
          before_prev := prev;
          prev := cur;
        END LOOP;
        RETURN prev[lb + 1];
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION typo_edits(text, text)`);
  }
}
