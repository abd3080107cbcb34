import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openWritableDb } from './connection';
import { migrate } from './migrate';
import { MIGRATIONS } from './migrations';
import { schemaSnapshot } from './schemaSnapshot';

const SCHEMA_FILE = path.join(import.meta.dirname, 'schema.sql');

describe('schema.sql', () => {
  it('is the schema a library migrated from zero has (run `npm run schema:write` after a migration and review the diff)', () => {
    const db = openWritableDb(':memory:');
    migrate(db);
    const actual = schemaSnapshot(db);
    db.close();
    expect(actual).toBe(fs.readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('names the latest migration’s version', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toContain(`-- user_version = ${MIGRATIONS.at(-1)!.version}\n`);
  });

  it('is the same whether a library is migrated in one go or one version at a time', () => {
    const stepwise = openWritableDb(':memory:');
    for (const m of MIGRATIONS) migrate(stepwise, MIGRATIONS.filter((n) => n.version <= m.version));
    const oneGo = openWritableDb(':memory:');
    migrate(oneGo);
    expect(schemaSnapshot(stepwise)).toBe(schemaSnapshot(oneGo));
  });
});
