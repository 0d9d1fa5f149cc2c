// `npm run migration:run`: applies pending migrations to DATABASE_URL, or to the development
// database under .data/ (started for the duration of the command).
import { runMigrations } from '../apps/api/src/database/data-source';
import { startStack } from './stack/stack';

async function main(): Promise<void> {
  const stack = await startStack({ ephemeral: false, env: process.env });
  try {
    const applied = await runMigrations(stack.databaseUrl);
    console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migrations.');
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
