import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '@shared/contract/channels';
import { passageKey } from '@shared/contract/annotationSchemas';
import { dispatch } from '@shared/contract/dispatch';
import { importPaths } from '../import/importPaths';
import { channelCaller } from '../testing/channelCaller';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { annotationHandlers } from './annotationHandlers';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const DARAA = [
  'Talks fail in Daraa',
  '',
  'Rebels in Daraa said on Wednesday that talks with Russia had collapsed.',
  'Russian jets struck the town of Busra al-Sham hours later, witnesses said.',
  'The United Nations called for calm in the south.'
].join('\n');

const BUSRA = [
  'Busra al-Sham shelled',
  '',
  'Jets struck Busra al-Sham on Thursday.',
  'Residents fled towards the Jordanian border.'
].join('\n');

/** A library holding the two articles above (ids 1 and 2), and a caller of its annotation channels through `dispatch`. */
async function setup() {
  const lib = makeTempLibrary();
  const dir = makeTempFolder({ 'a-daraa.txt': DARAA, 'b-busra.txt': BUSRA });
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  await importPaths(lib.db, [dir]);
  const { call, fail } = channelCaller(annotationHandlers(lib.db));
  const body = (id: number) => (lib.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string) ?? '';
  return { lib, dir, call, fail, body };
}

describe('annotations channels', () => {
  it('creates highlights from a range or a quote, and notes on an article, a story and a passage', async () => {
    const { lib, call, body } = await setup();
    const text = body(1);
    const start = text.indexOf('talks with Russia');
    const byRange = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      start,
      end: start + 'talks with Russia'.length,
      colour: 4,
      note: 'Who walked out?',
      tags: ['Talks', 'russia']
    });
    expect(byRange).toMatchObject({
      kind: 'highlight',
      articleId: 1,
      targetTitle: 'Talks fail in Daraa',
      colour: 4,
      note: 'Who walked out?',
      state: 'placed',
      current: { start, end: start + 17 },
      anchor: { quote: { exact: 'talks with Russia' } }
    });
    expect(byRange.tags).toEqual(['russia', 'Talks']);
    expect(byRange.anchor?.quote.prefix).toMatch(/said on Wednesday that $/);

    // The last "Daraa" of the body, counted from 1.
    const occurrences = text.split('Daraa').length - 1;
    const second = await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'Daraa', occurrence: occurrences });
    expect(second.current?.start).toBe(text.lastIndexOf('Daraa'));
    expect(second.colour).toBe(1);

    const articleNote = await call('annotations:create', {
      kind: 'article-note',
      articleId: 2,
      note: 'Check the date against AP.'
    });
    expect(articleNote).toMatchObject({
      kind: 'article-note',
      articleId: 2,
      anchor: null,
      current: null,
      colour: null,
      state: 'placed'
    });

    lib.db.prepare("INSERT INTO stories (id, label, created_at) VALUES (7, 'Daraa offensive', '2018-07-05')").run();
    lib.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (1, 7), (2, 7)').run();
    const storyNote = await call('annotations:create', { kind: 'story-note', storyId: 7, note: 'Timeline **needed**' });
    expect(storyNote).toMatchObject({ kind: 'story-note', storyId: 7, targetTitle: 'Daraa offensive' });

    const span = (id: number, words: string) => ({
      articleId: id,
      start: body(id).indexOf(words),
      end: body(id).indexOf(words) + words.length
    });
    const passage = await call('annotations:create', {
      kind: 'passage-note',
      spans: [span(1, 'struck the town of Busra al-Sham'), span(2, 'struck Busra al-Sham')],
      note: 'Same wire copy?'
    });
    expect(passage.passage?.map((s) => [s.articleId, s.anchor.quote.exact, s.state])).toEqual([
      [1, 'struck the town of Busra al-Sham', 'placed'],
      [2, 'struck Busra al-Sham', 'placed']
    ]);
    // The key names the articles and the words, not the comparison's cluster number: made again, it is the same.
    const again = await call('annotations:create', {
      kind: 'passage-note',
      spans: [span(2, 'struck Busra al-Sham'), span(1, 'struck the town of Busra al-Sham')]
    });
    expect(again.passageKey).toBe(passage.passageKey);
    expect(passage.passageKey).toMatch(/^1:[0-9a-f]{16},2:[0-9a-f]{16}$/);
    // What the UI does with a recomputed comparison: the key from the cluster's spans finds its notes.
    const cluster = [span(2, 'struck Busra al-Sham'), span(1, 'struck the town of Busra al-Sham')];
    const key = passageKey(cluster.map((c) => ({ articleId: c.articleId, exact: body(c.articleId).slice(c.start, c.end) })));
    const listed = await call('annotations:list', { filter: { passageKey: key } });
    expect(listed.items.map((a) => a.id).sort()).toEqual([passage.id, again.id].sort());

    expect(await call('annotations:get', { id: byRange.id })).toEqual(byRange);
  });

  it('refuses what cannot be a highlight with a sentence saying why', async () => {
    const { fail, body } = await setup();
    const length = body(1).length;
    expect((await fail('annotations:create', { kind: 'highlight', articleId: 1, start: 5, end: length + 10 })).message).toMatch(
      /runs past the end of article 1, whose text is \d+ characters long/
    );
    expect((await fail('annotations:create', { kind: 'highlight', articleId: 1, start: 5, end: 5 })).message).toMatch(
      /needs some text/
    );
    expect((await fail('annotations:create', { kind: 'highlight', articleId: 1, quote: 'Damascus' })).message).toBe(
      'Article 1 does not contain "Damascus" (the text must match exactly, including case).'
    );
    expect(
      (await fail('annotations:create', { kind: 'highlight', articleId: 1, quote: 'talks', occurrence: 3 })).message
    ).toMatch(/contains "talks" once, so there is no occurrence 3/);
    const missing = await fail('annotations:create', { kind: 'article-note', articleId: 99, note: 'x' });
    expect(missing).toEqual({ code: 'not-found', message: 'Article 99 is not in the library (it may have been deleted).' });
    expect((await fail('annotations:create', { kind: 'highlight', articleId: 1, colour: 7, quote: 'talks' })).code).toBe(
      'invalid-input'
    );
    expect((await fail('annotations:update', { id: 42, changes: { note: 'x' } })).code).toBe('not-found');
  });

  it('updates note, tags, colour and extent; delete answers what restore puts back, with the same id', async () => {
    const { call, fail, body } = await setup();
    const made = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'talks with Russia',
      tags: ['talks'],
      note: 'first'
    });
    const edited = await call('annotations:update', {
      id: made.id,
      changes: { note: 'second', tags: ['Russia', 'walkout'], colour: 3 }
    });
    expect(edited).toMatchObject({ note: 'second', tags: ['Russia', 'walkout'], colour: 3, createdAt: made.createdAt });
    expect(edited.updatedAt >= made.updatedAt).toBe(true);
    expect((await fail('annotations:update', { id: made.id, changes: { colour: null } })).message).toBe(
      'A highlight always has a colour (1–6).'
    );

    // A wider extent: "collapsed" included.
    const text = body(1);
    const wider = await call('annotations:update', {
      id: made.id,
      changes: { range: { start: text.indexOf('talks with Russia'), end: text.indexOf('collapsed') + 'collapsed'.length } }
    });
    expect(wider.anchor?.quote.exact).toBe('talks with Russia had collapsed');
    expect(wider.current).toEqual({ start: text.indexOf('talks with Russia'), end: text.indexOf('collapsed') + 9 });

    // Undo of the edit: restore the annotation as it was before.
    const undone = await call('annotations:restore', { annotation: edited });
    expect(undone).toEqual(edited);
    // A tag is one line (tags are joined by line feeds when read): a restore cannot smuggle one in.
    expect((await fail('annotations:restore', { annotation: { ...edited, tags: ['two\nlines'] } })).message).toMatch(
      /^Invalid request to annotations:restore \(annotation\.tags\.0\): a tag is one line/
    );

    const { deleted } = await call('annotations:delete', { id: made.id });
    expect(deleted).toEqual(edited);
    expect((await call('annotations:list', {})).total).toBe(0);
    expect((await fail('annotations:get', { id: made.id })).code).toBe('not-found');
    const restored = await call('annotations:restore', { annotation: deleted });
    expect(restored).toEqual(deleted);
    expect((await call('annotations:list', {})).items.map((a) => a.id)).toEqual([made.id]);
  });

  it('lists by article, story, colour, tags, state, outlet, date and words in the quote or note, with counts and tags in use', async () => {
    const { lib, call } = await setup();
    lib.db.prepare("UPDATE articles SET outlet = 'Reuters', published_at = '2018-07-04' WHERE id = 1").run();
    lib.db.prepare("UPDATE articles SET outlet = 'Al Jazeera', published_at = '2018-08-02' WHERE id = 2").run();
    lib.db.prepare("INSERT INTO stories (id, label, created_at) VALUES (3, 'South', '2018-07-05')").run();
    lib.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (2, 3)').run();
    const h1 = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'talks with Russia',
      colour: 1,
      tags: ['talks']
    });
    const h2 = await call('annotations:create', {
      kind: 'highlight',
      articleId: 1,
      quote: 'Busra al-Sham',
      colour: 4,
      tags: ['Talks', 'shelling'],
      note: 'Témoins: not confirmed'
    });
    const h3 = await call('annotations:create', {
      kind: 'highlight',
      articleId: 2,
      quote: 'Jordanian border',
      colour: 4,
      tags: ['refugees']
    });
    const n1 = await call('annotations:create', { kind: 'story-note', storyId: 3, note: '100% of sources_agree?' });
    const ids = async (
      filter: ChannelInput<'annotations:list'>['filter'],
      sort: 'position' | 'created' | 'updated' = 'position'
    ) => (await call('annotations:list', { filter, sort })).items.map((a) => a.id);

    expect(await ids({ articleId: 1 })).toEqual([h1.id, h2.id]);
    expect(await ids({ colours: [4] })).toEqual([h2.id, h3.id]);
    expect(await ids({ tags: ['TALKS'] })).toEqual([h1.id, h2.id]);
    expect(await ids({ tags: ['talks', 'shelling'] })).toEqual([h2.id]);
    expect(await ids({ storyId: 3 })).toEqual([h3.id, n1.id]);
    expect(await ids({ outlet: 'reuters' })).toEqual([h1.id, h2.id]);
    expect(await ids({ publishedFrom: '2018-08' })).toEqual([h3.id]);
    expect(await ids({ publishedTo: '2018-07' })).toEqual([h1.id, h2.id]);
    expect(await ids({ text: 'temoins' })).toEqual([h2.id]);
    expect(await ids({ text: 'border jordanian' })).toEqual([h3.id]);
    // LIKE's wildcards in the words are searched as themselves.
    expect(await ids({ text: '100%' })).toEqual([n1.id]);
    expect(await ids({ text: 's_agree' })).toEqual([n1.id]);
    expect(await ids({ text: '%' })).toEqual([n1.id]);
    expect(await ids({ kinds: ['story-note'] })).toEqual([n1.id]);
    expect(await ids({ states: ['orphan'] })).toEqual([]);
    expect(await ids({}, 'created')).toEqual([n1.id, h3.id, h2.id, h1.id]);
    const page = await call('annotations:list', { sort: 'position', limit: 2, offset: 1 });
    expect([page.total, page.items.map((a) => a.id)]).toEqual([4, [h2.id, h3.id]]);
    expect(page.items[1]!.article).toEqual({ title: 'Busra al-Sham shelled', outlet: 'Al Jazeera', publishedAt: '2018-08-02' });

    expect(await call('annotations:counts', {})).toEqual({
      total: 4,
      byColour: { '1': 1, '4': 2 },
      byState: { placed: 4 },
      byTag: [
        { tag: expect.stringMatching(/^talks$/i), count: 2 },
        { tag: 'refugees', count: 1 },
        { tag: 'shelling', count: 1 }
      ]
    });
    expect((await call('annotations:counts', { filter: { articleId: 2 } })).byColour).toEqual({ '4': 1 });
    expect((await call('annotations:tags', { prefix: 'SH' })).tags).toEqual([{ tag: 'shelling', count: 1 }]);
    expect((await call('annotations:tags', {})).tags.map((t) => t.count)).toEqual([2, 1, 1]);
    expect((await call('annotations:tags', { prefix: '%' })).tags).toEqual([]);
  });

  it('takes a tag in any case of any script as one tag: Été, été and ÉTÉ; İstanbul and ISTANBUL', async () => {
    const { call } = await setup();
    const note = (articleId: number, tags: string[]) => call('annotations:create', { kind: 'article-note', articleId, note: 'n', tags });
    const first = await note(1, ['Été', 'été', 'İstanbul']);
    // One tag given twice in two cases is kept once, as typed first.
    expect(first.tags).toEqual(['Été', 'İstanbul']);
    const second = await note(2, ['ÉTÉ', 'ISTANBUL']);
    await note(2, ['été']);
    await note(1, ['ete']);
    const ids = async (tags: string[]) =>
      (await call('annotations:list', { filter: { tags }, sort: 'created', limit: 10, offset: 0 })).items.map((a) => a.id).sort();
    // The panel's filter (and tag: in the search box, which uses it with in:notes) finds every spelling.
    expect(await ids(['été'])).toHaveLength(3);
    expect(await ids(['ÉTÉ'])).toEqual(await ids(['Été']));
    expect(await ids(['istanbul'])).toEqual([first.id, second.id].sort());
    expect(await ids(['ete'])).toHaveLength(1);
    // The panel's chips and the autocomplete count them as one tag, under its most used spelling.
    const counts = (await call('annotations:counts', {})).byTag;
    expect(counts.map((t) => t.count)).toEqual([3, 2, 1]);
    expect(counts[2]!.tag).toBe('ete');
    expect((await call('annotations:tags', { prefix: 'é' })).tags.map((t) => t.count)).toEqual([3]);
    expect((await call('annotations:tags', { prefix: 'is' })).tags).toEqual([{ tag: expect.stringMatching(/stanbul$/i), count: 2 }]);
  });

  it("lists a passage note under a story holding one of its articles, as a story's report includes it", async () => {
    const { lib, call, body } = await setup();
    lib.db.prepare("INSERT INTO stories (id, label, created_at) VALUES (3, 'South', '2018-07-05'), (4, 'Other', '2018-07-05')").run();
    lib.db.prepare('INSERT INTO story_articles (article_id, story_id) VALUES (2, 3)').run();
    const span = (id: number, words: string) => ({ articleId: id, start: body(id).indexOf(words), end: body(id).indexOf(words) + words.length });
    const passage = await call('annotations:create', {
      kind: 'passage-note',
      spans: [span(1, 'Busra al-Sham'), span(2, 'Busra al-Sham')],
      note: 'Both name the town'
    });
    const ids = async (storyId: number) => (await call('annotations:list', { filter: { storyId } })).items.map((a) => a.id);
    expect(await ids(3)).toEqual([passage.id]);
    expect(await ids(4)).toEqual([]);
    expect((await call('annotations:counts', { filter: { storyId: 3 } })).total).toBe(1);
  });

  it('names the six colours by default and keeps what the user renames', async () => {
    const { call } = await setup();
    expect((await call('annotations:colours:get', {})).colours.map((c) => c.label)).toEqual([
      'Claim',
      'Quote',
      'Figure',
      'Contradiction',
      'Follow up',
      'Context'
    ]);
    const set = await call('annotations:colours:set', { colours: [{ colour: 3, label: '  Numbers ' }] });
    expect(set.colours[2]).toEqual({ colour: 3, label: 'Numbers' });
    expect((await call('annotations:colours:get', {})).colours.map((c) => c.label)).toEqual([
      'Claim',
      'Quote',
      'Numbers',
      'Contradiction',
      'Follow up',
      'Context'
    ]);
  });

  it('keeps the notes of a deleted article as orphans with their quote, note and title', async () => {
    const { lib, call } = await setup();
    const h = await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'talks with Russia', note: 'keep me' });
    const n = await call('annotations:create', { kind: 'article-note', articleId: 1, note: 'and me' });
    lib.db.prepare('DELETE FROM articles WHERE id = 1').run();
    const after = await call('annotations:list', { filter: { states: ['orphan'] }, sort: 'position' });
    expect(
      after.items.map((a) => [a.id, a.articleId, a.state, a.orphanReason, a.targetTitle, a.note, a.anchor?.quote.exact ?? null])
    ).toEqual([
      [h.id, null, 'orphan', 'deleted', 'Talks fail in Daraa', 'keep me', 'talks with Russia'],
      [n.id, null, 'orphan', 'deleted', 'Talks fail in Daraa', 'and me', null]
    ]);
    // Re-attaching needs an article; the message says why it cannot.
    const result = await dispatch(annotationHandlers(lib.db), 'annotations:update', {
      id: h.id,
      changes: { range: { start: 0, end: 4 } }
    });
    expect(result).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/was deleted, so it cannot be re-attached/) }
    });
  });

  it('stores hostile note text and tags as text, byte for byte', async () => {
    const { call } = await setup();
    // A committed sample of ../shared/corpora/hostile-html-xss (fixtures/README.md), so the test
    // checks the same payloads on every clone.
    const fromCorpus = fs
      .readFileSync(path.join(import.meta.dirname, 'fixtures/xss-payloads.txt'), 'utf8')
      .split('\n')
      .filter((l) => l.trim());
    expect(fromCorpus).toHaveLength(40);
    const payloads = [
      '<img src=x onerror=alert(1)>',
      '<script>alert(document.cookie)</script>',
      '"; DROP TABLE annotations; --',
      '\u202Eevil\u202C \u0000 \u001b[31mred\u001b[0m',
      '[link](javascript:alert(1)) ![x](http://example.com/x.png)',
      ...fromCorpus
    ];
    for (const note of payloads) {
      const made = await call('annotations:create', { kind: 'article-note', articleId: 1, note, tags: ['<b>bold</b>'] });
      const read = await call('annotations:get', { id: made.id });
      expect(read.note).toBe(note);
      expect(read.tags).toEqual(['<b>bold</b>']);
    }
    expect((await call('annotations:list', { limit: 1000 })).total).toBe(payloads.length);
  });
});
