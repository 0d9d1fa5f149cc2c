import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, MinLength, validateSync, Matches } from 'class-validator';

const toInt = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : Number(value));
const toBool = ({ value }: { value: unknown }) => value === true || value === 'true' || value === '1';

/** Environment of the API, validated at boot: bad config is a clear exit, not a late crash. */
export class AppConfig {
  @IsIn(['development', 'test', 'production'])
  NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL: string;

  @Matches(/^https?:\/\/[^\s]+$/, { message: 'MEILI_URL must be an http(s):// URL' })
  MEILI_URL: string;

  @IsString()
  @MinLength(16, { message: 'MEILI_MASTER_KEY must have at least 16 characters' })
  MEILI_MASTER_KEY: string;

  /** Name of the Meilisearch index alias agents search; tests use a unique name per suite. */
  @Matches(/^[a-zA-Z0-9_-]{1,200}$/)
  SEARCH_INDEX = 'articles';

  @Transform(toBool)
  RUN_MIGRATIONS = false;

  @Transform(toBool)
  SEED_DEMO = false;

  @Transform(toInt)
  @IsInt()
  @Min(50)
  SCHEDULER_INTERVAL_MS = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(20)
  INDEXER_INTERVAL_MS = 250;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SEARCH_EVENT_RETENTION_DAYS = 90;

  /** Learning the citizens' words from agents' usage (issue 12); `false` stores no signal. */
  @Transform(toBool)
  LEARNING_ENABLED = true;

  /** Distinct agents (counted per day) who used an answer for a word before the article learns it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LEARNING_MIN_AGENTS = 2;

  /** Distinct days on which the answer was used for the word. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  LEARNING_MIN_DAYS = 2;

  /** A usage signal's weight halves after this many days; a word fades unless used again. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LEARNING_HALF_LIFE_DAYS = 180;

  /**
   * Signals per agent and day that count (one agent cannot flood the learning). A full-time agent
   * settles 60–80 concerns a day; at 30 the learning simulation lost more than half of a
   * normal day's signals (60 of 134 counted).
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000)
  LEARNING_DAILY_CAP = 100;

  /** Days single first-contact records are kept (the dashboard reads the rollups). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CONTACT_RETENTION_DAYS = 90;

  /** Days the first-contact daily rollups are kept. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  CONTACT_ROLLUP_RETENTION_DAYS = 730;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_IDLE_MINUTES = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  SESSION_ABSOLUTE_HOURS = 12;

  /** Directory of the built editor served at `/`; empty disables static serving. */
  @IsOptional()
  @IsString()
  EDITOR_DIST?: string;

  /** JSON the launcher (`npm start`) keeps about the servers it supervises; /health reports it. */
  @IsOptional()
  @IsString()
  STACK_STATUS_FILE?: string;

  @IsOptional()
  @Matches(/^[a-z0-9._-]{2,64}$/)
  ADMIN_LOGIN?: string;

  @IsOptional()
  @IsString()
  @MinLength(12, { message: 'ADMIN_PASSWORD must have at least 12 characters' })
  ADMIN_PASSWORD?: string;

  /** Express "trust proxy": which proxies may set X-Forwarded-For/-Proto (Secure cookies, client IP for throttling). */
  @IsString()
  @Matches(/^[a-z0-9.,:/ ]{1,200}$/i)
  TRUST_PROXY = 'loopback';

  @IsIn(['debug', 'info', 'warn', 'error', 'silent'])
  LOG_LEVEL: 'debug' | 'info' | 'warn' | 'error' | 'silent' = 'info';
}

/** Thrown when the environment is invalid; main prints its one-line message and exits 1. */
export class ConfigError extends Error {}

/** Reads and validates the environment. */
export function loadConfig(env: Record<string, string | undefined>): AppConfig {
  const config = plainToInstance(AppConfig, withDatabaseUrl(stripEmpty(env)), { exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false, whitelist: false });
  if (errors.length > 0) {
    const problems = errors.flatMap((e) => Object.values(e.constraints ?? { [e.property]: `${e.property} is invalid` }));
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  if (config.NODE_ENV === 'production' && config.SEED_DEMO) {
    throw new ConfigError('Invalid configuration: SEED_DEMO must not be enabled in production');
  }
  return config;
}

/**
 * DATABASE_URL, or built from DATABASE_HOST, DATABASE_PORT (5432), DATABASE_NAME, DATABASE_USER
 * and DATABASE_PASSWORD with every part percent-encoded: a generated password with `/ @ # :` in
 * it broke the URL that docker-compose used to assemble by string interpolation.
 */
export function withDatabaseUrl(env: Record<string, string>): Record<string, string> {
  if (env.DATABASE_URL || !env.DATABASE_HOST) return env;
  const part = (name: string) => encodeURIComponent(env[name] ?? '');
  const credentials = env.DATABASE_USER ? `${part('DATABASE_USER')}${env.DATABASE_PASSWORD ? `:${part('DATABASE_PASSWORD')}` : ''}@` : '';
  const url = `postgres://${credentials}${env.DATABASE_HOST}:${env.DATABASE_PORT ?? '5432'}/${part('DATABASE_NAME')}`;
  return { ...env, DATABASE_URL: url };
}

function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && value !== '') result[key] = value;
  }
  return result;
}
