import { closeDatabase, getDatabase } from './client';
import { migrateDatabase } from './migrate';
import { seedDemoCouncils } from './seed';

async function main() {
  await migrateDatabase(await getDatabase());
  await seedDemoCouncils(undefined, (line) => console.log(line));
  await closeDatabase();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
