import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article, FieldSources } from '@shared/contract/schemas';
import { getArticle, listArticles } from '../articles';
import { makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

/**
 * The format matrix: one real file per import format, each made from a seed by the tool people
 * make such files with (fixtures/formats/make.mjs, README.md there), imported the way the app and
 * the CLI import (`importPaths` with `parallel`, so files that need a parser are read in the
 * extraction pool) and read back the way the app reads an article. Each must arrive with its key
 * sentences intact and the metadata its container holds.
 *
 * NB: unit tests of one extractor hand it a Uint8Array; real imports hand it whatever the pool read
 * from disk (a Buffer). Every PDF import failed that way while those tests passed: this matrix
 * goes through the same path as a user.
 *
 * To extend a row, add expectations to its entry in {@link MATRIX}; a new format is a new fixture
 * (make.mjs) and a new row.
 */

const FIXTURES = path.join(import.meta.dirname, 'fixtures', 'formats');

/** What one article read from a fixture must look like in the library. */
interface ExpectedArticle {
  /** The article's place in its file (`row 2`, `dispatches/landmine.txt`), as in its source path after `#`. */
  readonly where?: string;
  readonly title?: string;
  readonly outlet?: string;
  readonly byline?: string;
  readonly publishedAt?: string;
  readonly url?: string;
  /** Whole sentences that must be in the body exactly as written (quotes, dashes, accents and all). */
  readonly sentences: readonly string[];
  /**
   * Passages that must be in the body with their words in this order, whatever the line breaks
   * between them (for formats whose hard wraps are not yet joined into paragraphs).
   */
  readonly passages?: readonly string[];
  /** Whole paragraphs the body must hold between blank lines (hard-wrapped lines joined into one). */
  readonly paragraphs?: readonly string[];
  /** Where fields came from (`Article.sources`), for the fields listed. */
  readonly sources?: FieldSources;
  /** The body's first paragraphs, in order (what the reader opens with). */
  readonly opening?: readonly string[];
}

interface MatrixRow {
  readonly file: string;
  /** The format recorded with the article (`sourceFormat`). */
  readonly format: string;
  readonly articles: readonly ExpectedArticle[];
}

// Every fixture is made from an English seed: every article must be detected or declared `en`.
// A DOCX's or PDF's date comes from its text when it gives one (a date line, or an ISO date in a
// header line), else from the file's creation date, marked as the file's (chromium.pdf's seed has
// no year in its text).
const MATRIX: readonly MatrixRow[] = [
  {
    file: 'chromium.pdf',
    format: 'pdf',
    articles: [
      {
        title: "Regime pounds south Syria after rebels say talks with Russia 'fail'",
        byline: 'Samir Haddad',
        sentences: [
          'More than 140 civilians have died since the assault began.',
          '"Negotiations with the Russian enemy in Busra Al Sham have failed, after they insisted on the surrender of heavy weapons," it said in an online statement.',
          '"Today will be the last round – either the rebels agree to these terms or the military operations resume," the source said.'
        ]
      }
    ]
  },
  {
    file: 'pandoc.pdf',
    format: 'pdf',
    articles: [
      {
        title: 'South Syria rebels say negotiations with Russia have failed',
        byline: 'Leila Mansour',
        // `2018-07-04` under the byline (joined with it: `Leila Mansour 2018-07-04`), not the
        // day groff and Ghostscript made the file (its CreationDate and ModDate).
        publishedAt: '2018-07-04',
        sources: { title: 'text', byline: 'file', publishedAt: 'text', language: 'detected' },
        sentences: [
          '“Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons,” the command said in an online statement.',
          'That blend of military pressure and negotiated surrenders has expanded the regime’s control of Daraa province to around 60 percent – double what it held when it began operations on June 19.'
        ]
      }
    ]
  },
  {
    file: 'pandoc.docx',
    format: 'docx',
    articles: [
      {
        title: 'Russia strikes Daraa after failure of ceasefire talks with Syria rebels',
        byline: 'Karim Saleh',
        // The title block's Author and Date paragraphs (docxTitleBlock), not the file's creator
        // property or the day pandoc wrote the file (its dcterms:created).
        publishedAt: '2018-07-04',
        sources: { title: 'text', byline: 'metadata', publishedAt: 'metadata', language: 'detected' },
        // Read as byline and date, those two paragraphs leave the body: it goes from the headline
        // to the standfirst (review 12: the reader showed "Karim Saleh" and "2018-07-04" as text).
        opening: [
          'Russia strikes Daraa after failure of ceasefire talks with Syria rebels',
          'The talks broke down after rebels declined to surrender heavy weapons in exchange for the Syrian regime halting its weeks-long offensive in Daraa.',
          '04 July, 2018'
        ],
        sentences: [
          '"Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons," the rebels\' Central Operations Room in the South said in a tweet.',
          'Through military operations and those deals, Syrian troops are now in control of more than 60 percent of the southern province of Daraa.'
        ]
      }
    ]
  },
  {
    file: 'page.html',
    format: 'html',
    articles: [
      {
        // JSON-LD headline, publisher, author, datePublished and url (Open Graph says the same).
        title: 'Syrian rebels and Russia ceasefire deal breaks down',
        outlet: 'Southern Front Monitor',
        byline: 'Nadia Khoury',
        publishedAt: '2018-07-06T09:15:00Z',
        url: 'https://news.example.com/2018/07/06/syria-ceasefire-deal-breaks-down',
        sentences: [
          'More than 100 civilians have been killed and thousands displaced since the regime offensive began two weeks ago.',
          // Curly quotes and apostrophes are bytes 0x93, 0x94, 0x92 in the page's windows-1252.
          'Spokesman Ibrahim al Jabawi said the rebels had carried to the negotiating table their “response to a list of Russian demands” that include the handing over of weapons and settling the status of rebels in a deal that ends the fighting.',
          'In the last several days, Deraa has been the target of intense air and ground attacks by the Bashar al-Assad regime and its allies, who have advanced deep into Deraa’s eastern countryside, capturing the towns of Busra al-Harir and Nahtah.'
        ]
      }
    ]
  },
  {
    file: 'wrapped.md',
    format: 'md',
    articles: [
      {
        title: 'South Syria: Israel and Jordan refuse refugee entry',
        outlet: 'Levant Wire',
        byline: 'Omar Farouk',
        publishedAt: '2018-07-05',
        url: 'https://levant.example.org/2018/07/05/israel-jordan-refugee-entry',
        sources: { title: 'metadata', publishedAt: 'metadata', language: 'detected' },
        sentences: ['‘Drop their arms’'],
        paragraphs: [
          'The violence in southern Syria has displaced between 270,000 and 330,000 people, according to the U.N., many south to the border with Jordan or west near the Israeli-occupied Golan Heights.',
          'On Wednesday, Human Rights Watch demanded both Jordan and Israel allow asylum-seekers in.',
          'The United Nations Security Council is due hold a closed-door emergency meeting on Thursday on the offensive.'
        ]
      }
    ]
  },
  {
    file: 'table.csv',
    format: 'csv',
    articles: [
      {
        where: 'row 2',
        title: 'Rebels in Daraa reject Russian proposal',
        outlet: 'Daraa Daily',
        byline: 'Yusuf Amin',
        publishedAt: '2018-07-04',
        url: 'https://daraa.example.net/2018/07/04/rebels-reject-proposal',
        sentences: [
          '"Negotiations with the Russian enemy in Busra al-Sham have failed, after they insisted on the surrender of heavy weapons," the rebels\' Central Operations Room in the South said in a tweet.'
        ]
      },
      {
        where: 'row 3',
        title: 'Regime and Russia resume air strikes in the south',
        outlet: 'Beirut Bulletin',
        byline: 'Rania Aziz',
        publishedAt: '2018-07-05',
        url: 'https://beirut.example.net/2018/07/05/air-strikes-resume',
        sentences: [
          'BEIRUT : The Syrian regime and its Russian ally resumed their air strikes in the south of the country on Wednesday after the rebels "failed" negotiations over a government takeover.'
        ]
      }
    ]
  },
  {
    file: 'table.tsv',
    format: 'tsv',
    articles: [
      {
        where: 'row 2',
        title: 'Deadlines and displacement in Deraa',
        outlet: 'Gulf Courier',
        byline: 'Hassan Jaber',
        publishedAt: '2018-07-04',
        url: 'https://gulf.example.com/deraa-deadlines',
        sentences: ['Moscow has used tough deadlines in the past with rebels but has sometimes extended them.']
      },
      {
        where: 'row 3',
        title: 'Rebel camp split over Russian demands',
        outlet: 'Amman Observer',
        byline: 'Dina Saber',
        publishedAt: '2018-07-03',
        url: 'https://amman.example.com/rebel-camp-split',
        sentences: [
          'The Russian demands, handed to negotiators in a meeting in a town in southern Syria on Saturday, had prompted a walkout by the rebels, who said the terms amounted to a humiliating surrender.'
        ]
      }
    ]
  },
  {
    file: 'articles.json',
    format: 'json',
    articles: [
      {
        where: 'row 1',
        title: 'Rebel proposal rejected in tense talks',
        outlet: 'Hauran Herald',
        byline: 'Maya Khalil',
        publishedAt: '2018-07-04T18:30:00Z',
        url: 'https://hauran.example.org/rebel-proposal-rejected',
        sentences: ['Rebels would hand over heavy weapons but would keep the rest until a "real political process" had begun.']
      },
      {
        where: 'row 2',
        title: 'Rights groups urge Jordan to open border',
        outlet: 'Jordan Valley Times',
        byline: 'Tariq Nour',
        publishedAt: '2018-07-05T07:00:00Z',
        url: 'https://valley.example.org/jordan-border-appeal',
        sentences: ['On Wednesday, Human Rights Watch demanded both Jordan and Israel allow asylum seekers in.']
      }
    ]
  },
  {
    file: 'articles.jsonl',
    format: 'jsonl',
    articles: [
      {
        where: 'row 1',
        title: 'Talks gave no results, spokesman says',
        outlet: 'Quneitra Post',
        byline: 'Ali Hamdan',
        publishedAt: '2018-07-04',
        url: 'https://quneitra.example.com/no-results',
        sentences: [
          'Spokesman Ibrahim Jabbawi said the talks had given "no results" because Moscow had insisted that the rebels hand over their heavy weapons in one go.'
        ]
      },
      {
        where: 'row 2',
        title: 'Opposition says Deraa ceasefire talks failed',
        outlet: 'Syria Monitor Weekly',
        byline: 'Sara Odeh',
        publishedAt: '2018-07-06',
        url: 'https://monitor.example.com/ceasefire-talks-failed',
        sentences: [
          'Syrian armed opposition said on Wednesday that talks with Russia aimed at a comprehensive cease-fire in Deraa, and Quneitra, in southern Syria, had failed.'
        ]
      }
    ]
  },
  {
    file: 'dispatches.zip',
    format: 'zip',
    articles: [
      {
        where: 'dispatches/counter-proposal.txt',
        title: 'Moscow answers with a counter-proposal',
        sentences: [
          'Russia insisted the army would return to its pre-2011 positions, and local police would take over towns in coordination with Russian military police.'
        ]
      },
      {
        where: 'dispatches/landmine.txt',
        title: 'Landmine kills family returning home',
        sentences: [
          'Eleven members of one family were killed in the explosion of a landmine when they returned to Al-Mseifra, which had "reconciled" with the government, reported Wednesday the Observatory.'
        ]
      }
    ]
  },
  {
    file: 'utf16.txt',
    format: 'txt',
    articles: [
      {
        title: 'Résumé — the Busra al-Sham talks',
        sentences: [
          '“The session ended. No future meetings have been set,” Jabbawi told AFP.',
          'Their spokesman Ibrahim Jabbawi said the talks had not produced “any results” because Moscow had insisted rebels hand over their heavy arms in one go.'
        ]
      }
    ]
  },
  {
    file: 'cp1252.txt',
    format: 'txt',
    articles: [
      {
        title: 'Café talk — the Russian demands',
        sentences: [
          'Spokesman Ibrahim al Jabawi said the rebels had carried to the negotiating table their “response to a list of Russian demands” that include the handing over of weapons and settling the status of rebels in a deal that ends the fighting.'
        ]
      }
    ]
  }
];

/** Text that must never reach a body: script output, markup, undecoded bytes. */
const LEAKS: ReadonlyArray<readonly [string, RegExp]> = [
  ['script text (the page has canary scripts)', /zq-canary/],
  ['an HTML tag', /<\/?[a-z][a-z0-9]*[\s>/]/i],
  ['an HTML entity', /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i],
  ['Markdown link syntax', /\]\(https?:/],
  ['a Markdown heading or quote mark', /^(?:#{1,6}|>) /m],
  ['Markdown emphasis', /(?:^|\s)[*_]{1,2}\w[^*_\n]*[*_]{1,2}(?:\s|[.,;]|$)/],
  ['a backslash (a Markdown escape left in)', /\\/],
  ['a replacement character', /\uFFFD/],
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not be there
  ['a control character (a byte decoded in the wrong code page)', /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/]
];

const cleanups: Array<() => void> = [];
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

function library() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  return lib;
}

/** Every article in the library, read as the app reads one (`articles:list`, then `articles:get`). */
function allArticles(db: ReturnType<typeof library>['db']): Article[] {
  const { items } = listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 1000 });
  return items.map((s) => getArticle(db, s.id)!);
}

/** Checks the articles imported from one fixture against its row of the matrix. */
function expectRow(row: MatrixRow, articles: readonly Article[]): void {
  const file = path.join(FIXTURES, row.file);
  const fromFile = articles.filter((a) => a.sourcePath === file || a.sourcePath?.startsWith(`${file}#`));
  expect(fromFile.map((a) => a.sourcePath).sort(), row.file).toEqual(
    row.articles.map((e) => (e.where ? `${file}#${e.where}` : file)).sort()
  );
  for (const expected of row.articles) {
    const article = fromFile.find((a) => a.sourcePath === (expected.where ? `${file}#${expected.where}` : file))!;
    const label = `${row.file}${expected.where ? `#${expected.where}` : ''}`;
    expect(article.sourceFormat, label).toBe(row.format);
    for (const field of ['title', 'outlet', 'byline', 'publishedAt', 'url'] as const) {
      if (expected[field] !== undefined) expect(article[field], `${label}: ${field}`).toBe(expected[field]);
    }
    expect(article.language, `${label}: language`).toBe('en');
    if (expected.sources) expect(article.sources, `${label}: sources`).toMatchObject(expected.sources);
    const paragraphs = article.body.split('\n\n');
    if (expected.opening) expect(paragraphs.slice(0, expected.opening.length), `${label}: opening`).toEqual(expected.opening);
    for (const paragraph of expected.paragraphs ?? []) expect(paragraphs, label).toContain(paragraph);
    for (const sentence of expected.sentences) expect(article.body, label).toContain(sentence);
    const flat = article.body.replace(/\s+/g, ' ');
    for (const passage of expected.passages ?? []) expect(flat, label).toContain(passage);
    for (const [what, pattern] of LEAKS) expect(pattern.exec(article.body)?.[0], `${label}: ${what} in the body`).toBeUndefined();
  }
}

describe('format matrix: real files through the import path the app uses', () => {
  it.each(MATRIX.map((row) => [row.file, row] as const))(
    'imports %s on its own',
    async (_name, row) => {
      const { db } = library();
      const report = await importPaths(db, [path.join(FIXTURES, row.file)], { parallel: true });
      expect(report.problems.filter((p) => p.kind === 'failed' || p.kind === 'skipped')).toEqual([]);
      expectRow(row, allArticles(db));
    },
    120_000
  );

  it('imports every format in one import (all read in the extraction pool)', async () => {
    const { db } = library();
    // Files that need a parser put the whole import in the pool, text files included.
    const report = await importPaths(
      db,
      MATRIX.map((row) => path.join(FIXTURES, row.file)),
      { parallel: true }
    );
    expect(report.problems.filter((p) => p.kind !== 'warning' && p.kind !== 'near-duplicate')).toEqual([]);
    const articles = allArticles(db);
    expect(articles).toHaveLength(MATRIX.reduce((n, row) => n + row.articles.length, 0));
    for (const row of MATRIX) expectRow(row, articles);
  }, 240_000);
});
