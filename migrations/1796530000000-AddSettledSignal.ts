import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A contact settled at first contact with an answer teaches the search too (signal `settled`). */
export class AddSettledSignal1796530000000 implements MigrationInterface {
  name = 'AddSettledSignal1796530000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE search_signals DROP CONSTRAINT search_signals_signal_check`);
    await q.query(
      `ALTER TABLE search_signals ADD CONSTRAINT search_signals_signal_check CHECK (signal IN ('copied', 'printed', 'helpful', 'not_helpful', 'settled'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM search_signals WHERE signal = 'settled'`);
    await q.query(`ALTER TABLE search_signals DROP CONSTRAINT search_signals_signal_check`);
    await q.query(
      `ALTER TABLE search_signals ADD CONSTRAINT search_signals_signal_check CHECK (signal IN ('copied', 'printed', 'helpful', 'not_helpful'))`,
    );
  }
}
