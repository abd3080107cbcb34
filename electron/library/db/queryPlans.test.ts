import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@shared/contract/dispatch';
import { dispatch } from '@shared/contract/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { type Engine, startEngine } from '../engine';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

/**
 * `EXPLAIN QUERY PLAN` for the hot queries (issue 14): the list pages, search with its filters,
 * facets, the story lists (stories, a story's articles, its notes) and the notes panel, each recorded
 * as its own group. Instead of copying their SQL here (where it would
 * drift from the code), every statement the real handlers run is recorded through better-sqlite3's
 * `verbose` hook (which hands over the SQL with its values filled in), and each SELECT is explained.
 * A plan that reads a whole large table row by row fails the test, naming the statement, unless it is
 * one of the scans listed (with the reason) in {@link EXPECTED_SCANS}.
 */
const recorded = vi.hoisted(() => ({ on: false, group: '', sql: new Set<string>(), byGroup: new Map<string, Set<string>>() }));
vi.mock('better-sqlite3', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import('better-sqlite3') }>()).default;
  // Every connection the engine opens in this test's thread records what it runs (workers do not).
  class Recording extends real {
    constructor(file?: string | Buffer, options: import('better-sqlite3').Options = {}) {
      super(file, {
        ...options,
        verbose: (sql: unknown) => {
          if (!recorded.on || typeof sql !== 'string') return;
          recorded.sql.add(sql.trim());
          const group = recorded.byGroup.get(recorded.group) ?? new Set<string>();
          recorded.byGroup.set(recorded.group, group.add(sql.trim()));
        }
      });
    }
  }
  return { default: Recording };
});

/** Tables that grow with the library: reading one of them whole is what the plans must avoid. */
const LARGE_TABLES = [
  'articles',
  'annotations',
  'stories',
  'story_articles',
  'annotation_tags',
  'article_minhash',
  'article_links',
  'import_problems'
];

/** The hot queries (issue 14), each recorded apart so the test can say which ran no SQL at all. */
const GROUPS = ['list pages', 'search', 'facets', 'story lists', 'notes panel'] as const;
type Group = (typeof GROUPS)[number];

/**
 * Whole-table reads that are right, each with why. A pattern is matched against the statement; the
 * table is the one scanned. Anything not here that scans a large table fails the test.
 */
const EXPECTED_SCANS: ReadonlyArray<{ table: string; statement: RegExp; why: string }> = [
  {
    table: 'annotations',
    statement: /\bLIKE '%/,
    why:
      'words anywhere in quotes and notes (`in:notes`, the panel\'s text filter) are a substring match on folded text, which no ' +
      'B-tree index serves; annotations are the user\'s own (thousands, not the library\'s 100,000 articles)'
  },
  {
    table: 'stories',
    statement: /^SELECT s\.id, s\.label, s\.user_label, count\(sa\.article_id\)/,
    why: 'the story list shows every story of two or more articles with its size: each story is read once, each article through the story index'
  },
  {
    table: 'articles',
    statement: /^SELECT id FROM articles WHERE published_at IS NOT NULL AND \(json_extract\(articles\.field_sources/,
    why:
      'the articles dated only by their file (search/fileDatedArticles.ts): read once and kept until the library changes, not per ' +
      'search; ~35 ms on reuters-21578, as the tagged articles are read'
  }
];

let engine: Engine;
let handlers: Handlers;
let dispose: () => void;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>, group?: Group): Promise<ChannelOutput<C>> {
  recorded.group = group ?? '';
  const result = await dispatch(handlers, channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as ChannelOutput<C>;
}

/** Sixty extra reports, so the library has dates, outlets and words to filter, sort and page. */
function extraReports(): string {
  const files: Record<string, string> = {};
  const outlets = ['Reuters', 'AFP', 'Al Jazeera', 'The National', 'BBC'];
  for (let i = 0; i < 60; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    files[`report-${i}.md`] =
      `---\ntitle: Report ${i} on the southern front\noutlet: ${outlets[i % outlets.length]}\ndate: 2018-0${(i % 9) + 1}-${day}\n---\n\n` +
      `Report number ${i}: rebels and Russian officers met in Daraa province, and the talks on Busra al-Sham went on. ` +
      `Aid convoys waited at the border while ${i * 3} families left the town.\n`;
  }
  return makeTempFolder(files);
}

beforeAll(async () => {
  const lib = makeTempLibrary();
  lib.close();
  engine = await startEngine({ file: lib.file, seedsDir: SEEDS_DIR, host: { mode: 'browser', emit: () => undefined } });
  handlers = engine.handlers;
  const extra = extraReports();
  await call('import:paths', { paths: [extra] });
  dispose = () => {
    engine.close();
    fs.rmSync(lib.dir, { recursive: true, force: true });
    fs.rmSync(extra, { recursive: true, force: true });
  };

  const first = (await call('articles:list', { limit: 1 })).items[0]!;
  const article = await call('articles:get', { id: first.id });
  await call('annotations:create', {
    kind: 'highlight',
    articleId: article.id,
    start: 0,
    end: Math.min(40, article.body.length),
    colour: 2,
    note: 'Check the talks',
    tags: ['talks']
  });
  const stories = await call('stories:list', {});

  recorded.on = true;
  for (const sort of ['publishedAt', 'title', 'outlet', 'wordCount', 'importedAt'] as const)
    for (const direction of ['asc', 'desc'] as const) await call('articles:list', { sort, direction, offset: 20, limit: 20 }, 'list pages');
  await call('articles:get', { id: first.id }, 'list pages');
  for (const query of [
    'Daraa talks',
    '"Busra al-Sham"',
    'outlet:Reuters rebels',
    'date:2018-07 Daraa',
    'date:2018-03..2018-05 convoys',
    'title:southern -AFP',
    'in:notes talks',
    'tag:talks Daraa',
    '-tag:talks',
    'in:notes tag:talks'
  ]) {
    await call('search:query', { query, facets: false }, 'search');
    await call('search:query', { query, sort: 'date', facets: false }, 'search');
    await call('search:query', { query, facets: true }, 'facets');
  }
  const story = stories.stories[0];
  expect(story, 'the seeds and reports make at least one story').toBeDefined();
  await call('stories:list', {}, 'story lists');
  // A story's articles in the library list: the search engine's `story:` filter, with its facets.
  await call('search:query', { query: `story:${story!.id}`, limit: 500 }, 'story lists');
  await call('search:query', { query: `story:${story!.id} Daraa`, sort: 'date' }, 'story lists');
  await call('annotations:list', { filter: { storyId: story!.id } }, 'story lists');
  await call('annotations:list', { filter: { articleId: article.id } }, 'notes panel');
  await call('annotations:list', { filter: { tags: ['talks'] } }, 'notes panel');
  await call('annotations:list', {}, 'notes panel');
  await call('annotations:counts', {}, 'notes panel');
  await call('annotations:list', { filter: { text: 'talks' } }, 'notes panel');
  recorded.on = false;
}, 120_000);

afterAll(() => dispose?.());

/** The plan's detail lines for one recorded statement. */
function planOf(sql: string): string[] {
  const rows = engine.library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

/**
 * The tables a statement names, by the name or alias its plan uses: SQLite's plans say `SCAN a`
 * for `FROM annotations a`, so an alias must lead back to its table.
 */
function tablesByAlias(sql: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const NOT_ALIAS = /^(WHERE|LEFT|INNER|CROSS|JOIN|ON|USING|INDEXED|NOT|GROUP|ORDER|LIMIT|HAVING|UNION|EXCEPT|INTERSECT|WINDOW|AS)$/i;
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    const [, table, alias] = m;
    aliases.set(table!, table!);
    if (alias && !NOT_ALIAS.test(alias)) aliases.set(alias, table!);
  }
  return aliases;
}

/**
 * The large tables a plan reads whole, row by row: `SCAN articles` or `SCAN a` (an alias of one),
 * not `SCAN articles USING INDEX …` (an index walked in order, stopped by LIMIT) nor a virtual table's.
 */
function fullScans(sql: string, plan: readonly string[]): string[] {
  const aliases = tablesByAlias(sql);
  return plan.flatMap((line) => {
    const match = /^SCAN (\w+)(?: AS \w+)?$/.exec(line);
    const table = match ? (aliases.get(match[1]!) ?? match[1]!) : undefined;
    return table && LARGE_TABLES.includes(table) ? [table] : [];
  });
}

/** A page of a list (LIMIT … OFFSET) that sorts every matching row first, instead of reading an index in order. */
function sortsForAPage(sql: string, plan: readonly string[]): boolean {
  return /\bLIMIT\b[^)]*\bOFFSET\b/i.test(sql) && /FROM articles\b/.test(sql) && plan.some((line) => /USE TEMP B-TREE FOR ORDER BY/.test(line));
}

describe('query plans of the hot queries', () => {
  it('recorded the statements each hot query ran', () => {
    const selectsOf = (group: Group) => [...(recorded.byGroup.get(group) ?? [])].filter((s) => /^(SELECT|WITH)\b/i.test(s));
    for (const group of GROUPS) expect(selectsOf(group).length, `${group} ran no SELECT`).toBeGreaterThan(0);
    expect(selectsOf('list pages').some((s) => /FROM articles\b/.test(s) && /LIMIT/.test(s))).toBe(true);
    expect(selectsOf('search').some((s) => /articles_fts/.test(s))).toBe(true);
    // Facets are counted in SQL over every matching article: statements a search without them never runs.
    const searchSql = recorded.byGroup.get('search') ?? new Set<string>();
    expect(selectsOf('facets').filter((s) => !searchSql.has(s)).length, 'facets ran no SQL of their own').toBeGreaterThan(0);
    expect(selectsOf('story lists').some((s) => /story_articles/.test(s))).toBe(true);
    expect(selectsOf('notes panel').some((s) => /FROM annotations\b|FROM annotations a\b/.test(s))).toBe(true);
  });

  it('reads an alias back to its table, so a scan of `annotations a` counts', () => {
    const sql = "SELECT count(*) FROM annotations a LEFT JOIN articles ar ON ar.id = a.article_id WHERE a.note LIKE '%talks%'";
    expect(fullScans(sql, planOf(sql))).toEqual(['annotations']);
  });

  it('no hot query reads a whole large table row by row, except the documented ones', () => {
    const unexpected: string[] = [];
    for (const group of GROUPS) {
      for (const sql of recorded.byGroup.get(group) ?? []) {
        if (!/^(SELECT|WITH)\b/i.test(sql)) continue;
        const plan = planOf(sql);
        for (const table of fullScans(sql, plan)) {
          if (EXPECTED_SCANS.some((e) => e.table === table && e.statement.test(sql))) continue;
          unexpected.push(`${group}: SCAN ${table} in:\n  ${sql.slice(0, 400)}\n  plan: ${plan.join(' | ')}`);
        }
      }
    }
    expect(unexpected, unexpected.join('\n\n')).toEqual([]);
  });

  it('no list page sorts the whole library to show one page', () => {
    const sorting = [...recorded.sql].filter((sql) => /^(SELECT|WITH)\b/i.test(sql) && sortsForAPage(sql, planOf(sql)));
    expect(sorting, sorting.join('\n\n')).toEqual([]);
  });
});
