import { tagKey } from '@shared/annotations/tagKey';
import type { ReadableDb } from '../db/connection';
import { prepareCached } from '../db/statements';

/** One tag on an article, as `tag:` finds it. */
export interface ArticleTag {
  /** The tag as stored on one annotation (one spelling of it). */
  readonly tag: string;
  /** Its {@link tagKey}: what makes two spellings one tag. */
  readonly key: string;
}

/** What was read, and the state of the library it was read in. */
interface Reading {
  readonly dataVersion: number;
  readonly totalChanges: number;
  readonly byArticle: ReadonlyMap<number, readonly ArticleTag[]>;
}

const readings = new WeakMap<ReadableDb, Reading>();

/** Every (article, tag) pair as `tag:` finds it: the tags of highlights and notes on an article, and of passage notes with a span in it. */
const TAG_PAIRS = `SELECT n.article_id AS article, t.tag FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id
     WHERE n.article_id IS NOT NULL
   UNION
   SELECT json_extract(p.value, '$.articleId'), t.tag FROM annotation_tags t JOIN annotations n ON n.id = t.annotation_id,
     json_each(n.passage) p WHERE n.passage_key IS NOT NULL`;

/**
 * The tags on each article (a story note tags no article), each spelling with its key, read once
 * and kept with the connection until the library changes.
 *
 * Why kept: the Tag facet needs them for every search, and reading them cost ~70 ms a search with
 * 20,000 tagged notes on reuters-21578 (the pairs' join and UNION, then `tagKey` on each pair),
 * against ~1 ms to go through what was read (docs/search.md, "Facets").
 *
 * When read again: SQLite's `PRAGMA data_version` changes when another connection has committed
 * (another window, the CLI, an import's worker), and `total_changes()` when this connection wrote
 * anything; both are read at every call (a few µs). Either one moving reads the pairs again, so
 * no write of any kind is missed, at the price of a read after writes that touched no tag.
 */
export function taggedArticles(db: ReadableDb): ReadonlyMap<number, readonly ArticleTag[]> {
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  const totalChanges = prepareCached(db, 'SELECT total_changes()').pluck().get() as number;
  const kept = readings.get(db);
  if (kept && kept.dataVersion === dataVersion && kept.totalChanges === totalChanges) return kept.byArticle;
  const byArticle = new Map<number, ArticleTag[]>();
  const keys = new Map<string, string>();
  for (const { article, tag } of prepareCached(db, TAG_PAIRS).all() as Array<{ article: number; tag: string }>) {
    let key = keys.get(tag);
    if (key === undefined) {
      key = tagKey(tag);
      keys.set(tag, key);
    }
    const tags = byArticle.get(article);
    if (tags) tags.push({ tag, key });
    else byArticle.set(article, [{ tag, key }]);
  }
  readings.set(db, { dataVersion, totalChanges, byArticle });
  return byArticle;
}
