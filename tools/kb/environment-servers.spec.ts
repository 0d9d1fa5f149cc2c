import { serversFromEnvironment } from './environment-servers';

describe('serversFromEnvironment (kb in the container)', () => {
  it('takes the database from the same percent-encoded parts as the API', () => {
    const servers = serversFromEnvironment({
      DATABASE_HOST: 'postgres',
      DATABASE_NAME: 'bsc',
      DATABASE_USER: 'bsc',
      DATABASE_PASSWORD: 'p@ss/word',
      MEILI_URL: 'http://meilisearch:7700',
      MEILI_MASTER_KEY: 'master-key-of-sixteen',
    });
    expect(servers).toMatchObject({
      databaseUrl: 'postgres://bsc:p%40ss%2Fword@postgres:5432/bsc',
      meiliUrl: 'http://meilisearch:7700',
      meiliMasterKey: 'master-key-of-sixteen',
    });
  });

  it('refuses to run without a database or a Meilisearch, naming what is missing', () => {
    expect(() => serversFromEnvironment({ MEILI_URL: 'http://meilisearch:7700', DATABASE_URL: '' })).toThrow(
      /^DATABASE_URL \(oder DATABASE_HOST, …\) nicht gesetzt/,
    );
    expect(() => serversFromEnvironment({ DATABASE_URL: 'postgres://localhost/bsc' })).toThrow(/^MEILI_URL nicht gesetzt/);
  });
});
