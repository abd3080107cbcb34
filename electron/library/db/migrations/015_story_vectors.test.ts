import { describe, expect, it } from 'vitest';
import { openWritableDb } from '../connection';
import { getSchemaVersion, migrate } from '../migrate';
import { MIGRATIONS } from '.';

describe('migration 015: story vectors', () => {
  it('adds empty term and vector tables beside a grouped library, each vector row tied to its article', () => {
    const db = openWritableDb(':memory:');
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 14)
    );
    db.prepare(
      `INSERT INTO articles (id, title, body, content_hash, word_count, source_format, imported_at)
       VALUES (1, 'Talks fail', 'Rebels said talks failed.', 'h1', 4, 'text', '2018-07-04'),
              (2, 'Quake', 'An earthquake struck Chile.', 'h2', 4, 'text', '2018-07-04')`
    ).run();
    db.prepare("INSERT INTO stories (id, label, created_at) VALUES (1, 'Daraa', '2018-07-04')").run();
    db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 1)').run();

    migrate(
      db,
      MIGRATIONS.filter((m) => m.version <= 15)
    );
    expect(getSchemaVersion(db)).toBe(15);
    expect(db.prepare('SELECT count(*) FROM story_terms').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM story_vectors').pluck().get()).toBe(0);
    expect(db.prepare('SELECT article_id, story_id FROM story_articles').raw().all()).toEqual([[1, 1]]);

    db.prepare("INSERT INTO story_terms (id, term, df, postings) VALUES (0, 'rebel', 1, x'0100000000000000')").run();
    db.prepare('INSERT INTO story_vectors (article_id, placed) VALUES (1, 0), (2, 1)').run();
    expect(() => db.prepare('INSERT INTO story_vectors (article_id, placed) VALUES (3, 0)').run()).toThrow(/FOREIGN KEY/);
    // NB: deleting an article here would trip its full-text trigger (these rows have no entry); the cascade is declared.
    expect(db.prepare('PRAGMA foreign_key_list(story_vectors)').all()).toEqual([
      expect.objectContaining({ table: 'articles', from: 'article_id', to: 'id', on_delete: 'CASCADE' })
    ]);
    db.close();
  });
});
