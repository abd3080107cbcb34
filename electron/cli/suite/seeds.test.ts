import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, FIXTURES_DIR, SEEDS_DIR, type Workspace, lines, makeWorkspace, readSeeds } from './crosscheck';

// One library holding the seeds, imported once and only read by the tests below (search saves
// its index in it, which changes no answer).

const seeds = readSeeds();
let ws: Workspace;
let firstImport: CliResult;
let reimport: CliResult;
let reimportText: CliResult;
let reimportVerbose: CliResult;
/** One seed copied under another name, imported after the seeds. */
let copyImport: CliResult;
/** Article id of each seed file, from the re-import's report (each seed unchanged, naming its article). */
const idOf = new Map<string, number>();

beforeAll(async () => {
  ws = makeWorkspace();
  firstImport = await ws.run('import', SEEDS_DIR);
  reimport = await ws.run('import', SEEDS_DIR, '--json');
  reimportText = await ws.run('import', SEEDS_DIR);
  reimportVerbose = await ws.run('import', SEEDS_DIR, '--verbose');
  copyImport = await ws.run(
    'import',
    ws.write('copies/a-copy-of-001.txt', seeds.find((s) => s.file.startsWith('001_'))!.text),
    '--json'
  );
  for (const p of (JSON.parse(reimport.stdout) as { problems: Array<{ path: string; articleId: number }> }).problems) {
    idOf.set(path.basename(p.path), p.articleId);
  }
});
afterAll(() => ws.remove());

function seed(prefix: string) {
  const found = seeds.find((s) => s.file.startsWith(prefix));
  if (!found) throw new Error(`no seed file starting with ${prefix}`);
  return { ...found, id: idOf.get(found.file)! };
}
/** The seeds whose text matches `pattern`, as article ids. */
function idsOfSeedsMatching(pattern: RegExp): number[] {
  return seeds
    .filter((s) => pattern.test(s.text))
    .map((s) => idOf.get(s.file)!)
    .sort((a, b) => a - b);
}
const sorted = (ids: Iterable<number>) => [...ids].sort((a, b) => a - b);

/**
 * What the seed files say about themselves, read by hand: the line holding each title, the date
 * written in the text, and the outlet's Twitter handle in 000's footer. `evidence` must be in the
 * file, so the table cannot drift from the seeds unnoticed.
 */
const KNOWN = [
  {
    prefix: '000_',
    titleLine: 0,
    publishedAt: '2018-07-04',
    outlet: 'The New Arab',
    evidence: ['04 July, 2018', '@The_NewArab']
  },
  { prefix: '001_', titleLine: 0, publishedAt: '2018-07-04', outlet: null, evidence: ['on July 4, 2018'] },
  { prefix: '002_', titleLine: 2, publishedAt: null, outlet: null, evidence: [] },
  { prefix: '003_', titleLine: 2, publishedAt: null, outlet: null, evidence: [] },
  { prefix: '004_', titleLine: null, publishedAt: null, outlet: null, evidence: [] }
];

describe('crosscheck import (the seeds)', () => {
  it('imports every seed, exit 0, and says how many', () => {
    expect(seeds.length).toBe(5);
    expect(firstImport.code).toBe(0);
    expect(lines(firstImport.stdout)).toEqual([
      `New ${seeds.length}, near-duplicates 0 (stored and linked), duplicates 0, skipped 0, failed 0.`
    ]);
  });

  it('reports each seed as unchanged, not a duplicate, when imported again, still exit 0', () => {
    expect(reimport.code).toBe(0);
    const report = JSON.parse(reimport.stdout);
    expect(report).toMatchObject({
      status: 'done',
      imported: 0,
      new: 0,
      unchanged: seeds.length,
      duplicates: 0,
      failed: 0,
      paths: [SEEDS_DIR]
    });
    expect(report.problems.map((p: { path: string; kind: string }) => [p.path, p.kind])).toEqual(
      seeds.map((s) => [s.path, 'unchanged'])
    );
    expect(new Set(idOf.values()).size).toBe(seeds.length);
    // The text report says the same in its counts, with no line per unchanged file (review 14,
    // finding 7: 270 of them hid the two warnings); --verbose lists each file as unchanged.
    expect(reimportText.code).toBe(0);
    const summary = `New 0, near-duplicates 0 (stored and linked), unchanged ${seeds.length}, duplicates 0, skipped 0, failed 0.`;
    expect(lines(reimportText.stdout)).toEqual([summary]);
    expect(reimportVerbose.code).toBe(0);
    expect(lines(reimportVerbose.stdout)).toEqual([
      summary,
      ...seeds.map((s) =>
        expect.stringMatching(
          new RegExp(`^ {2}unchanged ${s.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Not changed since it was last imported: “`)
        )
      )
    ]);
  });

  it("names each unchanged seed's article by its title, as the list shows it, not by an id the window never shows", async () => {
    const titles = new Map(
      (JSON.parse((await ws.run('list', '--json')).stdout) as { items: Array<{ id: number; title: string }> }).items.map((a) => [
        a.id,
        a.title
      ])
    );
    for (const p of JSON.parse(reimport.stdout).problems as Array<{ articleId: number; message: string }>) {
      expect(p.message).toBe(`Not changed since it was last imported: “${titles.get(p.articleId)}” is in the library as it was.`);
    }
  });

  it('calls a seed copied under another name a duplicate, naming the article by its title', async () => {
    expect(copyImport.code).toBe(0);
    const report = JSON.parse(copyImport.stdout);
    const original = seed('001_');
    const title = (JSON.parse((await ws.run('show', String(original.id), '--json')).stdout) as { title: string }).title;
    expect(report).toMatchObject({ new: 0, unchanged: 0, duplicates: 1, imported: 0 });
    expect(report.problems).toEqual([
      {
        path: path.join(ws.dir, 'copies', 'a-copy-of-001.txt'),
        kind: 'duplicate',
        code: 'duplicate',
        message: `Same text as “${title}” in the library.`,
        articleId: original.id
      }
    ]);
  });
});

describe('crosscheck list', () => {
  it('lists the seeds with their titles, outlets and dates as JSON', async () => {
    const result = await ws.run('list', '--json');
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(page.total).toBe(seeds.length);
    // The fields docs/cli.md lists, no more, no fewer.
    for (const item of page.items) {
      expect(Object.keys(item).sort()).toEqual(['collection', 'id', 'importedAt', 'outlet', 'publishedAt', 'title', 'wordCount']);
    }
    for (const known of KNOWN) {
      const s = seed(known.prefix);
      for (const e of known.evidence) expect(s.text).toContain(e);
      const item = page.items.find((a: { id: number }) => a.id === s.id);
      expect(item, s.file).toMatchObject({ publishedAt: known.publishedAt, outlet: known.outlet });
      if (known.titleLine !== null) expect(item.title).toBe(s.text.split('\n')[known.titleLine]);
      // A title made from the first sentence is cut where a headline could end; it is in the file.
      expect(s.text.replace(/\s+/g, ' ')).toContain(item.title);
    }
    // 004 has no headline: its lead sentence (170 characters) is cut where a clause ends, not
    // mid-phrase ("… on Wednesday after the…", review #4), and without "…", which citations would
    // carry as part of the title (review 12).
    expect(page.items.find((a: { id: number }) => a.id === seed('004_').id).title).toBe(
      'The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday'
    );
  });

  it('prints one line per article, newest first, and the count on stderr', async () => {
    const result = await ws.run('list');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out).toHaveLength(seeds.length);
    const dated = KNOWN.filter((k) => k.publishedAt !== null).map((k) => seed(k.prefix).id);
    // The dated seeds come first (both 2018-07-04), the undated after them.
    expect(sorted(out.slice(0, dated.length).map((l) => Number(l.trim().split(/\s+/)[0])))).toEqual(sorted(dated));
    expect(out.slice(0, dated.length).every((l) => l.includes('2018-07-04'))).toBe(true);
    const newArab = out.find((l) => l.trim().startsWith(`${seed('000_').id} `));
    expect(newArab).toMatch(
      /2018-07-04 {2}The New Arab +\d+w {2}Russia strikes Daraa after failure of ceasefire talks with Syria rebels$/
    );
    expect(result.stderr).toBe(`${seeds.length} of ${seeds.length} articles\n`);
  });

  it('sorts by title and pages with --limit and --offset', async () => {
    const all = JSON.parse((await ws.run('list', '--json', '--sort', 'title', '--asc')).stdout);
    const titles: string[] = all.items.map((a: { title: string }) => a.title);
    expect(titles).toEqual([...titles].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const page = JSON.parse((await ws.run('list', '--json', '--sort', 'title', '--asc', '--limit', '2', '--offset', '1')).stdout);
    expect(page.total).toBe(seeds.length);
    expect(page.items.map((a: { title: string }) => a.title)).toEqual(titles.slice(1, 3));
  });
});

describe('crosscheck search', () => {
  it('finds the Daraa articles when asked for Deraa, marking the words in [brackets]', async () => {
    const result = await ws.run('search', 'Deraa');
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    const expected = idsOfSeedsMatching(/D[ae]raa/);
    expect(out).toHaveLength(expected.length * 2);
    const heads = out.filter((_, i) => i % 2 === 0);
    const snippets = out.filter((_, i) => i % 2 === 1);
    expect(sorted(heads.map((l) => Number(l.trim().split(/\s+/)[0])))).toEqual(expected);
    // Seeds spelling it only "Daraa" are found too, through the spelling variant.
    expect(idsOfSeedsMatching(/Daraa/).filter((id) => !idsOfSeedsMatching(/Deraa/).includes(id)).length).toBeGreaterThan(0);
    for (const s of snippets) expect(s).toMatch(/\[D[ae]raa\]/);
    expect(heads.find((l) => l.trim().startsWith(`${seed('000_').id} `))).toMatch(/ — The New Arab$/);
    expect(result.stderr).toBe(`${expected.length} of ${expected.length} matching articles\n`);
  });

  it('answers as JSON with the variant searched and highlight offsets into the snippet', async () => {
    const result = await ws.run('search', 'Deraa', '--json', '--limit', '2');
    expect(result.code).toBe(0);
    const response = JSON.parse(result.stdout);
    expect(response).toMatchObject({
      query: 'Deraa',
      total: idsOfSeedsMatching(/D[ae]raa/).length,
      variants: { deraa: ['daraa'] }
    });
    expect(Object.keys(response).sort()).toEqual(
      [
        'facets',
        'fuzzy',
        'fuzzyIndex',
        'hits',
        'noteHits',
        'notes',
        'query',
        'relaxed',
        'sort',
        'terms',
        'total',
        'variants'
      ].sort()
    );
    expect(response.noteHits).toEqual([]); // only `in:notes` searches notes
    expect(Object.keys(response.facets).sort()).toEqual(['language', 'month', 'outlet', 'story', 'tag']);
    expect(response.hits).toHaveLength(2);
    for (const hit of response.hits) {
      expect(Object.keys(hit).sort()).toEqual(['article', 'match', 'score', 'snippet']);
      const marked = hit.snippet.highlights.map((h: { start: number; end: number }) => hit.snippet.text.slice(h.start, h.end));
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word).toMatch(/^D[ae]raa$/);
    }
  });

  it('puts the newest first with --sort date and shows each date, undated last', async () => {
    const result = await ws.run('search', 'Deraa', '--sort', 'date');
    expect(result.code).toBe(0);
    const heads = lines(result.stdout).filter((_, i) => i % 2 === 0);
    const dates = heads.map((l) => l.trim().split(/\s+/)[1]);
    const datedCount = KNOWN.filter((k) => k.publishedAt !== null).length;
    expect(dates).toEqual([
      ...Array<string>(datedCount).fill('2018-07-04'),
      ...Array<string>(seeds.length - datedCount).fill('undated')
    ]);

    const json = JSON.parse((await ws.run('search', 'Deraa', '--sort', 'date', '--json')).stdout);
    expect(json.sort).toBe('date');
    expect(json.hits.map((h: { article: { publishedAt: string | null } }) => h.article.publishedAt)).toEqual(
      dates.map((d) => (d === 'undated' ? null : d))
    );
  });

  it('runs a file of queries, one JSON line per non-empty line with its line number', async () => {
    const file = path.join(FIXTURES_DIR, 'queries.txt');
    const result = await ws.run('search', '--queries', file, '--json');
    expect(result.code).toBe(0);
    const answers = lines(result.stdout).map((l) => JSON.parse(l));
    expect(answers.map((a) => [a.line, a.query, a.total])).toEqual([
      [1, 'Deraa', idsOfSeedsMatching(/D[ae]raa/).length],
      [3, '"Busra al-Sham"', idsOfSeedsMatching(/Busra al[- ]Sham/i).length],
      [4, '"no such phrase anywhere"', 0]
    ]);
    expect(sorted(answers[1].hits.map((h: { article: { id: number } }) => h.article.id))).toEqual(
      idsOfSeedsMatching(/Busra al[- ]Sham/i)
    );
  });
});

describe('crosscheck show', () => {
  // Boilerplate each marker's seed carries; found in the files, not assumed.
  for (const marker of ['Follow us on Twitter', '[ad_1]', 'LEAVE A REPLY']) {
    it(`prints the clean text, and with --original the text as imported with "${marker}"`, async () => {
      const s = seeds.find((x) => x.text.includes(marker));
      expect(s, `a seed containing ${marker}`).toBeDefined();
      const id = String(idOf.get(s!.file));
      const clean = await ws.run('show', id);
      const original = await ws.run('show', id, '--original');
      expect([clean.code, original.code]).toEqual([0, 0]);
      expect(original.stdout).toContain(marker);
      expect(clean.stdout).not.toContain(marker);
      expect(clean.stdout).toContain(`Source: ${s!.path}\n`);
    });
  }

  it('starts with the title and its metadata', async () => {
    const s = seed('000_');
    const result = await ws.run('show', String(s.id));
    const [title, rule, ...rest] = lines(result.stdout);
    expect(title).toBe(s.text.split('\n')[0]);
    expect(rule).toBe('='.repeat(title!.length));
    expect(rest.slice(0, 3)).toEqual(['Outlet: The New Arab', 'Date: 2018-07-04', `Source: ${s.path}`]);
  });

  it('prints the full article as JSON, the removed spans pointing into the original', async () => {
    const s = seed('000_');
    const article = JSON.parse((await ws.run('show', String(s.id), '--json')).stdout);
    expect(article).toMatchObject({ id: s.id, sourcePath: s.path, outlet: 'The New Arab' });
    const removed: string[] = article.removed.map((r: { start: number; end: number }) =>
      (article.original ?? article.body).slice(r.start, r.end)
    );
    expect(removed.some((r) => r.includes('Follow us on Twitter: @The_NewArab'))).toBe(true);
    expect(article.body).not.toContain('@The_NewArab');
  });
});

describe('crosscheck stories', () => {
  it('groups the five seeds, all about one event, into one story', async () => {
    const text = await ws.run('stories');
    expect(text.code).toBe(0);
    const out = lines(text.stdout);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(new RegExp(`^\\s+\\d+\\s+${seeds.length} articles {2}\\S`));
    expect(out[1]!.trim()).toBe(sorted(idOf.values()).join(', '));
    expect(text.stderr).toBe('1 story\n');

    const json = JSON.parse((await ws.run('stories', '--json')).stdout);
    expect(json.stories).toHaveLength(1);
    const [story] = json.stories;
    expect(story.paths).toEqual(story.articleIds.map((id: number) => seeds.find((s) => idOf.get(s.file) === id)!.path));
    expect(sorted(story.articleIds)).toEqual(sorted(idOf.values()));
  });
});

describe('crosscheck compare', () => {
  it('names the AFP-derived seeds as one wire group, and the casualty figures that disagree', async () => {
    const afp = idsOfSeedsMatching(/\bAFP\b/);
    expect(afp).toHaveLength(3);
    const result = await ws.run('compare', ...sorted(idOf.values()).map(String));
    expect(result.code).toBe(0);
    const wire = lines(result.stdout).find((l) => l.startsWith('Wire copies: '));
    const match = /^Wire copies: ([\d, ]+) \(likely original (\d+), AFP\)$/.exec(wire ?? '');
    expect(match, wire).not.toBeNull();
    expect(sorted(match![1]!.split(', ').map(Number))).toEqual(afp);
    expect(afp).toContain(Number(match![2]));
    // 001 says "More than 140 civilians", 002 "More than 100 civilians".
    const [c140, c100] = [seed('001_'), seed('002_')];
    expect(c140.text).toContain('More than 140 civilians');
    expect(c100.text).toContain('More than 100 civilians');
    expect(result.stdout).toContain(`More than 140 civilians [${c140.id}] vs More than 100 civilians [${c100.id}]`);
  });

  it('gives the whole comparison as JSON: the wire group with its agency, the overlap matrix', async () => {
    const afp = idsOfSeedsMatching(/\bAFP\b/);
    const result = await ws.run('compare', ...afp.map(String), '--json');
    expect(result.code).toBe(0);
    const comparison = JSON.parse(result.stdout);
    expect(comparison.wireGroups).toEqual([expect.objectContaining({ agency: 'AFP' })]);
    expect(sorted(comparison.wireGroups[0].articleIds.map(Number))).toEqual(afp);
    expect(comparison.overlap.articleIds).toEqual(afp.map(String));
    expect(comparison.overlap.shares.map((row: number[], i: number) => row[i])).toEqual([1, 1, 1]);
    expect(comparison.pairs.length).toBe(3);
  });

  it('refuses an id that is not in the library with one line, exit 4', async () => {
    const missing = Math.max(...idOf.values()) + 1;
    const result = await ws.run('compare', String(seed('000_').id), String(missing));
    expect(result.code).toBe(4);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`crosscheck compare: Article ${missing} is not in the library (it may have been deleted).\n`);
  });
});
