import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from './fixtures/makeDocx';
import { makePdf } from './fixtures/makePdf';
import { makeZip } from './fixtures/makeZip';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { ExtractPool } from './extractPool';
import { extractFile } from './formats';
import { importPaths } from './importPaths';
import { processFile } from './processFile';
import { FAILURE_CODES, IMPORT_PROBLEM_CODES } from './problemCodes';
import { describeFsError } from './walk';

/**
 * Every failure code an import can report is held to a message for a person: a sentence (capital,
 * full stop) saying what is wrong with the file and what to do, with none of a library's words.
 * Messages are produced the way a user meets them — mostly by importing real bad files.
 */

/** Library internals that must never reach a person: type names, stack lines, errno codes, parsers. */
const INTERNALS =
  /Uint8Array|Buffer|TypeError|RangeError|SyntaxError|ReferenceError|\bError:|\bat .+:\d+|\bundefined\b|\bnull\b|\bNaN\b|\[object|\bE[A-Z]{2,}\b|xmldom|pdf\.js|mammoth|yauzl|jsdom|Papa|position \d+|Unexpected token/;

/** Messages seen, by code. */
const seen = new Map<string, string[]>();
function record(code: string, message: string): void {
  seen.set(code, [...(seen.get(code) ?? []), message]);
}

const cleanups: Array<() => unknown> = [];
afterAll(async () => {
  for (const c of cleanups.splice(0)) await c();
});
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const ARTICLE = 'Talks fail in Daraa\n\nRebels said on Wednesday that talks with Russia had failed.';

/** Files that fail to import, each for its own reason. */
function badFiles(): Record<string, string | Uint8Array> {
  const pdf = makePdf({ pages: [[{ text: 'Some text', x: 72, y: 700 }]] });
  return {
    'empty.txt': '',
    'blank.txt': '   \n\n  ',
    'binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x03, 0x00, 0x00, 0xff, 0x10, 0x00, 0x07]),
    'korean.txt': new Uint8Array([
      ...Buffer.from('\x1b$)C\x0e\x30\x21\x30\x22\x0f hello\n', 'latin1'),
      ...Buffer.from('Korean line \x0e\x30\x21\x30\x22\x31\x21\x0f text\n'.repeat(6), 'latin1')
    ]),
    'photo.jpeg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
    // A report Crosscheck exported, by its mark (crosscheckReport.test.ts exports real ones).
    'report.md': '---\ntitle: "Report"\ngenerator: "Crosscheck report"\n---\n\nHighlights of the week.\n',
    'old.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
    noext: 'just some words',
    'scan.pdf': makePdf({ pages: ['image'] }),
    'locked.pdf': makePdf({ pages: [[{ text: 'Secret', x: 72, y: 700 }]], encrypt: { userPassword: 'secret' } }),
    'cut.pdf': pdf.subarray(0, 200),
    // Whole, but its page's content cannot be decoded: pdf.js reads it as a page showing nothing.
    'damaged.pdf': Buffer.from(
      Buffer.from(pdf).toString('latin1').replace('<<  /Length 40 >>', '<< /Length 40 /Filter /FlateDecode >>'),
      'latin1'
    ),
    'junk.pdf': 'this is not a pdf at all',
    'empty.pdf': '',
    'notword.docx': makeZip([{ name: 'hello.txt', data: 'hello' }]),
    'notzip.docx': 'plain text named .docx',
    'xxe.docx': makeDocx({
      doctype: '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
      rawBody: '<w:p><w:r><w:t>Before &xxe; after</w:t></w:r></w:p>'
    }),
    'blank.docx': makeDocx({ paragraphs: [] }),
    'scripts.html': '<html><body><script>document.write("x")</script><img src="photo.png"></body></html>',
    'blank.html': '  \n ',
    'broken.json': '{"title": "A", "text": ',
    'single.json': '42',
    'numbers.json': '[1, 2, 3]',
    'garbage.jsonl': 'not json\nnor this\n',
    'scores.csv': 'id,score\n1,2\n',
    'notext.csv': 'title,body\nA headline,\n',
    'headless.csv': '\n\n',
    'nothing.zip': makeZip([]),
    'bomb.zip': makeZip([{ name: 'bomb.txt', data: new Uint8Array(2 * 1024 * 1024), declaredSize: 2 * 1024 * 1024 }]),
    'escape.zip': makeZip([{ name: '../escape.txt', data: ARTICLE }]),
    'pictures.zip': makeZip([
      { name: 'a.jpg', data: 'x' },
      { name: 'b.png', data: 'y' }
    ]),
    'mixed.zip': makeZip([
      { name: 'a.jpg', data: 'x' },
      { name: 'b.txt', data: '' }
    ]),
    'nested.zip': makeZip([
      {
        name: 'b.zip',
        data: makeZip([{ name: 'c.zip', data: makeZip([{ name: 'd.txt', data: ARTICLE }]), store: true }]),
        store: true
      }
    ]),
    'boilerplate.txt': 'Share this article\n\nFollow us on Twitter\n\nAdvertisement',
    'big.txt': `${ARTICLE}\n\n${'More words from Daraa. '.repeat(3000)}`
  };
}

function expectForPeople(code: string, message: string): void {
  const label = `${code}: ${message}`;
  expect(message, label).toMatch(/^["“A-Z]/);
  expect(message, label).toMatch(/\.$/);
  expect(INTERNALS.exec(message)?.[0], label).toBeUndefined();
  // What is wrong and what to do: at least two clauses, not a bare label.
  expect(message.split(/[;:.]\s/).length, label).toBeGreaterThan(1);
}

/** Imports a folder of bad files (plus links, a missing path, a device, a bad mapping) the way the app does. */
async function importBadFiles(): Promise<void> {
  const dir = folder(badFiles());
  const outside = folder({ 'elsewhere.txt': ARTICLE });
  fs.symlinkSync(path.join(outside, 'elsewhere.txt'), path.join(dir, 'outside-link.txt'));
  fs.symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken-link.txt'));
  fs.symlinkSync(path.join(dir, 'loop-link.txt'), path.join(dir, 'loop-link.txt'));
  const tables = folder({ 'mapped.csv': 'id,body\n1,Some text about Daraa.\n' });
  const library = makeTempLibrary();
  cleanups.push(() => library.dispose());
  const report = await importPaths(library.db, [dir, tables, path.join(dir, 'missing.txt'), '/dev/null'], {
    parallel: true,
    maxFileBytes: 50_000,
    mappings: { [path.join(tables, 'mapped.csv')]: { text: 'content' } }
  });
  const problems = report.problems.filter((p) => p.kind === 'failed' || p.kind === 'skipped');
  // Every bad file is reported, and so are the links, the missing path, the device and the table.
  expect(problems.map((p) => path.basename(p.path)).sort()).toEqual(
    [...Object.keys(badFiles()), 'outside-link.txt', 'broken-link.txt', 'loop-link.txt', 'missing.txt', 'null', 'mapped.csv'].sort()
  );
  for (const p of problems) record(p.code, p.message);
  // Each PDF's advice fits what is wrong with it: only the scan is sent to text recognition.
  const pdfCodes = Object.fromEntries(problems.filter((p) => p.path.endsWith('.pdf')).map((p) => [path.basename(p.path), p.code]));
  expect(pdfCodes).toEqual({
    'scan.pdf': 'no-text-layer',
    'locked.pdf': 'encrypted',
    'cut.pdf': 'corrupt',
    'damaged.pdf': 'corrupt',
    'junk.pdf': 'corrupt',
    'empty.pdf': 'empty'
  });
  for (const p of problems.filter((p) => /\/(cut|damaged|junk)\.pdf$/.test(p.path))) {
    expect(p.message).toMatch(/damaged/);
    expect(p.message).not.toMatch(/OCR|scan/);
  }
}

/** Reads stopped by the extractors' clock, a cancel, a bug, the pool's watchdog and a closing pool. */
async function stoppedReads(): Promise<void> {
  const dir = folder({ 'page.html': '<html><body><p>Talks in Daraa.</p></body></html>', 'note.txt': ARTICLE });
  const page = { path: path.join(dir, 'page.html'), size: 50 };
  const slow = await extractFile(
    { bytes: makePdf({ pages: Array.from({ length: 30 }, () => [{ text: 'Page text', x: 72, y: 700 }]) }), fileName: 'slow.pdf' },
    { limits: { timeoutMs: 1 } }
  );
  const cancelled = new AbortController();
  cancelled.abort();
  const aborted = await extractFile(
    { bytes: new TextEncoder().encode(ARTICLE), fileName: 'a.html' },
    { signal: cancelled.signal }
  );
  // A bug inside an extractor (here: no bytes at all) and one in an injected extractor.
  const bug = await extractFile({ bytes: null as unknown as Uint8Array, fileName: 'x.pdf' });
  const thrown = await processFile(
    { path: path.join(dir, 'note.txt'), size: 10 },
    {
      extract: () => {
        throw new TypeError("Cannot read properties of undefined (reading 'length') at parse (reader.ts:12:3)");
      }
    }
  );
  const watched = new ExtractPool({}, 1, 1);
  cleanups.push(() => watched.close());
  const timedOut = await watched.process(page);
  const closing = new ExtractPool({}, 1);
  const inHand = closing.process(page);
  await closing.close();
  const stopped = await inHand;

  const outcomes = [slow, aborted, bug, thrown, timedOut, stopped];
  expect(outcomes.map((o) => (o.ok ? 'ok' : o.code))).toEqual([
    'timeout',
    'aborted',
    'internal',
    'extract-error',
    'timeout',
    'cancelled'
  ]);
  // The library's reason is kept for whoever debugs it, out of the sentence.
  expect(bug).toMatchObject({ detail: expect.stringMatching(/null|undefined/) });
  for (const o of outcomes) if (!o.ok) record(o.code, o.message);
}

/** The file system's refusals, as walking and reading report them. */
function fsRefusals(): void {
  const refusals = ['ENOENT', 'EACCES', 'EPERM', 'EISDIR', 'ELOOP', 'EBUSY', 'EIO'].map((code) =>
    Object.assign(new Error(`${code}: operation failed, open '/x/y.txt'`), { code })
  );
  for (const error of [...refusals, new Error('something odd'), 'a string', null]) {
    record('unreadable', describeFsError(error, 'Cannot read this file'));
  }
}

describe('failure messages', () => {
  it('are sentences for people, for every code an import reports', async () => {
    await importBadFiles();
    await stoppedReads();
    fsRefusals();
    const expected = new Set<string>([...FAILURE_CODES, ...IMPORT_PROBLEM_CODES]);
    expect(
      [...expected].filter((code) => !seen.has(code)),
      'codes no case produced'
    ).toEqual([]);
    expect(
      [...seen.keys()].filter((code) => !expected.has(code)),
      'codes missing from the exported lists'
    ).toEqual([]);
    for (const [code, messages] of seen) for (const message of messages) expectForPeople(code, message);
  }, 180_000);
});
