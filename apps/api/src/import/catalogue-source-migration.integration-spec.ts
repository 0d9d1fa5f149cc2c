// The backfill of issue 14: published imported articles nobody has verified since their import
// become "unverified" and due for review; one a person verified later stays as it is.
import { DldbImportService } from './dldb-import.service';
import { incompleteLocationsExport, incompleteServicesExport } from '../../testing/incomplete-dldb-export';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { TrackCatalogueSource1796520000001 } from '../../../../migrations/1796520000001-TrackCatalogueSource';

describe(TrackCatalogueSource1796520000001.name, () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const state = async (ref: string) =>
    (
      (await t.db.query(
        `SELECT source_unverified, extract(epoch FROM published_at - last_verified_at)::int / 86400 AS days_before
           FROM articles WHERE external_ref = $1`,
        [ref],
      )) as { source_unverified: boolean; days_before: number }[]
    )[0];

  it('marks imported articles verified by nobody since their import, and leaves verified ones alone', async () => {
    const services = incompleteServicesExport() as { data: { id: string; name: string }[] };
    services.data.push({ ...services.data[0], id: '910002', name: 'Zweiter Dienst' });
    await t.app.get(DldbImportService).run({ services, locations: incompleteLocationsExport() }, { publish: true });
    const migration = new TrackCatalogueSource1796520000001();
    const runner = t.db.createQueryRunner();
    try {
      await migration.down(runner);
      // As before the migration: the import counted as a check at publication; 910002 was verified a day later.
      await runner.query(`UPDATE articles SET last_verified_at = published_at WHERE external_ref = 'dldb:910001'`);
      await runner.query(`UPDATE articles SET last_verified_at = published_at + interval '1 day' WHERE external_ref = 'dldb:910002'`);
      await migration.up(runner);
    } finally {
      await runner.release();
    }

    expect(await state('dldb:910001')).toEqual({ source_unverified: true, days_before: 180 });
    expect(await state('dldb:910002')).toEqual({ source_unverified: false, days_before: -1 });
  });
});
