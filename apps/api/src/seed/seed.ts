import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source';
import { jsonLogger } from '../common/http/json-logger';
import { hashPassword } from '../auth/password-hashing';
import { queryOne, queryRows } from '../database/typed-rows';
import { User } from '../users/user.entity';
import { seedDemoContent } from './seed-demo-content';

/**
 * Start-up seeding: the admin from ADMIN_LOGIN/ADMIN_PASSWORD when given, and demo content
 * and demo users when SEED_DEMO is on and the database is empty. In production the API refuses
 * to start without any admin, so nobody is locked out of a fresh installation.
 */
export async function seedDatabase(config: AppConfig): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(config.DATABASE_URL));
  await dataSource.initialize();
  try {
    await dataSource.transaction(async (m) => {
      await bootstrapAdmin(m, config);
      if (config.SEED_DEMO && (await isEmpty(m))) {
        const counts = await seedDemoContent(m);
        jsonLogger.info('demo content seeded', counts);
      }
      if (config.NODE_ENV === 'production' && !(await hasAdmin(m))) {
        throw new Error('No administrator exists: set ADMIN_LOGIN and ADMIN_PASSWORD for the first start.');
      }
    });
  } finally {
    await dataSource.destroy();
  }
}

async function bootstrapAdmin(m: EntityManager, config: AppConfig): Promise<void> {
  if (!config.ADMIN_LOGIN || !config.ADMIN_PASSWORD) return;
  if (await m.existsBy(User, { login: config.ADMIN_LOGIN })) return;
  await m.query(`INSERT INTO users (login, display_name, password_hash, roles) VALUES ($1, $2, $3, '{admin}')`, [
    config.ADMIN_LOGIN,
    'Administration',
    await hashPassword(config.ADMIN_PASSWORD),
  ]);
  jsonLogger.info('admin created from environment', { login: config.ADMIN_LOGIN });
}

async function isEmpty(m: EntityManager): Promise<boolean> {
  const { n } = await queryOne(m, { n: 'int' }, `SELECT count(*)::int AS n FROM departments`);
  return n === 0;
}

async function hasAdmin(m: EntityManager): Promise<boolean> {
  const rows = await queryRows(m, {}, `SELECT 1 FROM users WHERE 'admin' = ANY(roles) AND active LIMIT 1`);
  return rows.length > 0;
}
