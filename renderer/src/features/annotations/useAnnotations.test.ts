// @vitest-environment jsdom
import { act, createElement } from 'react';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { fakeApi, type FakeCall } from '../../lib/query/fakeApi';
import { QueryClient } from '../../lib/query/queryClient';
import { QueryContext } from '../../lib/query/queryContext';
import { actRoot } from '../../lib/query/actRoot';
import type { AnnotationWrites } from './annotationWrites';
import { useAnnotationWrites, useArticleAnnotations } from './useAnnotations';

const view = actRoot();

function highlight(id: number, start: number, end: number, colour = 1): Annotation {
  return {
    id,
    kind: 'highlight',
    articleId: 3,
    storyId: null,
    targetTitle: 'Floods',
    article: { title: 'Floods', outlet: null, publishedAt: null },
    colour,
    note: '',
    tags: [],
    anchor: null,
    state: 'placed',
    orphanReason: null,
    current: { start, end },
    originalExact: null,
    score: null,
    passage: null,
    passageKey: null,
    createdAt: '2026-12-06T10:00:00Z',
    updatedAt: '2026-12-06T10:00:00Z'
  };
}

const listOf = (...items: Annotation[]) => ({ total: items.length, items });

/**
 * The reader's view of article 3's highlights, as the window draws them: `shown()` lists them as
 * `id@start-end`, and `writes` are the window's annotation writes.
 */
async function renderArticle3(initial: Annotation[]) {
  const { fetcher, calls } = fakeApi();
  const client = new QueryClient(fetcher);
  const seen: { items: readonly Annotation[]; writes: AnnotationWrites | null } = { items: [], writes: null };
  function Reader() {
    seen.items = useArticleAnnotations(3).value?.items ?? [];
    seen.writes = useAnnotationWrites();
    return null;
  }
  view.render(createElement(QueryContext, { value: client }, createElement(Reader)));
  await answer(calls[0], listOf(...initial));
  const writes = seen.writes;
  if (!writes) throw new Error('not rendered');
  const shown = () =>
    seen.items.map(
      (a) => `${a.id < 0 ? 'new' : a.id}@${a.current?.start}-${a.current?.end}${a.colour === 1 ? '' : `/${a.colour}`}`
    );
  const last = () => calls.at(-1);
  const drawnIds = () => seen.items.map((a) => a.id);
  return { calls, writes, shown, last, drawnIds };
}

const answer = (call: FakeCall | undefined, value: unknown) => act(async () => call?.answer(value));
const fail = (call: FakeCall | undefined, error: unknown) => act(async () => call?.fail(error));

describe('annotation writes show at once', () => {
  it('a highlight made is drawn before the engine answers, then as the engine stored it', async () => {
    const { calls, writes, shown, last } = await renderArticle3([highlight(7, 0, 5)]);
    let made: Promise<Annotation> | undefined;
    act(() => {
      made = writes.create({ kind: 'highlight', articleId: 3, start: 10, end: 20, colour: 1 });
    });
    expect(shown()).toEqual(['7@0-5', 'new@10-20']);
    expect(last()?.channel).toBe('annotations:create');
    await answer(last(), highlight(8, 10, 20));
    await expect(made).resolves.toMatchObject({ id: 8 });
    expect(shown()).toEqual(['7@0-5', '8@10-20']);
    // The list is fetched again; its answer is the engine's word.
    expect(last()?.channel).toBe('annotations:list');
    await answer(last(), listOf(highlight(7, 0, 5), highlight(8, 10, 20)));
    expect(shown()).toEqual(['7@0-5', '8@10-20']);
    expect(calls.map((c) => c.channel)).toEqual(['annotations:list', 'annotations:create', 'annotations:list']);
  });

  it('a highlight the engine refuses is taken back, with the engine’s sentence for the message', async () => {
    const { writes, shown, last } = await renderArticle3([highlight(7, 0, 5)]);
    let made: Promise<Annotation> | undefined;
    act(() => {
      made = writes.create({ kind: 'highlight', articleId: 3, start: 10, end: 20, colour: 1 });
    });
    expect(shown()).toEqual(['7@0-5', 'new@10-20']);
    const refused = new Error('The library is open read-only, so highlights cannot be saved.');
    const outcome = made?.catch((error: unknown) => error);
    await fail(last(), refused);
    expect(await outcome).toBe(refused);
    expect(shown()).toEqual(['7@0-5']);
  });

  it('a highlight drawn while it is being saved answers the id the engine gives it (none when refused)', async () => {
    const { writes, last, drawnIds } = await renderArticle3([highlight(7, 0, 5)]);
    let made: Promise<Annotation> | undefined;
    act(() => {
      made = writes.create({ kind: 'highlight', articleId: 3, start: 10, end: 20, colour: 1 });
    });
    // What a click on the new highlight reads: the id it is drawn with, before the engine answers.
    const drawn = drawnIds().find((id) => id !== 7)!;
    const stored = writes.storedId(drawn);
    await answer(last(), highlight(8, 10, 20));
    await made;
    await expect(stored).resolves.toBe(8);

    let refused: Promise<Annotation> | undefined;
    act(() => {
      refused = writes.create({ kind: 'highlight', articleId: 3, start: 30, end: 40, colour: 1 });
    });
    const other = drawnIds().find((id) => id < 0 && id !== drawn)!;
    const outcome = refused?.catch(() => null);
    await fail(last(), new Error('The library is open read-only, so highlights cannot be saved.'));
    await outcome;
    await expect(writes.storedId(other)).resolves.toBeNull();
    await expect(writes.storedId(12345)).resolves.toBeNull();
  });

  it('a recolour shows at once and is undone when the engine fails it', async () => {
    const { writes, shown, last } = await renderArticle3([highlight(7, 0, 5)]);
    act(() => void writes.update(7, { colour: 4 }).catch(() => {}));
    expect(shown()).toEqual(['7@0-5/4']);
    await fail(last(), new Error('The highlight was deleted in another window.'));
    expect(shown()).toEqual(['7@0-5']);
  });

  it('a deleted highlight stays gone when a list fetched before the delete answers late, and undo brings it back at once', async () => {
    const { calls, writes, shown, last } = await renderArticle3([highlight(7, 0, 5), highlight(8, 10, 20)]);
    // Another change asked for the list again just before the delete.
    act(() => writes.changed());
    const early = last();
    let deleted: Promise<Annotation> | undefined;
    act(() => {
      deleted = writes.remove(8);
    });
    expect(shown()).toEqual(['7@0-5']);
    await answer(last(), { deleted: highlight(8, 10, 20) });
    await answer(early, listOf(highlight(7, 0, 5), highlight(8, 10, 20)));
    expect(shown()).toEqual(['7@0-5']);
    await answer(last(), listOf(highlight(7, 0, 5)));
    const was = await deleted;
    if (!was) throw new Error('no answer');
    act(() => void writes.restore(was));
    expect(shown()).toEqual(['7@0-5', '8@10-20']);
    expect(last()?.channel).toBe('annotations:restore');
    expect(calls.filter((c) => c.channel === 'annotations:list')).toHaveLength(3);
  });
});
