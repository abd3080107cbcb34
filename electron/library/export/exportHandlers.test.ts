import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelInput, ChannelOutput, EventName, EventPayload } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { createAnnotation } from '../annotations/annotationStore';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { exportHandlers } from './exportHandlers';
import type { PrintPdf } from './printPdf';

/**
 * The export channels as the app calls them: the author setting in every report, binary formats
 * as base64, and a long export's progress events and cancellation (the dialog's Cancel button).
 */

let library: ReturnType<typeof makeTempLibrary>;

beforeAll(async () => {
  library = makeTempLibrary();
  await importPaths(library.db, [SEEDS_DIR]);
  createAnnotation(library.db, { kind: 'highlight', articleId: 1, quote: 'Russian airstrikes', note: 'First note', colour: 2 });
});
afterAll(() => library.dispose());

const md = (options: ChannelInput<'export:render'>['options'] = {}): ChannelInput<'export:render'> => ({
  scope: { kind: 'articles', articleIds: [1] },
  format: 'md',
  options
});

async function call<C extends 'export:render' | 'export:settings:set' | 'export:settings:get' | 'export:cancel'>(
  handlers: ReturnType<typeof exportHandlers>,
  channel: C,
  input: ChannelInput<C>
): Promise<ChannelOutput<C>> {
  const r = await dispatch(handlers, channel, input);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ChannelOutput<C>;
}

describe('export channels', () => {
  it('the author setting names who made every report; --author overrides it, an empty one leaves it out', async () => {
    const handlers = exportHandlers(library.db);
    expect(await call(handlers, 'export:settings:get', {})).toEqual({ author: null });
    expect((await call(handlers, 'export:render', md())).content).not.toContain(' by ');
    expect(await call(handlers, 'export:settings:set', { author: '  Ana Reporter ' })).toEqual({ author: 'Ana Reporter' });
    for (const format of ['md', 'html'] as const)
      expect((await call(handlers, 'export:render', { ...md(), format })).content).toContain('by Ana Reporter');
    expect((await call(handlers, 'export:render', { ...md(), format: 'json' })).content).toContain('"name": "Ana Reporter"');
    expect((await call(handlers, 'export:render', md({ author: 'Bo' }))).content).toContain('by Bo.');
    expect((await call(handlers, 'export:render', md({ author: '' }))).content).not.toContain(' by ');
    expect(await call(handlers, 'export:settings:set', { author: null })).toEqual({ author: null });
  });

  it('a report filtered by colour prints the title line a filtered-out highlight keeps, so its paragraph numbers match the printed text (review 13, #8)', async () => {
    const own = makeTempLibrary();
    try {
      await importPaths(own.db, [SEEDS_DIR]);
      // Article 1's body opens with its title; a highlight there keeps that line in the reader.
      createAnnotation(own.db, { kind: 'highlight', articleId: 1, quote: 'Russia strikes Daraa', colour: 3 });
      createAnnotation(own.db, { kind: 'highlight', articleId: 1, quote: 'Negotiations with the Russian enemy', colour: 2 });
      const { content } = await call(exportHandlers(own.db), 'export:render', {
        scope: { kind: 'annotations', filter: { articleId: 1, colours: [2] } },
        format: 'md',
        options: { fullText: true }
      });
      const cited = Number(/^\[\^h1\]: .*paragraph (\d+)\.$/m.exec(content)?.[1]);
      const fullText = content.slice(content.indexOf('## Full texts')).split('\n\n').slice(2);
      expect(fullText[0]).toBe('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
      expect(fullText.findIndex((p) => p.includes('==Negotiations with the Russian enemy==')) + 1).toBe(cited);
    } finally {
      own.dispose();
    }
  });

  it('Word comes back as base64 of a zip, with its size and type', async () => {
    const out = await call(exportHandlers(library.db), 'export:render', { ...md(), format: 'docx' });
    expect(out.encoding).toBe('base64');
    const bytes = Buffer.from(out.content, 'base64');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(out.bytes).toBe(bytes.length);
    expect(out.fileName).toMatch(/\.docx$/);
    expect(out.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });

  it('a running export reports progress by its job id and stops when cancelled, failing with code cancelled', async () => {
    const events: Array<EventPayload<'export:progress'>> = [];
    let printing: () => void = () => {};
    const printStarted = new Promise<void>((resolve) => (printing = resolve));
    // A printer that only finishes when the export is cancelled, as a slow Chromium would.
    const printPdf: PrintPdf = (_html, signal) =>
      new Promise((_, reject) => {
        printing();
        signal?.addEventListener('abort', () => reject(new Error('stopped')));
      });
    const handlers = exportHandlers(library.db, library.db, {
      printPdf,
      emit: <E extends EventName>(event: E, payload: EventPayload<E>) => {
        if (event === 'export:progress') events.push(payload as EventPayload<'export:progress'>);
      }
    });
    const running = dispatch(handlers, 'export:render', { ...md(), format: 'pdf', jobId: 'job-1' });
    await printStarted;
    expect(await call(handlers, 'export:cancel', { jobId: 'job-1' })).toEqual({ cancelled: true });
    const result = await running;
    expect(result).toEqual({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled. Nothing was saved.' } });
    expect(events.map((e) => `${e.jobId} ${e.phase}`)).toEqual(['job-1 gather', 'job-1 gather', 'job-1 render', 'job-1 print']);
    expect(await call(handlers, 'export:cancel', { jobId: 'job-1' })).toEqual({ cancelled: false });
  });
});

describe('a passage note in a report (review 10)', () => {
  it('names the titles of the articles the passage is in', async () => {
    const words = 'Negotiations with the Russian enemy';
    const body = (id: number) => library.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
    const title = (id: number) => library.db.prepare('SELECT title FROM articles WHERE id = ?').pluck().get(id) as string;
    const span = (id: number) => ({ articleId: id, start: body(id).indexOf(words), end: body(id).indexOf(words) + words.length });
    createAnnotation(library.db, { kind: 'passage-note', spans: [span(2), span(4)], note: 'Same AFP quote' });
    const csv = await call(exportHandlers(library.db), 'export:render', {
      scope: { kind: 'articles', articleIds: [2] },
      format: 'csv'
    });
    const row = csv.content.split('\r\n').find((line) => line.includes(',passage-note,'));
    expect(row).toContain(`${title(2)}; ${title(4)}`);
  });
});
