import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { makeDocx } from './import/fixtures/makeDocx';
import { importPaths } from './import/importPaths';
import { channelCaller } from './testing/channelCaller';
import { makeTempFolder, makeTempLibrary } from './testing/tempLibrary';

/**
 * Issue 15: a date read from the file's properties (a DOCX's creation date) is the day the file was
 * saved, not published. Every answer that carries an article's date says so, from one rule
 * (`dateFromFileColumn`), until the user corrects the date; and the comparison never takes it for
 * a publication date when it picks a wire group's likely original.
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

// One wire story, no date in its words. The copies differ by a line each (the first's title, the
// second's closing line), so neither is an exact duplicate and neither holds more of the other.
const STORY = [
  'Rebels in Daraa said that talks with Russian officers over the south of the country had failed, and that the offensive would go on.',
  'The rebel spokesman said the Russian side had demanded that the fighters hand over their heavy weapons before any agreement was signed.',
  'Thousands of civilians have fled towards the border with Jordan, which has kept its crossings closed and says it cannot take more refugees.',
  'Aid groups warned that the camps along the border lacked water, shelter and medical care as summer temperatures rose above forty degrees.',
  'Government forces backed by Russian air power have retaken a string of towns in the eastern countryside of the province in recent days.',
  'The United Nations said the fighting had driven more people from their homes than any other offensive since the war began seven years ago.',
  'Israel, which holds the neighbouring Golan Heights, has said it will not let the refugees cross and has sent tents and medicine instead.',
  'Diplomats said a new round of talks could be held in the coming days if both sides agreed on where the rebels would be allowed to go.'
];

async function library() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  const folder = makeTempFolder({
    // Saved on 1 July, before the published copy's date: an "earliest" by the file's date would pick it.
    'saved.docx': makeDocx({ paragraphs: ['Talks collapse in southern Syria', ...STORY], core: { created: '2018-07-01T09:30:00Z' } }),
    'published.md': `---\ntitle: Talks collapse in the south\ndate: 2018-07-04\n---\n\n${STORY.join('\n\n')}\n\nMore to follow.\n`
  });
  cleanups.push(() => void import('node:fs').then((fs) => fs.rmSync(folder, { recursive: true, force: true })));
  await importPaths(lib.db, [folder]);
  const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const items = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 10 })).items;
  const saved = items.find((a) => a.title === 'Talks collapse in southern Syria')!;
  const published = items.find((a) => a.title === 'Talks collapse in the south')!;
  return { api, saved, published };
}

describe('a date from the file’s properties', () => {
  it('is marked in the article, search hits, the notes panel’s entries and exports, until the user corrects it', async () => {
    const { api, saved, published } = await library();
    expect([saved.publishedAt?.slice(0, 10), saved.dateFromFile]).toEqual(['2018-07-01', true]);
    expect([published.publishedAt, published.dateFromFile]).toEqual(['2018-07-04', undefined]);

    const marks = async () => {
      const article = await api.call('articles:get', { id: saved.id });
      const hits = (await api.call('search:query', { query: 'Daraa rebels', facets: false })).hits;
      const notes = (await api.call('annotations:list', { filter: {} })).items;
      const csv = Papa.parse<Record<string, string>>(
        (await api.call('export:render', { scope: { kind: 'articles', articleIds: [saved.id, published.id] }, format: 'csv', options: {} })).content,
        { header: true, skipEmptyLines: true }
      ).data;
      const md = (await api.call('export:render', { scope: { kind: 'articles', articleIds: [saved.id] }, format: 'md', options: {} })).content;
      return {
        article: article.dateFromFile === true,
        hits: Object.fromEntries(hits.map((h) => [h.article.title, h.article.dateFromFile === true])),
        notes: Object.fromEntries(notes.map((n) => [n.article?.title, n.article?.dateFromFile === true])),
        csv: csv.map((r) => [r.article, r.date, r.date_from_file]),
        md: md.includes('file saved 1 July 2018')
      };
    };
    await api.call('annotations:create', { kind: 'highlight', articleId: saved.id, quote: 'heavy weapons', colour: 1 });
    await api.call('annotations:create', { kind: 'highlight', articleId: published.id, quote: 'heavy weapons', colour: 1 });
    expect(await marks()).toEqual({
      article: true,
      hits: { 'Talks collapse in southern Syria': true, 'Talks collapse in the south': false },
      notes: { 'Talks collapse in southern Syria': true, 'Talks collapse in the south': false },
      csv: [
        ['Talks collapse in southern Syria', '2018-07-01', 'yes'],
        ['Talks collapse in the south', '2018-07-04', '']
      ],
      md: true
    });

    // The user's date is theirs: marked nowhere.
    await api.call('articles:correct', { id: saved.id, changes: { publishedAt: '2018-07-03' } });
    expect(await marks()).toEqual({
      article: false,
      hits: { 'Talks collapse in southern Syria': false, 'Talks collapse in the south': false },
      notes: { 'Talks collapse in southern Syria': false, 'Talks collapse in the south': false },
      csv: [
        ['Talks collapse in southern Syria', '2018-07-03', ''],
        ['Talks collapse in the south', '2018-07-04', '']
      ],
      md: false
    });
  });

  it('never makes a wire copy the likely original as the earliest: the comparison leaves it out', async () => {
    const { api, saved, published } = await library();
    const original = async () => {
      const comparison = await api.call('compare:articles', { articleIds: [saved.id, published.id] });
      expect(comparison.wireGroups).toHaveLength(1);
      const group = comparison.wireGroups[0]!;
      return { id: Number(group.originalId), reasons: group.reasons, undated: group.undatedIds.map(Number) };
    };
    // Saved on 1 July, the copy published on 4 July: only the published date is a publication
    // date, and one dated member says nothing of which came first (review 15, #1), so the dates
    // decide nothing and the first given stands as the original.
    expect(await original()).toEqual({ id: saved.id, reasons: [], undated: [saved.id] });
    // Corrected to 3 July by the user, it is a publication date, and the earlier one.
    await api.call('articles:correct', { id: saved.id, changes: { publishedAt: '2018-07-03' } });
    expect(await original()).toEqual({ id: saved.id, reasons: ['earliest'], undated: [] });
  });
});
