import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { importPaths } from '../import/importPaths';
import { searchArticles } from '../search/searchArticles';
import { getSearchIndex } from '../search/searchIndex';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { createAnnotation } from './annotationStore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

describe('search with in:notes', () => {
  it('finds notes and highlighted passages holding every word, and no articles, marked', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({
      'a.txt': 'Talks fail in Daraa\n\nRebels in Daraa said on Wednesday that talks with Russia had collapsed.',
      'b.txt': 'Jets strike Busra\n\nJets struck Busra al-Sham on Thursday, witnesses said.'
    });
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir]);
    const walkout = createAnnotation(lib.db, {
      kind: 'article-note',
      articleId: 1,
      note: 'Who staged the walkout? Ask the Daraa council.'
    });
    const jets = createAnnotation(lib.db, { kind: 'highlight', articleId: 2, quote: 'Jets struck Busra al-Sham', note: 'time?' });
    createAnnotation(lib.db, { kind: 'article-note', articleId: 2, note: 'Nothing about it here.' });

    const withNotes = searchArticles(lib.db, 'walkout in:notes');
    expect(withNotes.noteHits).toEqual([
      {
        annotationId: walkout.id,
        articleId: 1,
        kind: 'article-note',
        title: 'Talks fail in Daraa',
        field: 'note',
        text: 'Who staged the walkout? Ask the Daraa council.',
        highlights: [{ start: 15, end: 22 }]
      }
    ]);
    // in:notes searches the notes alone: no article is listed.
    expect(withNotes.total).toBe(0);
    expect(withNotes.notes).toContain('in:notes searches only your notes and highlighted passages: take it out to search the articles.');

    const inQuote = searchArticles(lib.db, 'in:notes "busra al-sham"');
    expect(
      inQuote.noteHits.map((h) => [h.annotationId, h.field, h.text.slice(h.highlights[0]!.start, h.highlights[0]!.end)])
    ).toEqual([[jets.id, 'quote', 'Busra al-Sham']]);
    // The article holds the words too, but in:notes lists the highlight alone (review #16).
    expect([inQuote.total, inQuote.hits]).toEqual([0, []]);
    expect(searchArticles(lib.db, '"busra al-sham"').hits.map((h) => h.article.id)).toEqual([2]);

    // A word articles hold and no note does: nothing at all, not the articles (review #16: `in:notes AFP`).
    expect(searchArticles(lib.db, 'witnesses').total).toBe(1);
    const noNote = searchArticles(lib.db, 'in:notes witnesses');
    expect([noNote.total, noNote.hits, noNote.noteHits]).toEqual([0, [], []]);

    // Every word must be there; and without in:notes, notes are not searched.
    expect(searchArticles(lib.db, 'in:notes walkout Busra').noteHits).toEqual([]);
    expect(searchArticles(lib.db, 'walkout').noteHits).toEqual([]);
  });

  it('narrows by outlet:, date:, lang:, -word and OR as the notes panel does, and says what it ignores (review 14 #1)', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({
      'a.txt': 'Dollar gains on Greenspan speech\n\nThe dollar has hit its highest level against the euro in almost three months.',
      'b.txt': 'Markets wait for the SEC\n\nRegulators at the SEC said on Monday that a ruling would come soon.'
    });
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir]);
    lib.db.prepare("UPDATE articles SET outlet = NULL, published_at = '2005-01-28', language = 'en' WHERE id = 1").run();
    const fed = createAnnotation(lib.db, {
      kind: 'highlight',
      articleId: 1,
      quote: 'The dollar has hit its highest level',
      note: 'Greenspan said the dollar would fall — verify with Fed transcript'
    });
    const sec = createAnnotation(lib.db, { kind: 'article-note', articleId: 2, note: 'Which SEC ruling?' });
    const found = (query: string): number[] => searchArticles(lib.db, query).noteHits.map((h) => h.annotationId);

    expect(found('in:notes transcript')).toEqual([fed.id]);
    expect(found('in:notes transcript outlet:"Zzzz"')).toEqual([]);
    expect(found('in:notes transcript date:1999')).toEqual([]);
    expect(found('in:notes transcript date:2005')).toEqual([fed.id]);
    expect(found('in:notes transcript lang:fr')).toEqual([]);
    expect(found('in:notes transcript lang:en')).toEqual([fed.id]);
    expect(found('in:notes transcript -Greenspan')).toEqual([]);
    // An excluded word in the quote leaves the note out too: the highlight is one thing.
    expect(found('in:notes transcript -highest')).toEqual([]);
    expect(found('in:notes transcript -euro')).toEqual([fed.id]);
    expect(found('in:notes SEC OR transcript').sort((x, y) => x - y)).toEqual([fed.id, sec.id].sort((x, y) => x - y));
    expect(found('in:notes (SEC OR transcript) -Fed')).toEqual([sec.id]);
    // The word after OR is marked, the excluded one is not.
    const marked = searchArticles(lib.db, 'in:notes ruling OR transcript -Greenspan').noteHits;
    expect(marked.map((h) => h.text.slice(h.highlights[0]!.start, h.highlights[0]!.end))).toEqual(['ruling']);

    // What notes cannot be searched by is said, not dropped quietly.
    const byAuthor = searchArticles(lib.db, 'in:notes transcript author:Smith');
    expect(byAuthor.noteHits.map((h) => h.annotationId)).toEqual([fed.id]);
    expect(byAuthor.notes).toContain('Notes cannot be searched by author:; ignored here.');
  });
  it('leaves out only notes holding an excluded word as a whole word, not inside another word (review 15 #2)', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({ 'a.txt': 'Talks fail in Daraa\n\nRebels in Daraa said on Wednesday that talks had collapsed.' });
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir]);
    const software = createAnnotation(lib.db, { kind: 'article-note', articleId: 1, note: 'civilians mentioned; check the software logs' });
    const war = createAnnotation(lib.db, { kind: 'article-note', articleId: 1, note: 'civilians fled the war' });
    const quoted = createAnnotation(lib.db, { kind: 'highlight', articleId: 1, quote: 'talks had collapsed', note: 'civilians, warfare?' });
    const found = (query: string): number[] => searchArticles(lib.db, query).noteHits.map((h) => h.annotationId).sort((x, y) => x - y);

    expect(found('civilians in:notes')).toEqual([software.id, war.id, quoted.id]);
    expect(found('civilians -war in:notes')).toEqual([software.id, quoted.id]);
    // An exclusion alone lists every note without the word.
    expect(found('-war in:notes')).toEqual([software.id, quoted.id]);
    // A phrase excluded is left out only as the phrase.
    expect(found('civilians -"the war" in:notes')).toEqual([software.id, quoted.id]);
    expect(found('civilians -"war began" in:notes')).toEqual([software.id, war.id, quoted.id]);
  });
  it('finds an older whole-word hit behind a thousand and more newer notes holding the word only inside others (review 15 #3)', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({ 'a.txt': 'Talks fail in Daraa\n\nRebels in Daraa said on Wednesday that talks had collapsed.' });
    cleanups.push(
      () => getSearchIndex(lib.db).dispose(),
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir]);
    const older = createAnnotation(lib.db, { kind: 'article-note', articleId: 1, note: 'the war began here' });
    lib.db.prepare("UPDATE annotations SET updated_at = '2000-01-01T00:00:00.000Z' WHERE id = ?").run(older.id);
    lib.db.transaction(() => {
      for (let i = 0; i < 2500; i++) createAnnotation(lib.db, { kind: 'article-note', articleId: 1, note: `warship number ${i}` });
    })();
    const newest = createAnnotation(lib.db, { kind: 'article-note', articleId: 1, note: 'a war of words' });

    const result = searchArticles(lib.db, 'war in:notes');
    expect(result.noteHits.map((h) => h.annotationId)).toEqual([newest.id, older.id]);
    expect(result.noteHits.map((h) => h.text.slice(h.highlights[0]!.start, h.highlights[0]!.end))).toEqual(['war', 'war']);
    // The prefix still finds the warships, newest first, as many as asked for.
    expect(searchArticles(lib.db, 'war* in:notes', { limit: 5 }).noteHits.map((h) => h.text)).toEqual([
      'a war of words',
      'warship number 2499',
      'warship number 2498',
      'warship number 2497',
      'warship number 2496'
    ]);
  }, 60_000);
});
