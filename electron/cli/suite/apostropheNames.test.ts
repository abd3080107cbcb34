import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES_DIR, SEEDS_DIR, type Workspace, lines, makeWorkspace, readSeeds } from './crosscheck';

// The seeds spell the town Daraa and Deraa; fixtures/apostrophe/ holds one article that writes it
// only Dar'a, which the full-text index holds as two words, `dar` and `a` (docs/variants.md).

const seeds = readSeeds();
const CONVOY = "Aid convoy reaches Dar'a";
let ws: Workspace;

beforeAll(async () => {
  ws = makeWorkspace();
  const imported = await ws.run('import', SEEDS_DIR, path.join(FIXTURES_DIR, 'apostrophe'));
  expect(imported.code).toBe(0);
});
afterAll(() => ws.remove());

interface Hit {
  article: { title: string };
  snippet: { text: string; highlights: Array<{ start: number; end: number }> };
}
const search = async (query: string) => {
  const result = await ws.run('search', query, '--json');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as { total: number; variants: Record<string, string[]>; hits: Hit[] };
};

describe('crosscheck search, a name written with an apostrophe', () => {
  it("finds the article that writes only Dar'a when asked for Deraa, and marks Dar'a whole", async () => {
    const response = await search('Deraa');
    expect(response.variants.deraa).toEqual(expect.arrayContaining(['daraa', "dar'a"]));
    const hit = response.hits.find((h) => h.article.title === CONVOY);
    expect(hit).toBeDefined();
    const marked = hit!.snippet.highlights.map((h) => hit!.snippet.text.slice(h.start, h.end));
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word).toBe("Dar'a");
    // As a user reads it: the snippet line marks it in [brackets].
    const text = await ws.run('search', 'Deraa');
    expect(lines(text.stdout).some((l) => l.includes("[Dar'a]"))).toBe(true);
  });

  it("finds every seed that spells it Daraa or Deraa when asked for Dar'a", async () => {
    const response = await search("Dar'a");
    const spelt = seeds.filter((s) => /D[ae]raa/.test(s.text)).length;
    expect(response.total).toBe(spelt + 1);
    expect(response.hits.map((h) => h.article.title)).toContain(CONVOY);
  });
});
