import { DriverUtils } from 'typeorm/driver/DriverUtils';
import { loadConfig } from './app-config';

const base = { MEILI_URL: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'a-master-key-of-16+' };

describe(loadConfig.name, () => {
  it('builds DATABASE_URL from its parts with a password full of URL characters', () => {
    const password = 'p/w@r#d:1 %?';
    const config = loadConfig({
      ...base,
      DATABASE_HOST: 'postgres',
      DATABASE_NAME: 'bsc',
      DATABASE_USER: 'bsc',
      DATABASE_PASSWORD: password,
    });
    // As the API's data source reads it (TypeORM's URL parsing).
    const parsed = DriverUtils.buildDriverOptions({ url: config.DATABASE_URL });
    expect(parsed).toMatchObject({ host: 'postgres', port: 5432, database: 'bsc', username: 'bsc', password });
  });

  it('keeps an explicit DATABASE_URL', () => {
    const config = loadConfig({ ...base, DATABASE_URL: 'postgres://u:p@db:5433/x', DATABASE_HOST: 'ignored' });
    expect(config.DATABASE_URL).toBe('postgres://u:p@db:5433/x');
  });
});
