import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { type Workspace, lines, makeWorkspace } from './crosscheck';

/**
 * `crosscheck import-annotations` through the built binary: one person's highlights and notes,
 * exported as W3C JSON, read into another person's library whose copies of the articles changed —
 * every highlight where its words now are, the one whose words are gone an orphan, the one whose
 * article is missing listed, and nothing added by a second run.
 */

const SEEDS = path.resolve(import.meta.dirname, '../../../seeds');
const FESTIVAL = (text: string): string =>
  `---\ntitle: Harvest festival opens in Lyon\noutlet: Le Progrès\nurl: https://example.com/lyon-festival\n---\n\n${text}\n`;

let alice: Workspace;
let bob: Workspace;
let exported: string;

async function ok(ws: Workspace, ...args: string[]): Promise<string> {
  const r = await ws.run(...args);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

async function highlights(ws: Workspace): Promise<Annotation[]> {
  return (JSON.parse(await ok(ws, 'annotate', 'list', '--limit', '1000', '--sort', 'position', '--json')) as { items: Annotation[] }).items;
}

beforeAll(async () => {
  alice = makeWorkspace();
  bob = makeWorkspace();
  // Alice: the seeds, the festival article (with a web address) and one article Bob never gets.
  await ok(alice, 'import', SEEDS, '--json');
  alice.write('festival.md', FESTIVAL('The harvest festival opened in Lyon on Saturday. Organisers expect forty thousand visitors this year.'));
  alice.write('only-alice.txt', 'Flooding closes the ring road\n\nThe ring road around Lyon was closed by floods on Monday.\n');
  await ok(alice, 'import', path.join(alice.dir, 'festival.md'), path.join(alice.dir, 'only-alice.txt'), '--json');
  const add = (id: string, quote: string, note: string, colour: string, ...tags: string[]) =>
    ok(alice, 'annotate', 'add', id, '--quote', quote, '--note', note, '--colour', colour, ...tags.flatMap((t) => ['--tag', t]), '--json');
  await add('1', 'Russian airstrikes are targeting', 'Claim <script>x</script>', '1', 'airstrikes');
  await add('3', 'rebels', 'Which rebels?', '4');
  await add('6', 'opened in Lyon', 'Opening day', '2', 'lyon');
  await add('6', 'forty thousand visitors', 'Check the figure', '3');
  await add('7', 'closed by floods', 'Only Alice has this article', '5');
  await ok(alice, 'annotate', 'add', '2', '--note', 'A note on the whole article', '--json');
  exported = path.join(alice.dir, 'alice.jsonld');
  await ok(alice, 'export', '--format', 'json', '--out', exported);

  // Bob: the same seeds but article 3 with a paragraph added at the top (its words move), and the
  // festival article rewritten (the figure is gone).
  const seedFiles = fs.readdirSync(SEEDS).sort();
  for (const [i, name] of seedFiles.entries()) {
    const text = fs.readFileSync(path.join(SEEDS, name), 'utf8');
    bob.write(`seeds/${name}`, i === 2 ? text.replace(/\n/, '\nAn editor’s note added later, before the story begins.\n') : text);
  }
  await ok(bob, 'import', path.join(bob.dir, 'seeds'), '--json');
  bob.write('festival.md', FESTIVAL('Music and markets filled the squares as the harvest festival opened in Lyon on Saturday.'));
  await ok(bob, 'import', path.join(bob.dir, 'festival.md'), '--json');
}, 180_000);
afterAll(() => {
  alice.remove();
  bob.remove();
});

describe('crosscheck import-annotations', () => {
  it('anchors each highlight on its words in the changed articles, keeps the lost one as an orphan, lists the one with no article', async () => {
    const out = await ok(bob, 'import-annotations', exported);
    expect(lines(out)[0]).toBe(
      'Imported 6 annotations: 4 anchored, 1 orphaned, 0 already in the library, 1 with no article here, 0 unreadable.'
    );
    expect(out).toContain('“forty thousand visitors”: orphan on article 6');
    expect(out).toMatch(/“closed by floods”: No article of this library is urn:crosscheck:text:[0-9a-f]+ or holds its words\. Import that article first/);

    const mine = await highlights(bob);
    const bodies = new Map<number, string>();
    for (const a of mine) {
      if (a.kind !== 'highlight' || a.current === null) continue;
      bodies.set(a.articleId!, bodies.get(a.articleId!) ?? JSON.parse(await ok(bob, 'show', String(a.articleId), '--json')).body);
      // Where the library says it is, the article's text holds exactly the highlighted words.
      expect(bodies.get(a.articleId!)!.slice(a.current.start, a.current.end)).toBe(a.anchor!.quote.exact);
    }
    const byQuote = new Map(mine.map((a) => [a.anchor?.quote.exact ?? a.note, a]));
    expect(byQuote.get('Russian airstrikes are targeting')).toMatchObject({ articleId: 1, state: 'placed', colour: 1, note: 'Claim <script>x</script>', tags: ['airstrikes'] });
    // Article 3 changed (its hash differs), so it was found by the words and their context.
    expect(byQuote.get('rebels')).toMatchObject({ articleId: 3, colour: 4, note: 'Which rebels?' });
    expect(byQuote.get('opened in Lyon')).toMatchObject({ articleId: 6, state: 'moved', colour: 2, tags: ['lyon'] });
    expect(byQuote.get('forty thousand visitors')).toMatchObject({ articleId: 6, state: 'orphan', note: 'Check the figure', current: null });
    expect(byQuote.get('A note on the whole article')).toMatchObject({ kind: 'article-note', articleId: 2 });
    expect(mine).toHaveLength(5);
  });

  it('a second run adds nothing: every annotation already there', async () => {
    const before = await highlights(bob);
    const out = await ok(bob, 'import-annotations', exported, '--json');
    expect(JSON.parse(out)).toMatchObject({ total: 6, anchored: 0, orphaned: 0, duplicates: 5, noArticle: 1, invalid: 0 });
    expect(await highlights(bob)).toEqual(before);
  });

  it('--dry-run says what would happen and writes nothing', async () => {
    const fresh = makeWorkspace();
    try {
      await ok(fresh, 'import', SEEDS, '--json');
      const out = await ok(fresh, 'import-annotations', exported, '--dry-run');
      expect(lines(out)[0]).toMatch(/^Would import 6 annotations: 3 anchored, 0 orphaned, 0 already in the library, 3 with no article here/);
      expect(await highlights(fresh)).toEqual([]);
    } finally {
      fresh.remove();
    }
  });

  it('a file that is not a W3C export is refused with a sentence, and nothing changes', async () => {
    const before = await highlights(bob);
    for (const [name, contents, message] of [
      ['broken.jsonld', '{"type": "AnnotationCollection", ', 'The file is not JSON, so it holds no W3C annotations.'],
      ['empty.jsonld', '{"type": "Something"}', 'The file holds no W3C annotations (no AnnotationCollection, AnnotationPage or Annotation).']
    ] as const) {
      const r = await bob.run('import-annotations', bob.write(name, contents));
      expect(r.code).toBe(1);
      expect(lines(r.stderr)).toEqual([expect.stringContaining(`crosscheck import-annotations: ${message}`)]);
    }
    const missing = await bob.run('import-annotations', path.join(bob.dir, 'nope.jsonld'));
    expect(lines(missing.stderr)).toEqual([`crosscheck import-annotations: ${path.join(bob.dir, 'nope.jsonld')} does not exist. Check the path.`]);
    expect(await highlights(bob)).toEqual(before);
  });
});
