import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { previewTable } from './tablePreview';
import { expectFailure, expectOk, extract } from './testing';

describe('.csv and .tsv files', () => {
  it('makes one article per row with metadata from mapped columns', async () => {
    const csv = [
      'Headline,Body,Published,Outlet,Link,Byline',
      '"Talks resume","GENEVA — Talks resumed.\n\nA second paragraph, with a comma.",2018-07-04,The Daily Example,https://example.org/a,Jane Roe (AFP)',
      'No body here,,2018-07-05,X,,',
      'Second story,"Body two",4 July 2018,Y,www.example.org/b,'
    ].join('\r\n');
    const result = expectOk(await extract('export.csv', csv));
    expect(result.format).toBe('csv');
    expect(result.articles).toEqual([
      {
        text: 'GENEVA — Talks resumed.\n\nA second paragraph, with a comma.',
        locator: 'row 2',
        meta: {
          title: 'Talks resume',
          publishedAt: '2018-07-04',
          outlet: 'The Daily Example',
          url: 'https://example.org/a',
          byline: 'Jane Roe (AFP)',
          wireCredits: ['AFP']
        }
      },
      {
        text: 'Body two',
        locator: 'row 4',
        meta: { title: 'Second story', publishedAt: '2018-07-04', outlet: 'Y', url: 'https://www.example.org/b' }
      }
    ]);
    expect(result.warnings).toEqual([{ code: 'row-no-text', message: 'row 3: no text' }]);
  });

  it('guesses ; as delimiter and reads windows-1252 exports', async () => {
    const csv = iconv.encode(
      'titre;texte;date\nÉté;Le président a déclaré lundi que les négociations reprendraient.;25/12/2018\n',
      'windows-1252'
    );
    const result = expectOk(await extract('fr.csv', new Uint8Array(csv)));
    expect(result.articles[0]).toMatchObject({
      text: 'Le président a déclaré lundi que les négociations reprendraient.',
      meta: { publishedAt: '2018-12-25' }
    });
  });

  it('reads TSV and leaves ambiguous dates empty with one warning', async () => {
    const tsv = 'title\ttext\tdate\nA\tFirst body\t04/07/2018\nB\tSecond body\t05/07/2018\n';
    const result = expectOk(await extract('x.tsv', tsv));
    expect(result.articles.map((a) => a.meta.publishedAt)).toEqual([undefined, undefined]);
    expect(result.warnings).toEqual([
      { code: 'date-unreadable', message: '2 dates not understood and left empty (row 2: "04/07/2018"; row 3: "05/07/2018")' }
    ]);
  });

  it('uses an explicit mapping and still detects the other fields', async () => {
    const csv = 'kop,tekst,title\nHeadline A,Body A,Wrong title\n';
    const result = expectOk(await extract('nl.csv', csv, { mapping: { text: 'tekst', title: 'kop' } }));
    expect(result.articles[0]).toMatchObject({ text: 'Body A', meta: { title: 'Headline A' } });
  });

  it('fails clearly when no column holds text or a mapped column is missing', async () => {
    const noText = expectFailure(await extract('a.csv', 'id,score\n1,2\n'));
    expect(noText).toEqual({
      ok: false,
      code: 'no-text-column',
      message:
        'No column of this CSV file looks like article text (columns: "id", "score"); choose the column that holds it (on the command line: --map text=COLUMN).'
    });
    const badMap = expectFailure(await extract('b.csv', 'id,body\n1,x\n', { mapping: { text: 'content' } }));
    expect(badMap.code).toBe('bad-mapping');
    expect(badMap.message).toContain('column "content" (for text) is not in this table');
  });

  it('fails a TSV file as the CSV one, on its header, whatever its rows hold', async () => {
    // NB: a TSV without a text column is refused before its rows are parsed; the failure is the same.
    const rows = Array.from({ length: 50 }, (_, i) => `${i}\t"quoted\tcell"\t${i}`).join('\n');
    expect(expectFailure(await extract('index.tsv', `id\tid\tscore\n${rows}\n`))).toEqual({
      ok: false,
      code: 'no-text-column',
      message:
        'No column of this TSV file looks like article text (columns: "id", "id (2)", "score"); choose the column that holds it (on the command line: --map text=COLUMN).'
    });
    const badMap = expectFailure(await extract('b.tsv', 'id\tbody\n1\tx\n', { mapping: { text: 'content' } }));
    expect(badMap.code).toBe('bad-mapping');
    expect(expectFailure(await extract('blank.tsv', '\t\n1\t2\n')).code).toBe('empty');
    expect(expectOk(await extract('ok.tsv', 'title\ttext\nA\tBody of A\n')).articles[0]).toMatchObject({ text: 'Body of A', meta: { title: 'A' } });
  });

  it('fails as empty when no row has text', async () => {
    expect(expectFailure(await extract('e.csv', 'title,text\nA,\nB,  \n')).code).toBe('empty');
    expect(expectFailure(await extract('e.csv', '')).code).toBe('empty');
  });

  it('lists the first 20 empty rows and counts the rest', async () => {
    const rows = ['title,text', 'A,has text', ...Array.from({ length: 30 }, (_, i) => `E${i},`)];
    const result = expectOk(await extract('many.csv', rows.join('\n')));
    expect(result.warnings).toHaveLength(21);
    expect(result.warnings[20]).toEqual({ code: 'row-no-text', message: '…and 10 more rows without text' });
  });
});

describe('.json and .jsonl files', () => {
  it('reads an array of objects, and arrays under a wrapper key, with nested values', async () => {
    const json = JSON.stringify({
      status: 'ok',
      articles: [
        {
          source: { id: null, name: 'Example News' },
          author: 'Jane Roe',
          title: 'A',
          content: 'Body A',
          publishedAt: '2018-07-04T09:30:00Z',
          url: 'https://example.org/a'
        },
        { title: 'B', content: ['First paragraph.', 'Second paragraph.'] },
        'not an object'
      ]
    });
    const result = expectOk(await extract('newsapi.json', json));
    expect(result.articles).toEqual([
      {
        text: 'Body A',
        locator: 'row 1',
        meta: {
          title: 'A',
          publishedAt: '2018-07-04T09:30:00Z',
          outlet: 'Example News',
          url: 'https://example.org/a',
          byline: 'Jane Roe'
        }
      },
      { text: 'First paragraph.\n\nSecond paragraph.', locator: 'row 2', meta: { title: 'B' } }
    ]);
    expect(result.warnings).toEqual([{ code: 'row-not-object', message: 'row 3: not an object with fields' }]);
  });

  it('finds the list one level deeper (API responses) and reads a single article object', async () => {
    const nested = JSON.stringify({ response: { docs: [{ headline: 'H', body: 'B' }] } });
    expect(expectOk(await extract('api.json', nested)).articles[0]).toEqual({
      text: 'B',
      locator: 'row 1',
      meta: { title: 'H' }
    });
    expect(expectOk(await extract('one.json', '{"title":"T","text":"Only one"}')).articles).toHaveLength(1);
  });

  it('fails invalid JSON and lists of strings with clear codes', async () => {
    expect(expectFailure(await extract('bad.json', '{"title": ')).code).toBe('corrupt');
    expect(expectFailure(await extract('strings.json', '["a","b"]')).code).toBe('no-articles');
  });

  it('reads JSONL with row = line number and a warning per bad line', async () => {
    const jsonl = '{"title":"A","text":"Body A"}\n\n{broken\n{"title":"C","text":"Body C"}\n';
    const result = expectOk(await extract('feed.jsonl', jsonl));
    expect(result.articles.map((a) => a.locator)).toEqual(['row 1', 'row 4']);
    expect(result.warnings).toEqual([{ code: 'bad-line', message: 'row 3: not valid JSON' }]);
  });

  it('stops at the row limit with a warning, and only when rows were left', async () => {
    const jsonl = ['{"text":"a"}', '{"text":"b"}', '{"text":"c"}'].join('\n');
    const cut = expectOk(await extract('cut.jsonl', jsonl, { limits: { maxRows: 2 } }));
    expect(cut.articles).toHaveLength(2);
    expect(cut.warnings).toEqual([{ code: 'truncated', message: 'Only the first 2 rows were read' }]);
    expect(expectOk(await extract('exact.jsonl', jsonl + '\n', { limits: { maxRows: 3 } })).warnings).toEqual([]);
    const csv = expectOk(await extract('cut.csv', 'text\na\nb\nc\n', { limits: { maxRows: 2 } }));
    expect(csv.articles.map((a) => a.locator)).toEqual(['row 2', 'row 3']);
    expect(csv.warnings).toEqual([{ code: 'truncated', message: 'Only the first 2 rows were read' }]);
  });
});

describe('previewTable', () => {
  it('shows the columns, the mapping that would be used and the first rows', async () => {
    const bytes = new TextEncoder().encode('Headline,Body,Extra\nT1,Body one,x\nT2,Body two,y\n');
    expect(await previewTable({ bytes, fileName: 'export.csv' })).toEqual({
      ok: true,
      format: 'csv',
      headers: ['Headline', 'Body', 'Extra'],
      mapping: { title: 'Headline', text: 'Body' },
      rows: [
        { n: 2, values: { Headline: 'T1', Body: 'Body one', Extra: 'x' } },
        { n: 3, values: { Headline: 'T2', Body: 'Body two', Extra: 'y' } }
      ],
      warnings: []
    });
    expect(await previewTable({ bytes, fileName: 'export.csv' }, { mapping: { text: 'Extra' } })).toMatchObject({
      mapping: { text: 'Extra', title: 'Headline' }
    });
    expect(await previewTable({ bytes: new TextEncoder().encode('hi'), fileName: 'a.txt' })).toMatchObject({
      ok: false,
      code: 'unsupported'
    });
  });
});
