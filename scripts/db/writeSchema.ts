/**
 * Writes electron/library/db/schema.sql: the schema of a library migrated from zero. Run after adding
 * a migration (`npm run schema:write`) and commit the file with it; its diff is the migration's review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { openWritableDb } from '../../electron/library/db/connection';
import { migrate } from '../../electron/library/db/migrate';
import { schemaSnapshot } from '../../electron/library/db/schemaSnapshot';

const target = path.resolve(import.meta.dirname, '../../electron/library/db/schema.sql');
const db = openWritableDb(':memory:');
migrate(db);
fs.writeFileSync(target, schemaSnapshot(db));
db.close();
console.log(`Wrote ${path.relative(process.cwd(), target)}`);
