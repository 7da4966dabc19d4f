import { closeDatabase, getDatabase } from './client';
import { migrateDatabase } from './migrate';

getDatabase()
  .then(migrateDatabase)
  .then(closeDatabase)
  .then(() => console.log('Migrations appliquées.'))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
