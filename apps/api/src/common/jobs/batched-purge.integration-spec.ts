import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../database/data-source';
import { createTestDatabase, type TestDatabase } from '../../../testing/test-database';
import { purgeInBatches } from './batched-purge';

// The retention jobs (contacts, search events, usage signals) delete through purgeInBatches; a
// batch of 2 stands in for PURGE_BATCH's 20,000 rows.
describe(purgeInBatches.name, () => {
  let database: TestDatabase;
  let db: DataSource;
  const cutoff = new Date('2030-06-01T00:00:00Z');

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource(dataSourceOptions(database.url));
    await db.initialize();
  });
  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  beforeEach(async () => {
    await db.query(`DELETE FROM search_events`);
    for (const [query, at] of [
      ['a', '2030-01-01'],
      ['b', '2030-02-01'],
      ['c', '2030-03-01'],
      ['d', '2030-04-01'],
      ['e', '2030-05-31'],
      ['kept', '2030-06-01'],
    ]) {
      await db.query(`INSERT INTO search_events (query, result_count, answered, at) VALUES ($1, 1, true, $2)`, [query, at]);
    }
  });

  const left = async () => ((await db.query(`SELECT query FROM search_events ORDER BY query`)) as { query: string }[]).map((r) => r.query);

  it('deletes everything older than the cutoff in batches, auditing each batch', async () => {
    const audited: number[] = [];

    const deleted = await purgeInBatches(db, 'search_events', cutoff, async (_m, n) => void audited.push(n), 2);

    expect(deleted).toBe(5);
    expect(audited).toEqual([2, 2, 1]);
    expect(await left()).toEqual(['kept']);
  });

  it('keeps a batch whose audit entry fails: nothing is deleted unaudited', async () => {
    let batches = 0;
    const failSecond = async () => {
      batches += 1;
      if (batches === 2) throw new Error('audit chain unavailable');
    };

    await expect(purgeInBatches(db, 'search_events', cutoff, failSecond, 2)).rejects.toThrow('audit chain unavailable');

    expect(await left()).toHaveLength(4);
    expect(await left()).toContain('kept');
  });
});
