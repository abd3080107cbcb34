import type { Migration } from './types';

/**
 * Stories: articles about the same event. `story_articles.pinned` marks assignments the user made
 * (move, merge, split): regrouping keeps them. `stories.user_label` marks a name the user gave.
 */
export const migration003: Migration = {
  version: 3,
  name: 'stories',
  up(db) {
    db.exec(`
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        label TEXT NOT NULL,
        user_label INTEGER NOT NULL DEFAULT 0 CHECK (user_label IN (0, 1)),
        created_at TEXT NOT NULL
      ) STRICT;
      CREATE TABLE story_articles (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1))
      ) STRICT;
      CREATE INDEX story_articles_story ON story_articles(story_id);
    `);
  }
};
