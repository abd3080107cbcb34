import { describe, expect, it } from 'vitest';
import { LOHAN_TXT, lohanPage } from '../../library/testing/lohanRehab';
import { lines, workspacesPerTest } from './crosscheck';

/**
 * Review 14, finding 4, through the built CLI: a web page of the same text as a .txt already in
 * the library fills the article's empty outlet, date and URL, and the report says so.
 */
const workspace = workspacesPerTest();

const TXT = LOHAN_TXT;
const HTML = lohanPage();

interface Shown {
  outlet: string | null;
  publishedAt: string | null;
  url: string | null;
  sources: Record<string, string>;
  copiedFrom: Record<string, string>;
}

describe('crosscheck import of a duplicate with details the library lacks', () => {
  it('.txt first: the page fills outlet, date and URL, and its report line says so', async () => {
    const ws = workspace();
    const txt = ws.write('ecb/1_lohan.txt', TXT);
    const html = ws.write('saved/lohan-1.html', HTML);
    expect((await ws.run('import', txt)).code).toBe(0);
    const result = await ws.run('import', html);
    expect(result.code).toBe(0);
    const out = lines(result.stdout);
    expect(out[0]).toBe('New 0, near-duplicates 0 (stored and linked), duplicates 1, skipped 0, failed 0.');
    expect(out[1]).toMatch(
      /^ {2}duplicate .*lohan-1\.html: Same text as “.*” in the library; filled outlet, date and URL from this copy\.$/
    );

    const shown = JSON.parse((await ws.run('show', '1', '--json')).stdout) as Shown;
    expect(shown).toMatchObject({
      outlet: 'The Daily Star',
      publishedAt: '2013-05-03T09:15:00Z',
      url: 'https://www.dailystar.example/lohan-rehab',
      sources: { outlet: 'copy', publishedAt: 'copy', url: 'copy' },
      copiedFrom: { outlet: html, publishedAt: html, url: html }
    });
  });

  it('.html first: the page is the article and the .txt is a plain duplicate', async () => {
    const ws = workspace();
    const txt = ws.write('ecb/1_lohan.txt', TXT);
    const html = ws.write('saved/lohan-1.html', HTML);
    expect((await ws.run('import', html)).code).toBe(0);
    const out = lines((await ws.run('import', txt)).stdout);
    expect(out[1]).toMatch(/^ {2}duplicate .*1_lohan\.txt: Same text as “.*” in the library\.$/);
    const shown = JSON.parse((await ws.run('show', '1', '--json')).stdout) as Shown;
    expect(shown).toMatchObject({ outlet: 'The Daily Star', sources: { outlet: 'metadata' }, copiedFrom: {} });
  });

  it('an outlet the user set with `edit` stays; only the empty date and URL are filled', async () => {
    const ws = workspace();
    const txt = ws.write('ecb/1_lohan.txt', TXT);
    const html = ws.write('saved/lohan-1.html', HTML);
    await ws.run('import', txt);
    expect((await ws.run('edit', '1', '--outlet', 'Desk copy')).code).toBe(0);
    const out = lines((await ws.run('import', html)).stdout);
    expect(out[1]).toMatch(/; filled date and URL from this copy\.$/);
    const shown = JSON.parse((await ws.run('show', '1', '--json')).stdout) as Shown;
    expect(shown).toMatchObject({
      outlet: 'Desk copy',
      publishedAt: '2013-05-03T09:15:00Z',
      sources: { outlet: 'edited', publishedAt: 'copy' }
    });
  });
});
