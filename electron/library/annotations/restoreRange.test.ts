import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { createHandlers } from '../handlers';
import { importPaths } from '../import/importPaths';
import { channelCaller } from '../testing/channelCaller';
import { makeTempLibrary, SEEDS_DIR } from '../testing/tempLibrary';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

/** The seeds, a highlight of "Daraa" in article 1 deleted (what undo holds), every channel through `dispatch`. */
async function setup() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  const { call } = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const body = lib.db.prepare('SELECT body FROM articles WHERE id = 1').pluck().get() as string;
  const made = await call('annotations:create', { kind: 'highlight', articleId: 1, quote: 'Daraa', colour: 2, note: 'n', tags: [] });
  const { deleted } = await call('annotations:delete', { id: made.id });
  /** The words a restored highlight marks in today's body, as the reader and the export show them. */
  const marked = (a: Annotation) => (a.current === null ? null : body.slice(a.current.start, a.current.end));
  const exportedMarks = async () => {
    const report = await call('export:render', { scope: { kind: 'articles', articleIds: [1] }, format: 'md', options: { fullText: true } });
    return [...String(report.content).matchAll(/==([^=]*)==/g)].map((m) => m[1]);
  };
  return { call, body, deleted, marked, exportedMarks };
}

describe('annotations:restore checks a highlight against the text (review 14, finding 4)', () => {
  it('a range past the end of the text or backwards is not stored: the highlight marks its own words', async () => {
    const { call, deleted, marked, exportedMarks } = await setup();
    for (const current of [
      { start: 10, end: 5_000_000 },
      { start: 40, end: 12 }
    ]) {
      const restored = await call('annotations:restore', { annotation: { ...deleted, current } });
      expect(restored.state).toBe('placed');
      expect(marked(restored)).toBe('Daraa');
      // The report quotes the highlight and marks it in the full text: both the same words.
      expect(new Set(await exportedMarks())).toEqual(new Set(['Daraa']));
      await call('annotations:delete', { id: restored.id });
    }
  });

  it('an anchor whose position does not hold its quote is placed where the quote is', async () => {
    const { call, deleted, marked } = await setup();
    const anchor = deleted.anchor!;
    const restored = await call('annotations:restore', {
      annotation: { ...deleted, anchor: { ...anchor, position: { ...anchor.position, start: 40, end: 12 } } }
    });
    expect(restored.state).not.toBe('orphan');
    expect(marked(restored)).toBe('Daraa');
  });

  it('a quote that is not in the text comes back an orphan, with its reason and note, marking nothing', async () => {
    const { call, deleted, exportedMarks } = await setup();
    const anchor = deleted.anchor!;
    const restored = await call('annotations:restore', {
      annotation: { ...deleted, anchor: { ...anchor, quote: { ...anchor.quote, exact: 'words this article never had' } } }
    });
    expect(restored.state).toBe('orphan');
    expect(restored.orphanReason).toBe('not-found');
    expect(restored.current).toBeNull();
    expect(restored.note).toBe('n');
    // The report lists the orphan's quote, and marks nothing of the article's text.
    expect(await exportedMarks()).toEqual(['words this article never had']);
  });

  it("a passage note's span with a forged range marks its own words", async () => {
    const { call, body } = await setup();
    const at = body.indexOf('Daraa');
    const note = await call('annotations:create', {
      kind: 'passage-note',
      spans: [{ articleId: 1, start: at, end: at + 'Daraa'.length }],
      note: 'p',
      tags: []
    });
    const { deleted } = await call('annotations:delete', { id: note.id });
    const spans = deleted.passage!.map((s) => ({ ...s, current: { start: 0, end: 5_000_000 } }));
    const restored = await call('annotations:restore', { annotation: { ...deleted, passage: spans } });
    const span = restored.passage![0]!;
    expect(span.current).not.toBeNull();
    expect(body.slice(span.current!.start, span.current!.end)).toBe('Daraa');
  });
});
