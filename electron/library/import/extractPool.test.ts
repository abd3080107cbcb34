import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listArticles } from '../articles';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ExtractPool } from './extractPool';
import { importPaths } from './importPaths';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function corpus(): string {
  const files: Record<string, string> = {};
  for (let i = 0; i < 90; i++)
    files[`story-${String(i).padStart(3, '0')}.txt`] =
      `Story number ${i}\n\nReporting for story ${i} about talks in Daraa, part ${i % 7}.`;
  files['copy-of-5.txt'] = files['story-005.txt']!;
  files['empty.txt'] = '';
  files['binary.txt'] = '\u0000\u0001\u0002\u0003';
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('parallel import through the extraction pool', () => {
  it('gives the same library and report as reading files one by one', async () => {
    const dir = corpus();
    const serial = makeTempLibrary();
    const parallel = makeTempLibrary();
    cleanups.push(
      () => serial.dispose(),
      () => parallel.dispose()
    );
    const a = await importPaths(serial.db, [dir]);
    const b = await importPaths(parallel.db, [dir], { parallel: true });
    const strip = (r: typeof a) => ({ ...r, runId: 0, startedAt: '', finishedAt: '' });
    expect(strip(b)).toEqual(strip(a));
    expect(b).toMatchObject({ imported: 90, duplicates: 1, failed: 2 });
    const titles = (db: typeof serial.db) =>
      listArticles(db, { sort: 'title', direction: 'asc', offset: 0, limit: 200 }).items.map((x) => x.title);
    expect(titles(parallel.db)).toEqual(titles(serial.db));
  });

  it('reads a real file of every format it handles, not only plain text', async () => {
    // The format-matrix fixtures (fixtures/formats/README.md). NB: a worker reads files from disk as
    // Buffers, which pdf.js once refused: every PDF failed in the pool while direct calls passed.
    const fixtures = path.join(import.meta.dirname, 'fixtures', 'formats');
    const expected: ReadonlyArray<readonly [file: string, format: string, articles: number, sentence: string]> = [
      ['chromium.pdf', 'pdf', 1, 'More than 140 civilians have died since the assault began.'],
      ['pandoc.pdf', 'pdf', 1, 'Moscow has used tough deadlines in the past with rebels but has sometimes extended them.'],
      ['pandoc.docx', 'docx', 1, 'But Moscow roundly rejected the terms, the source said.'],
      ['dispatches.zip', 'zip', 2, 'But Moscow roundly rejected the terms, the source said.'],
      [
        'page.html',
        'html',
        1,
        'More than 100 civilians have been killed and thousands displaced since the regime offensive began two weeks ago.'
      ],
      ['table.csv', 'csv', 2, 'It was their last day to consider the terms'],
      ['table.tsv', 'tsv', 2, 'Moscow has used tough deadlines in the past with rebels but has sometimes extended them.'],
      ['articles.json', 'json', 2, 'On Wednesday, Human Rights Watch demanded both Jordan and Israel allow asylum seekers in.'],
      ['articles.jsonl', 'jsonl', 2, 'Syrian armed opposition said on Wednesday'],
      ['wrapped.md', 'md', 1, '‘Drop their arms’']
    ];
    const pool = new ExtractPool({}, 2);
    cleanups.push(() => pool.close());
    const outcomes = await Promise.all(
      expected.map(([file]) =>
        pool.process({ path: path.join(fixtures, file), size: fs.statSync(path.join(fixtures, file)).size })
      )
    );
    for (const [i, [file, format, count, sentence]] of expected.entries()) {
      const outcome = outcomes[i]!;
      expect(outcome, file).toMatchObject({ ok: true, format });
      if (!outcome.ok) continue;
      expect(outcome.articles, file).toHaveLength(count);
      expect(outcome.articles.map((a) => a.article.body).join('\n'), file).toContain(sentence);
    }
  }, 120_000);

  it('fails a file that takes longer than its limit with timeout', async () => {
    const dir = corpus();
    const pool = new ExtractPool({}, 1, 1);
    cleanups.push(() => pool.close());
    const file = { path: path.join(dir, 'story-001.txt'), size: 10 };
    expect(await pool.process(file)).toMatchObject({ ok: false, code: 'timeout' });
  });

  it('stops while a slow file is being read when cancelled, leaving that file for the next run', async () => {
    const dir = corpus();
    // About 10 MB of varied text, first in file order: seconds of extraction, far longer than the
    // moment the test waits before it cancels.
    const lines = Array.from(
      { length: 150_000 },
      (_, i) => `Line ${i} of a long transcript from Daraa, speaker ${i % 97} said ${i * 7}.`
    );
    fs.writeFileSync(path.join(dir, '000-long-transcript.txt'), `Long transcript\n\n${lines.join('\n')}`);
    const library = makeTempLibrary();
    cleanups.push(() => library.dispose());
    const { db } = library;
    const started = Date.now();
    const report = await importPaths(db, [dir], { parallel: true, signal: AbortSignal.timeout(300) });
    const cancelledAfter = Date.now() - started;
    expect(report.status).toBe('cancelled');
    expect(report.imported).toBe(0);

    const again = Date.now();
    const rest = await importPaths(db, [dir], { parallel: true });
    const fullRead = Date.now() - again;
    expect(rest).toMatchObject({ status: 'done', imported: 91 });
    // Both imports had to start the pool; only the second read the long file. Had the cancel
    // waited for that file, the first would have taken as long as the second.
    expect(cancelledAfter).toBeLessThan(fullRead / 2);
  });

  it('stops a file that outlasts its limit even in a one-file import, when the file needs a parser', async () => {
    // A web page is parsed (jsdom) in a pool worker however few files there are, so a page that
    // kept the parser busy could not block the import; with a 1 ms limit, any page does.
    const dir = makeTempFolder({
      'page.html': '<html><head><title>Convoy</title></head><body><p>Talks in Daraa.</p></body></html>'
    });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const library = makeTempLibrary();
    cleanups.push(() => library.dispose());
    const report = await importPaths(library.db, [dir], { parallel: true, fileTimeoutMs: 1 });
    expect(report).toMatchObject({ imported: 0, failed: 1 });
    expect(report.problems[0]).toMatchObject({ code: 'timeout' });
    // Plain text is read in the importing thread: no worker, no watchdog.
    const text = makeTempFolder({ 'note.txt': 'Convoy\n\nTalks in Daraa.' });
    cleanups.push(() => fs.rmSync(text, { recursive: true, force: true }));
    expect(await importPaths(library.db, [text], { parallel: true, fileTimeoutMs: 1 })).toMatchObject({ imported: 1 });
  });
});
