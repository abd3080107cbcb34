import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, type Workspace, lines, makeWorkspace } from './crosscheck';

// fixtures/cjk/ holds a Chinese and a Japanese article (written for these tests): Chinese and
// Japanese put no spaces between words, so the index must hold the words ICU reads in a sentence,
// not the sentence as one word (docs/search.md, "Scripts without spaces").

const BEIJING = '北京市政府宣布延长地铁运营时间';
const TOKYO = '東京都知事が大阪を訪問';
let ws: Workspace;

beforeAll(async () => {
  ws = makeWorkspace();
  const imported = await ws.run('import', path.join(FIXTURES_DIR, 'cjk'));
  expect(imported.code).toBe(0);
});
afterAll(() => ws.remove());

interface Hit {
  article: { id: number; title: string };
  snippet: { text: string; highlights: Array<{ start: number; end: number }> };
}
const search = async (query: string) => {
  const result = await ws.run('search', query, '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { total: number; hits: Hit[] };
};
const marked = (hit: Hit) => hit.snippet.highlights.map((h) => hit.snippet.text.slice(h.start, h.end));

describe('crosscheck search, Chinese and Japanese', () => {
  it('finds a Chinese word from the middle of a sentence and marks it in the snippet', async () => {
    const response = await search('地铁');
    expect(response.hits.map((h) => h.article.title)).toEqual([BEIJING]);
    expect(marked(response.hits[0]!)).toEqual(expect.arrayContaining(['地铁']));
    for (const word of marked(response.hits[0]!)) expect(word).toBe('地铁');
    // As a user reads it: the snippet line marks it in [brackets].
    const text = await ws.run('search', '地铁');
    expect(lines(text.stdout).some((l) => l.includes('[地铁]'))).toBe(true);
  });

  it('finds a Japanese word inside a sentence, and a word both articles use', async () => {
    expect((await search('混雑')).hits.map((h) => h.article.title)).toEqual([TOKYO]);
    // 交通 (traffic) stands in 交通部门 in the Chinese text and 公共交通機関 in the Japanese one.
    expect((await search('交通')).hits.map((h) => h.article.title).sort()).toEqual([BEIJING, TOKYO].sort());
  });

  it('finds a name at the start of a longer word: 北京 (Beijing) in 北京市 (Beijing city)', async () => {
    const response = await search('北京');
    expect(response.hits.map((h) => h.article.title)).toEqual([BEIJING]);
  });

  it('finds a phrase of words written together, and not its words in another order', async () => {
    expect((await search('"延长地铁"')).hits.map((h) => h.article.title)).toEqual([BEIJING]);
    expect((await search('"地铁延长"')).total).toBe(0);
  });

  it('finds no article for a word whose characters stand in the text only across two words', async () => {
    // 京都 (Kyoto) is written inside 東京都 (東京 + 都, Tokyo Metropolis), and 刻表 inside 时刻表
    // (时刻 + 表, timetable): neither is a word of these texts.
    for (const query of ['京都', '刻表']) {
      const result = await ws.run('search', query);
      expect(result.code).toBe(0);
      expect(result.stderr).toContain(`No article matches “${query}”.`);
    }
  });

  it('finds a Chinese word in a note with in:notes', async () => {
    const beijing = (await search('地铁')).hits[0]!.article.id;
    const added = await ws.run(
      'annotate',
      'add',
      String(beijing),
      '--quote',
      '夜间公交线路',
      '--note',
      '需要核实时刻表的发布日期'
    );
    expect(added.code).toBe(0);
    const response = JSON.parse((await ws.run('search', 'in:notes 发布', '--json')).stdout) as {
      noteHits: Array<{ text: string; highlights: Array<{ start: number; end: number }> }>;
    };
    expect(response.noteHits).toHaveLength(1);
    const hit = response.noteHits[0]!;
    expect(hit.highlights.map((h) => hit.text.slice(h.start, h.end))).toEqual(['发布']);
    const none = JSON.parse((await ws.run('search', 'in:notes 刻表', '--json')).stdout) as { noteHits: unknown[] };
    expect(none.noteHits).toHaveLength(0);
  });

  it('keeps the index sound when a Chinese outlet is edited and an article is deleted by another SQLite tool', async () => {
    const beijing = (await search('地铁')).hits[0]!.article.id;
    expect((await ws.run('edit', String(beijing), '--outlet', '人民日报')).code).toBe(0);
    expect((await search('outlet:日报')).hits.map((h) => h.article.title)).toEqual([BEIJING]);
    // A bare connection, without any SQL function of Crosscheck's: the index's triggers need none.
    const db = new Database(ws.db);
    try {
      db.prepare('DELETE FROM articles WHERE title = ?').run(TOKYO);
    } finally {
      db.close();
    }
    expect((await search('混雑')).total).toBe(0);
    // The full-text index agrees with the articles (FTS5's integrity check); the story left empty
    // is the bare delete's (no foreign keys there), not the index's.
    const doctor = await ws.run('doctor');
    expect(lines(doctor.stdout)[0]).toMatch(/^1 articles, 1 in the full-text index,/);
    expect(doctor.stdout).not.toMatch(/^Problem \((full-text|damage)\)/m);
  });
});
