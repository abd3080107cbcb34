import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { findArticleBySource, getArticle, listArticles } from '../articles';
import { correctArticle } from '../corrections';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { makeDocx } from './fixtures/makeDocx';
import { makePdf } from './fixtures/makePdf';
import { importPaths } from './importPaths';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** Imports `files` (name → contents) into a fresh library; returns the library and the folder. */
async function imported(files: Record<string, string | Uint8Array>) {
  const lib = makeTempLibrary();
  const dir = makeTempFolder(files);
  cleanups.push(
    () => lib.dispose(),
    () => fs.rmSync(dir, { recursive: true, force: true })
  );
  const report = await importPaths(lib.db, [dir]);
  expect(report.failed).toBe(0);
  const article = (name: string) => {
    const id = findArticleBySource(lib.db, `${dir}/${name}`);
    if (id === undefined) throw new Error(`${name} was not imported`);
    return getArticle(lib.db, id)!;
  };
  return { lib, dir, article };
}

const REPORT = [
  'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed',
  'after Moscow threatened a renewed offensive if they did not agree to its surrender terms.'
].join(' ');

describe('where an article’s date comes from', () => {
  it('a date line in a Word document’s text wins over its creation date', async () => {
    const docx = makeDocx({
      paragraphs: ['Talks collapse in southern Syria', 'July 4, 2018', REPORT],
      core: { creator: 'Jane Roe', created: '2026-12-01T09:30:00Z' }
    });
    const { article } = await imported({ 'talks.docx': docx });
    expect(article('talks.docx')).toMatchObject({
      publishedAt: '2018-07-04',
      title: 'Talks collapse in southern Syria',
      byline: 'Jane Roe',
      sources: { publishedAt: 'text', title: 'text', byline: 'file', language: 'detected' }
    });
  });

  it('with no date in the text, the creation date is used and marked as the file’s', async () => {
    const docx = makeDocx({
      paragraphs: ['Talks collapse in southern Syria', REPORT],
      core: { created: '2026-12-01T09:30:00Z' }
    });
    const { article } = await imported({ 'talks.docx': docx });
    expect(article('talks.docx')).toMatchObject({ publishedAt: '2026-12-01T09:30:00Z', sources: { publishedAt: 'file' } });
  });

  it('a PDF’s date line wins over its creation date too', async () => {
    const line = (text: string, y: number) => ({ text, x: 72, y });
    const pdf = makePdf({
      // Body lines 14 pt apart: the wider gaps above them end the headline's and the date's paragraphs.
      pages: [
        [
          line('Talks collapse in southern Syria', 740),
          line('4 July 2018', 700),
          line('Syrian rebels said on Wednesday that talks with regime ally Russia', 660),
          line('over the south of the country had collapsed after Moscow threatened', 646),
          line('a renewed offensive if they did not agree to its surrender terms, and', 632),
          line('said they would fight on in Daraa province, where the uprising against', 618),
          line('President Bashar al-Assad began in 2011.', 604)
        ]
      ],
      info: { CreationDate: 'D:20261201093000Z', Producer: 'Adobe InDesign' }
    });
    const { article } = await imported({ 'talks.pdf': pdf });
    expect(article('talks.pdf')).toMatchObject({ publishedAt: '2018-07-04', sources: { publishedAt: 'text' } });
  });

  it('an ISO date beside a name in the header dates the article; one in reporting or further down does not', async () => {
    const docx = (paragraphs: string[]) => makeDocx({ paragraphs, core: { created: '2026-12-01T09:30:00Z' } });
    const { article } = await imported({
      'header.docx': docx(['Talks collapse in southern Syria', 'Leila Mansour, Beirut 2018-07-04', REPORT]),
      'reporting.docx': docx([
        'Talks collapse in southern Syria',
        `${REPORT} The ceasefire agreed on 2018-06-30 was the first since the offensive began.`
      ]),
      'further.docx': docx(['Talks collapse in southern Syria', REPORT, REPORT, REPORT, REPORT, REPORT, 'Filed 2018-07-04'])
    });
    expect(article('header.docx')).toMatchObject({ publishedAt: '2018-07-04', sources: { publishedAt: 'text' } });
    expect(article('reporting.docx')).toMatchObject({ publishedAt: '2026-12-01T09:30:00Z', sources: { publishedAt: 'file' } });
    expect(article('further.docx')).toMatchObject({ publishedAt: '2026-12-01T09:30:00Z', sources: { publishedAt: 'file' } });
  });

  it('publication metadata wins over a date in the text, and an untitled file is titled from its name', async () => {
    const html = `<!doctype html><html lang="en"><head><title>Talks collapse</title>
      <meta property="article:published_time" content="2018-07-05T08:00:00Z"></head>
      <body><article><p>July 4, 2018</p><p>${REPORT}</p></article></body></html>`;
    const { article } = await imported({ 'talks.html': html, 'rebels-walk-out.txt': `${REPORT}\n\n${REPORT}` });
    expect(article('talks.html')).toMatchObject({
      publishedAt: '2018-07-05T08:00:00Z',
      language: 'en',
      sources: { publishedAt: 'metadata', title: 'metadata', language: 'metadata' }
    });
    expect(article('rebels-walk-out.txt')).toMatchObject({ title: 'rebels walk out', sources: { title: 'file' } });
    expect(article('rebels-walk-out.txt').sources.publishedAt).toBeUndefined();
  });

  it('a correction is shown as edited, and a re-import of the changed file keeps it while recomputing the rest', async () => {
    const { lib, dir, article } = await imported({
      'talks.docx': makeDocx({
        paragraphs: ['Talks collapse in southern Syria', REPORT],
        core: { created: '2026-12-01T09:30:00Z' }
      })
    });
    correctArticle(lib.db, article('talks.docx').id, { outlet: 'The New Arab' });
    fs.writeFileSync(
      `${dir}/talks.docx`,
      makeDocx({
        paragraphs: ['Talks collapse in southern Syria', 'Published: July 4, 2018', REPORT],
        core: { created: '2026-12-01T09:30:00Z' }
      })
    );
    await importPaths(lib.db, [dir]);
    expect(article('talks.docx')).toMatchObject({
      outlet: 'The New Arab',
      publishedAt: '2018-07-04',
      sources: { outlet: 'edited', publishedAt: 'text' }
    });
  });
});

describe('language', () => {
  it('the seeds import as English, detected', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    await importPaths(lib.db, [SEEDS_DIR]);
    const ids = listArticles(lib.db, { sort: 'title', direction: 'asc', offset: 0, limit: 10 }).items.map((a) => a.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(getArticle(lib.db, id)).toMatchObject({ language: 'en', sources: { language: 'detected' } });
  });

  it('French, Arabic and Chinese texts are detected as fr, ar and zh; a text too short to tell has none', async () => {
    const { article } = await imported({
      'fr.txt': [
        'Les négociations échouent dans le sud de la Syrie',
        "Les rebelles syriens ont annoncé mercredi que les discussions avec la Russie sur le sud du pays avaient échoué, après que Moscou a menacé de lancer une nouvelle offensive s'ils refusaient ses conditions."
      ].join('\n\n'),
      'ar.txt': [
        'انهيار المفاوضات في جنوب سوريا',
        'قال المتمردون السوريون يوم الأربعاء إن المحادثات مع روسيا بشأن جنوب البلاد قد انهارت بعد أن هددت موسكو بشن هجوم جديد إذا لم يوافقوا على شروط الاستسلام التي عرضتها عليهم في درعا.'
      ].join('\n\n'),
      // Written without spaces: each character counts as a word towards the minimum.
      'zh.txt':
        '叙利亚反对派武装星期三表示，他们与俄罗斯就该国南部问题举行的谈判已经破裂，此前莫斯科威胁说，如果他们不接受投降条件，将发动新的攻势。',
      'short.txt': 'Die Rebellen verlassen die Gespräche.'
    });
    expect(article('zh.txt')).toMatchObject({ language: 'zh', sources: { language: 'detected' } });
    expect(article('fr.txt')).toMatchObject({ language: 'fr', sources: { language: 'detected' } });
    expect(article('ar.txt')).toMatchObject({ language: 'ar', sources: { language: 'detected' } });
    expect(article('short.txt').language).toBeNull();
    expect(article('short.txt').sources.language).toBeUndefined();
  });

  it('a language given to the whole import wins over detection but not over the file’s own', async () => {
    const lib = makeTempLibrary();
    const dir = makeTempFolder({ 'plain.txt': `Talks collapse\n\n${REPORT}`, 'note.md': `---\nlang: en\n---\n\n${REPORT}` });
    cleanups.push(
      () => lib.dispose(),
      () => fs.rmSync(dir, { recursive: true, force: true })
    );
    await importPaths(lib.db, [dir], { defaults: { language: 'pt', outlet: 'Agência Exemplo' } });
    const get = (name: string) => getArticle(lib.db, findArticleBySource(lib.db, `${dir}/${name}`)!)!;
    expect(get('plain.txt')).toMatchObject({
      language: 'pt',
      outlet: 'Agência Exemplo',
      sources: { language: 'import', outlet: 'import' }
    });
    expect(get('note.md')).toMatchObject({ language: 'en', sources: { language: 'metadata' } });
  });

  it('a language the file names wins over detection', async () => {
    const { article } = await imported({ 'note.md': `---\nlang: fr\n---\n\n${REPORT}` });
    expect(article('note.md')).toMatchObject({ language: 'fr', sources: { language: 'metadata' } });
  });
});
