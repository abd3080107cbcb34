import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../../../shared/contract/dispatch';
import { dispatch } from '../../../shared/contract/dispatch';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/channels';
import { type Engine, startEngine } from '../engine';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';

/**
 * `EXPLAIN QUERY PLAN` for the hot queries (issue 14): the list pages, search with its filters and
 * facets, the story list and the notes panel. Instead of copying their SQL here (where it would
 * drift from the code), every statement the real handlers run is recorded through better-sqlite3's
 * `verbose` hook (which hands over the SQL with its values filled in), and each SELECT is explained.
 * A plan that reads a whole large table row by row fails the test, naming the statement, unless it is
 * one of the scans listed (with the reason) in {@link EXPECTED_SCANS}.
 */
const recorded = vi.hoisted(() => ({ on: false, sql: new Set<string>() }));
vi.mock('better-sqlite3', async (importOriginal) => {
  const real = (await importOriginal<{ default: typeof import('better-sqlite3') }>()).default;
  // Every connection the engine opens in this test's thread records what it runs (workers do not).
  class Recording extends real {
    constructor(file?: string | Buffer, options: import('better-sqlite3').Options = {}) {
      super(file, {
        ...options,
        verbose: (sql: unknown) => {
          if (recorded.on && typeof sql === 'string') recorded.sql.add(sql.trim());
        }
      });
    }
  }
  return { default: Recording };
});

/** Tables that grow with the library: reading one of them whole is what the plans must avoid. */
const LARGE_TABLES = ['articles', 'annotations', 'story_articles', 'annotation_tags', 'article_minhash', 'import_problems', 'field_sources'];

/**
 * Whole-table reads that are right, each with why. A pattern is matched against the statement; the
 * table is the one scanned. Anything not here that scans a large table fails the test.
 */
const EXPECTED_SCANS: ReadonlyArray<{ table: string; statement: RegExp; why: string }> = [];

let engine: Engine;
let handlers: Handlers;
let dispose: () => void;

async function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
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
    for (const direction of ['asc', 'desc'] as const) await call('articles:list', { sort, direction, offset: 20, limit: 20 });
  await call('articles:get', { id: first.id });
  for (const query of [
    'Daraa talks',
    '"Busra al-Sham"',
    'outlet:Reuters rebels',
    'date:2018-07 Daraa',
    'date:2018-03..2018-05 convoys',
    'title:southern -AFP',
    'in:notes talks'
  ]) {
    await call('search:query', { query, facets: true });
    await call('search:query', { query, sort: 'date', facets: false });
  }
  await call('stories:list', {});
  const story = stories.stories[0];
  await call('annotations:list', { filter: { articleId: article.id } });
  await call('annotations:list', { filter: { tags: ['talks'] } });
  await call('annotations:list', {});
  await call('annotations:counts', {});
  if (story) await call('annotations:list', { filter: { storyId: story.id } });
  recorded.on = false;
}, 120_000);

afterAll(() => dispose?.());

/** The plan's detail lines for one recorded statement. */
function planOf(sql: string): string[] {
  const rows = engine.library.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>;
  return rows.map((r) => r.detail);
}

/** `SCAN articles` (a whole-table read), not `SCAN articles USING INDEX …` nor a virtual table's. */
function fullScans(plan: readonly string[]): string[] {
  return plan.flatMap((line) => {
    const match = /^SCAN (\w+)(?: AS \w+)?$/.exec(line);
    return match && LARGE_TABLES.includes(match[1]!) ? [match[1]!] : [];
  });
}

describe('query plans of the hot queries', () => {
  it('recorded the statements the handlers ran', () => {
    const selects = [...recorded.sql].filter((s) => /^(SELECT|WITH)\b/i.test(s));
    // The list, search, facets, stories and notes each ran at least one SELECT of their own.
    expect(selects.some((s) => /FROM articles\b/.test(s) && /LIMIT/.test(s))).toBe(true);
    expect(selects.some((s) => /articles_fts/.test(s))).toBe(true);
    expect(selects.some((s) => /FROM annotations\b|FROM annotations a\b/.test(s))).toBe(true);
    expect(selects.some((s) => /story_articles/.test(s))).toBe(true);
  });

  it('no hot query reads a whole large table row by row, except the documented ones', () => {
    const unexpected: string[] = [];
    for (const sql of recorded.sql) {
      if (!/^(SELECT|WITH)\b/i.test(sql)) continue;
      const plan = planOf(sql);
      for (const table of fullScans(plan)) {
        if (EXPECTED_SCANS.some((e) => e.table === table && e.statement.test(sql))) continue;
        unexpected.push(`SCAN ${table} in:\n  ${sql.slice(0, 400)}\n  plan: ${plan.join(' | ')}`);
      }
    }
    expect(unexpected, unexpected.join('\n\n')).toEqual([]);
  });
});
