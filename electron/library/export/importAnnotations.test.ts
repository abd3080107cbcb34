import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { createAnnotation } from '../annotations/annotationStore';
import { listAnnotations } from '../annotations/listAnnotations';
import { importPaths } from '../import/importPaths';
import { SEEDS_DIR, makeTempLibrary } from '../testing/tempLibrary';
import { exportHandlers } from './exportHandlers';

/**
 * Annotations read back from a W3C file that names an article by its text (`urn:crosscheck:text:…`,
 * the seeds have no web address): the text's hash alone must not make the import trust a position.
 */
let from: ReturnType<typeof makeTempLibrary>;
let into: ReturnType<typeof makeTempLibrary>;
beforeAll(async () => {
  from = makeTempLibrary();
  into = makeTempLibrary();
  await importPaths(from.db, [SEEDS_DIR]);
  await importPaths(into.db, [SEEDS_DIR]);
  createAnnotation(from.db, { kind: 'highlight', articleId: 1, quote: 'Russian airstrikes', note: 'Kept', colour: 2 });
});
afterAll(() => {
  from.dispose();
  into.dispose();
});

async function exported(): Promise<{ items: Array<Record<string, unknown>> }> {
  const r = await dispatch(exportHandlers(from.db), 'export:render', {
    scope: { kind: 'articles', articleIds: [1] },
    format: 'json'
  });
  if (!r.ok) throw new Error(r.error.message);
  const collection = JSON.parse((r.value as ChannelOutput<'export:render'>).content) as {
    first: { items: Array<Record<string, unknown>> };
  };
  return collection.first;
}

async function importInto(content: string) {
  const r = await dispatch(exportHandlers(into.db), 'annotations:import', { content });
  if (!r.ok) throw new Error(r.error.message);
  return r.value as ChannelOutput<'annotations:import'>;
}

/** The annotation's selectors, to edit as a third-party file might. */
function selectors(annotation: Record<string, unknown>): Array<Record<string, unknown>> {
  const target = (Array.isArray(annotation.target) ? annotation.target[0] : annotation.target) as { selector: unknown };
  return (Array.isArray(target.selector) ? target.selector : [target.selector]) as Array<Record<string, unknown>>;
}

describe('annotations:import by the text’s URN', () => {
  it('places a highlight whose words are there, as exported', async () => {
    const page = await exported();
    expect(page.items.length).toBeGreaterThan(0);
    const report = await importInto(JSON.stringify(page.items));
    expect(report.anchored).toBe(1);
  });

  it('keeps as an orphan a highlight whose words are not in the article, with no position or a wrong one', async () => {
    const page = await exported();
    const withoutPosition = structuredClone(page.items[0]!);
    const target = (Array.isArray(withoutPosition.target) ? withoutPosition.target[0] : withoutPosition.target) as {
      selector: unknown;
    };
    target.selector = selectors(withoutPosition)
      .filter((s) => s.type !== 'TextPositionSelector')
      .map((s) => (s.type === 'TextQuoteSelector' ? { ...s, exact: 'words no seed holds anywhere', prefix: '', suffix: '' } : s));
    withoutPosition.id = 'urn:test:no-position';
    const wrongWords = structuredClone(page.items[0]!);
    for (const s of selectors(wrongWords))
      if (s.type === 'TextQuoteSelector') Object.assign(s, { exact: 'a quote from elsewhere', prefix: '', suffix: '' });
    wrongWords.id = 'urn:test:wrong-words';
    const report = await importInto(JSON.stringify([withoutPosition, wrongWords]));
    expect(report.items.map((i) => i.outcome)).toEqual(['orphan', 'orphan']);
  });
});

describe('a W3C export read into another library holding the same articles (review 10)', () => {
  it('gives back every note as it was: a passage note on its passage, an article note with its colour and dates', async () => {
    const alice = makeTempLibrary();
    const bob = makeTempLibrary();
    try {
      await importPaths(alice.db, [SEEDS_DIR]);
      await importPaths(bob.db, [SEEDS_DIR]);
      const body = (id: number) => alice.db.prepare('SELECT body FROM articles WHERE id = ?').pluck().get(id) as string;
      const words = 'Negotiations with the Russian enemy';
      const span = (id: number) => ({
        articleId: id,
        start: body(id).indexOf(words),
        end: body(id).indexOf(words) + words.length
      });
      expect([span(2).start, span(4).start].every((at) => at >= 0)).toBe(true);
      const made = new Date('2026-01-02T03:04:05.000Z');
      createAnnotation(
        alice.db,
        { kind: 'passage-note', spans: [span(2), span(4)], note: 'Same AFP quote', tags: ['wire'], colour: 5 },
        made
      );
      createAnnotation(alice.db, { kind: 'article-note', articleId: 2, note: 'Check the toll', colour: 3 }, made);

      const rendered = await dispatch(exportHandlers(alice.db), 'export:render', {
        scope: { kind: 'articles', articleIds: [2, 4] },
        format: 'json'
      });
      if (!rendered.ok) throw new Error(rendered.error.message);
      const answer = await dispatch(exportHandlers(bob.db), 'annotations:import', {
        content: (rendered.value as ChannelOutput<'export:render'>).content
      });
      if (!answer.ok) throw new Error(answer.error.message);
      expect((answer.value as ChannelOutput<'annotations:import'>).anchored).toBe(2);

      const listed = (db: typeof alice.db) =>
        listAnnotations(db, { filter: {}, sort: 'created', offset: 0, limit: 10 })
          .items.map((a) => ({
            kind: a.kind,
            articleId: a.articleId,
            note: a.note,
            tags: a.tags,
            colour: a.colour,
            state: a.state,
            spans: a.passage?.map((p) => [p.articleId, p.current, p.anchor.quote.exact]) ?? null,
            passageKey: a.passageKey,
            createdAt: a.createdAt,
            updatedAt: a.updatedAt
          }))
          .sort((x, y) => x.kind.localeCompare(y.kind));
      expect(listed(bob.db)).toEqual(listed(alice.db));
      expect(
        listed(bob.db)
          .map((a) => a.kind)
          .sort()
      ).toEqual(['article-note', 'passage-note']);
    } finally {
      alice.dispose();
      bob.dispose();
    }
  });
});
