import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { listArticles } from '../articles';
import { exportHandlers } from '../export/exportHandlers';
import { SEEDS_DIR, makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { makeDocx } from './fixtures/makeDocx';
import { makePdf } from './fixtures/makePdf';
import { importPaths } from './importPaths';

/**
 * A report Crosscheck exported, copied to a folder the written-files list does not know (another
 * folder or machine: NB vitest keeps no such list without CROSSCHECK_HOME), is recognised by the
 * mark inside the file and left out of an import through importPaths with the worker pool (the
 * path the window and `crosscheck import` take); a real article that mentions Crosscheck imports.
 */
let library: ReturnType<typeof makeTempLibrary>;
const cleanups: Array<() => void> = [];
beforeAll(async () => {
  library = makeTempLibrary();
  cleanups.push(() => library.dispose());
  await importPaths(library.db, [SEEDS_DIR]);
});
afterAll(() => {
  for (const c of cleanups.splice(0)) c();
});

function freshFolder(files: Record<string, string | Uint8Array>): string {
  const dir = makeTempFolder(files);
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function exported(format: 'html' | 'md' | 'docx' | 'pdf'): Promise<{ name: string; data: string | Uint8Array }> {
  const ids = listArticles(library.db, { sort: 'title', direction: 'asc', offset: 0, limit: 50 }).items.map((a) => a.id);
  const r = await dispatch(exportHandlers(library.db), 'export:render', {
    scope: { kind: 'articles', articleIds: ids },
    format,
    options: { fullText: true }
  });
  if (!r.ok) throw new Error(r.error.message);
  const out = r.value as ChannelOutput<'export:render'>;
  return { name: out.fileName, data: out.encoding === 'base64' ? new Uint8Array(Buffer.from(out.content, 'base64')) : out.content };
}

async function importInto(dir: string) {
  const into = makeTempLibrary();
  cleanups.push(() => into.dispose());
  const report = await importPaths(into.db, [dir], { parallel: true });
  return { report, count: listArticles(into.db, { sort: 'title', direction: 'asc', offset: 0, limit: 50 }).items.length };
}

describe('an exported report copied to a fresh folder', () => {
  it.each(['html', 'md', 'docx', 'pdf'] as const)(
    '%s: is skipped with the report reason, and nothing is stored',
    async (format) => {
      const file = await exported(format);
      const dir = freshFolder({ [file.name]: file.data });
      const { report, count } = await importInto(dir);
      expect(count).toBe(0);
      expect(report).toMatchObject({ imported: 0, failed: 0, skipped: 1 });
      expect(report.problems).toEqual([
        expect.objectContaining({
          path: path.join(dir, file.name),
          kind: 'skipped',
          code: 'crosscheck-report',
          message: expect.stringMatching(/^This is a report exported by Crosscheck, not an article/)
        })
      ]);
    },
    120_000
  );
});

describe('an article that mentions Crosscheck', () => {
  const said = (what: string): string =>
    `The Crosscheck report by the city council found that ${what}, and the council asked for a second Crosscheck report next year.`;
  it('imports from every marked format', async () => {
    const dir = freshFolder({
      'page.html': `<!DOCTYPE html><html><head><meta name="generator" content="WordPress 6.4"><title>Crosscheck report</title></head><body><article><h1>Crosscheck report</h1><p>${said('the harbour strike cost the port two million pounds in three weeks')}</p><p>Its authors quoted the page source &lt;meta name="generator" content="Crosscheck report"&gt; as an example.</p></article></body></html>`,
      'notes.md': `---\ntitle: "Crosscheck report"\ngenerator: "Hugo"\n---\n\n${said('the new tram line carried more riders than the buses it replaced')}\n\ngenerator: "Crosscheck report"\n`,
      'letter.docx': makeDocx({
        paragraphs: ['Crosscheck report', said('the museum roof needs a further year of repairs')],
        core: { title: 'Crosscheck report', creator: 'Crosscheck' }
      }),
      'scan.pdf': makePdf({
        pages: [[{ text: said('the river flood defences held during the storm'), x: 72, y: 700 }]],
        info: { Creator: 'Crosscheck', Producer: 'LibreOffice 7.6' }
      })
    });
    const { report, count } = await importInto(dir);
    expect(report.problems).toEqual([]);
    expect(report).toMatchObject({ imported: 4, skipped: 0, failed: 0 });
    expect(count).toBe(4);
  }, 120_000);
});
