/**
 * YAML front matter (`---` … `---` at the top of a Markdown file) read as article metadata.
 * Parsed with the `yaml` package's core schema (no custom tags, so no code paths from the file) and
 * an alias limit against "billion laughs".
 */
import type { ArticleMetadata } from '@shared/import/types';
import { lazyRequire } from './lazyRequire';
import { compactMeta, normalizeDate, normalizeLanguage, normalizeUrl, textValue, wireCreditsFrom } from './metaValues';

const yaml = lazyRequire<typeof import('yaml')>('yaml');

/** Front matter bigger than this is not metadata; it is left in the text. */
const MAX_FRONT_MATTER_CHARS = 64 * 1024;

/** The front matter split off a Markdown document. */
export interface FrontMatter {
  /** The Markdown after the front matter (the whole input when there is none). */
  body: string;
  meta: ArticleMetadata;
  /** Set when a front matter block was found but is not valid YAML or not a mapping. */
  error?: string;
}

/** Keys read for each field, after lower-casing and removing `_`, `-` and spaces; first match wins. */
const KEYS: Record<'title' | 'date' | 'byline' | 'outlet' | 'url' | 'language' | 'tags' | 'dateline', string[]> = {
  title: ['title', 'headline'],
  date: ['date', 'published', 'publishedat', 'publishdate', 'publicationdate', 'pubdate', 'datepublished'],
  byline: ['author', 'byline', 'authors', 'creator'],
  outlet: ['source', 'outlet', 'publisher', 'publication', 'site', 'sitename'],
  url: ['url', 'link', 'canonical', 'canonicalurl', 'permalink', 'sourceurl'],
  language: ['lang', 'language', 'locale'],
  tags: ['tags', 'keywords', 'categories'],
  dateline: ['dateline']
};

function pick(record: Map<string, unknown>, keys: string[]): unknown {
  for (const key of keys) if (record.has(key)) return record.get(key);
  return undefined;
}

function tagsOf(value: unknown): string[] | undefined {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const tags = list
    .slice(0, 100)
    .map((t) => textValue(t))
    .filter((t): t is string => !!t);
  return tags.length ? tags : undefined;
}

/** Maps a parsed front matter object to article metadata. */
export function frontMatterToMeta(data: Record<string, unknown>): ArticleMetadata {
  const record = new Map<string, unknown>();
  for (const [key, value] of Object.entries(data)) {
    const normalized = key.toLowerCase().replace(/[\s_-]/g, '');
    if (!record.has(normalized)) record.set(normalized, value);
  }
  const byline = textValue(pick(record, KEYS.byline));
  const outlet = textValue(pick(record, KEYS.outlet));
  const date = pick(record, KEYS.date);
  return compactMeta({
    title: textValue(pick(record, KEYS.title)),
    byline,
    outlet,
    publishedAt: date instanceof Date ? date.toISOString() : normalizeDate(date),
    url: normalizeUrl(pick(record, KEYS.url)),
    language: normalizeLanguage(pick(record, KEYS.language)),
    tags: tagsOf(pick(record, KEYS.tags)),
    dateline: textValue(pick(record, KEYS.dateline)),
    wireCredits: wireCreditsFrom([byline, outlet])
  });
}

/** Splits YAML front matter off a Markdown document and reads it as metadata. */
export function readFrontMatter(markdown: string): FrontMatter {
  const match = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(markdown);
  if (!match || match[0].length > MAX_FRONT_MATTER_CHARS) return { body: markdown, meta: {} };
  const body = markdown.slice(match[0].length);
  let data: unknown;
  try {
    data = yaml().parse(match[1] ?? '', { schema: 'core', maxAliasCount: 50, uniqueKeys: false, prettyErrors: false });
  } catch (error) {
    return {
      body,
      meta: {},
      error: `front matter is not valid YAML (${error instanceof Error ? error.message.split('\n')[0] : 'parse error'})`
    };
  }
  if (data === null || data === undefined) return { body, meta: {} };
  if (typeof data !== 'object' || Array.isArray(data))
    return { body, meta: {}, error: 'front matter is not a list of key: value pairs' };
  return { body, meta: frontMatterToMeta(data as Record<string, unknown>) };
}
