import { describe, expect, it } from 'vitest';
import { makeZip } from '../fixtures/makeZip';
import { expectFailure, expectOk, extract } from './testing';

const MB = 1024 * 1024;

describe('.zip archives', () => {
  it('reads every supported entry, nested zips included, and reports the others', async () => {
    const inner = makeZip([{ name: 'deep/note.txt', data: 'Inside the inner zip.' }]);
    const zip = makeZip([
      { name: 'news/a.html', data: '<html><head><title>A</title></head><body><p>Article A text.</p></body></html>' },
      { name: 'news/b.txt', data: 'Article B text.' },
      { name: 'table.csv', data: 'title,text\nT1,Row one text\n' },
      { name: 'inner.zip', data: inner, store: true },
      { name: '__MACOSX/news/._a.html', data: 'junk' },
      { name: 'news/.DS_Store', data: 'junk' },
      { name: '../escape.txt', data: 'should never be read' },
      { name: '/etc/absolute.txt', data: 'should never be read' },
      { name: 'photo.png', data: 'not really a png' },
      { name: 'broken.pdf', data: 'not a pdf' },
      { name: 'empty-dir/', data: '' }
    ]);
    const result = expectOk(await extract('bundle.zip', zip));
    expect(result.format).toBe('zip');
    expect(result.articles.map((a) => [a.locator, a.text])).toEqual([
      ['news/a.html', 'Article A text.'],
      ['news/b.txt', 'Article B text.'],
      ['table.csv, row 2', 'Row one text'],
      ['inner.zip/deep/note.txt', 'Inside the inner zip.']
    ]);
    expect(result.entries?.map((e) => [e.path, e.ok ? e.format : e.code])).toEqual([
      ['news/a.html', 'html'],
      ['news/b.txt', 'txt'],
      ['table.csv', 'csv'],
      ['inner.zip/deep/note.txt', 'txt'],
      ['../escape.txt', 'unsafe-path'],
      ['/etc/absolute.txt', 'unsafe-path'],
      ['photo.png', 'unsupported'],
      ['broken.pdf', 'corrupt']
    ]);
    expect(result.warnings.map((w) => w.code)).toEqual(['unsafe-path', 'unsafe-path', 'corrupt', 'unsupported']);
    expect(result.warnings[0]?.message).toBe('../escape.txt: skipped (path leaves the archive (..))');
    expect(JSON.stringify(result)).not.toContain('should never be read');
  });

  it('skips an entry whose declared ratio marks a zip bomb', async () => {
    const zip = makeZip([
      { name: 'bomb.txt', data: new Uint8Array(20 * MB) },
      { name: 'ok.txt', data: 'Fine text.' }
    ]);
    const result = expectOk(await extract('bomb.zip', zip));
    expect(result.articles.map((a) => a.locator)).toEqual(['ok.txt']);
    expect(result.entries?.[0]).toMatchObject({ path: 'bomb.txt', ok: false, code: 'zip-bomb' });
    expect(result.warnings[0]?.message).toMatch(
      /^The file bomb\.txt in this archive would unpack to \d+× its packed size, which looks like a zip bomb, so it was skipped; /
    );
  });

  it('stops inflating when the real size exceeds a lying header', async () => {
    const zip = makeZip([{ name: 'liar.txt', data: new Uint8Array(20 * MB), declaredSize: 1000 }]);
    const started = Date.now();
    const result = expectFailure(await extract('liar.zip', zip));
    expect(Date.now() - started).toBeLessThan(3000);
    expect(['zip-bomb', 'corrupt']).toContain(result.code);
  });

  it('fails the archive when the total unpacked size passes the limit', async () => {
    const text = 'x'.repeat(800);
    const zip = makeZip([
      { name: 'a.txt', data: text, store: true },
      { name: 'b.txt', data: text, store: true }
    ]);
    const result = expectFailure(await extract('big.zip', zip, { limits: { zipMaxTotalBytes: 1000 } }));
    expect(result).toEqual({
      ok: false,
      code: 'zip-bomb',
      message:
        'This archive unpacks to more than 1000 bytes in total, which looks like a zip bomb, so reading stopped; if you trust it, unpack it and import the files.'
    });
  });

  it('refuses archives with too many entries and too deep nesting', async () => {
    const many = makeZip(Array.from({ length: 5 }, (_, i) => ({ name: `${i}.txt`, data: 'x' })));
    expect(expectFailure(await extract('many.zip', many, { limits: { zipMaxEntries: 3 } }))).toEqual({
      ok: false,
      code: 'zip-bomb',
      message: 'This ZIP archive has 5 entries, over the limit of 3; unpack it and import the folder instead.'
    });
    const level3 = makeZip([{ name: 'c.txt', data: 'Too deep.' }]);
    const level2 = makeZip([{ name: 'c.zip', data: level3, store: true }]);
    const level1 = makeZip([
      { name: 'b.zip', data: level2, store: true },
      { name: 'top.txt', data: 'Top text.' }
    ]);
    const result = expectOk(await extract('nested.zip', level1));
    expect(result.articles.map((a) => a.locator)).toEqual(['top.txt']);
    expect(result.entries).toContainEqual({
      path: 'b.zip',
      ok: false,
      code: 'zip-bomb',
      message:
        'Nothing imported from this ZIP archive: c.zip: This archive is nested more than 2 levels deep inside others, so it was not opened; unpack it and import its files.'
    });
  });

  it('fails damaged and empty archives', async () => {
    const zip = makeZip([{ name: 'a.txt', data: 'Some text here.' }]);
    expect(expectFailure(await extract('cut.zip', zip.subarray(0, zip.length - 10))).code).toBe('corrupt');
    expect(expectFailure(await extract('empty.zip', makeZip([]))).code).toBe('empty');
    expect(expectFailure(await extract('hidden.zip', makeZip([{ name: '.hidden.txt', data: 'x' }]))).code).toBe('empty');
  });

  it('fails with the entries’ code when nothing could be imported', async () => {
    const result = expectFailure(
      await extract(
        'pics.zip',
        makeZip([
          { name: 'a.png', data: 'x' },
          { name: 'b.jpg', data: 'y' }
        ])
      )
    );
    expect(result.code).toBe('unsupported');
    expect(result.message).toMatch(/^Nothing imported from this ZIP archive: 2 unsupported/);
  });
});
