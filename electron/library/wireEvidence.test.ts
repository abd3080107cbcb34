import { afterEach, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { importPaths } from './import/importPaths';
import { ensureStories } from './stories/ensureStories';
import { channelCaller } from './testing/channelCaller';
import { makeTempLibrary, SEEDS_DIR } from './testing/tempLibrary';

/**
 * What the comparison says of the seeds' AFP story (001 and its copies 003 and 004), through the
 * `compare:articles` channel the window, the CLI and exports call (review 15, #1).
 */

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

async function seedLibrary() {
  const lib = makeTempLibrary();
  cleanups.push(() => lib.dispose());
  await importPaths(lib.db, [SEEDS_DIR]);
  // As the import worker does after writing: the seeds' five reports are one story.
  ensureStories(lib.db);
  const api = channelCaller(createHandlers(lib, { mode: 'cli' }));
  const listed = (await api.call('articles:list', { sort: 'title', direction: 'asc', offset: 0, limit: 10 })).items;
  const items = await Promise.all(listed.map((a) => api.call('articles:get', { id: a.id })));
  const bySeed = (prefix: string) => items.find((a) => a.sourcePath?.includes(`${prefix}_`))!;
  return { api, items, bySeed };
}

describe('the seeds’ wire story', () => {
  it('never calls the dated member the first published when its copies carry no date', async () => {
    const { api, items, bySeed } = await seedLibrary();
    const [original, copy1, copy2] = [bySeed('001'), bySeed('003'), bySeed('004')];
    // The premise, as import read the files: 001 is dated (its caption), its copies are not.
    expect([original.publishedAt, copy1.publishedAt, copy2.publishedAt]).toEqual(['2018-07-04', null, null]);

    const comparison = await api.call('compare:articles', { articleIds: items.map((a) => a.id) });
    const group = comparison.wireGroups.find((g) => g.articleIds.includes(String(original.id)))!;
    expect(group.originalId).toBe(String(original.id));
    expect(group.reasons).not.toContain('earliest');
    expect([...group.undatedIds].sort()).toEqual([String(copy1.id), String(copy2.id)].sort());
  });
});

describe('a report’s wire credits', () => {
  it('name the agency the comparison attributes, where the text credits none (review 15, #14)', async () => {
    const { api, items, bySeed } = await seedLibrary();
    const [original, copy] = [bySeed('001'), bySeed('004')];
    // The premise: 001's text credits no agency (AFP only took its photo); 004 signs off "– AFP".
    expect([original.wireCredits, copy.wireCredits]).toEqual([[], ['AFP']]);
    for (const a of [original, copy])
      await api.call('annotations:create', { kind: 'highlight', articleId: a.id, quote: 'Jabbawi', colour: 1 });

    const comparison = await api.call('compare:articles', { articleIds: items.map((a) => a.id) });
    const group = comparison.wireGroups.find((g) => g.articleIds.includes(String(original.id)))!;
    expect([group.agency, group.originalId]).toEqual(['AFP', String(original.id)]);

    // "All highlights and notes": no comparison in the report, the sources' story compared instead.
    const csl = JSON.parse(
      (await api.call('export:render', { scope: { kind: 'annotations', filter: {} }, format: 'csl', options: {} })).content
    ) as Array<{ title: string; note?: string }>;
    const noteOf = (a: { title: string }) => csl.find((c) => c.title === a.title)?.note;
    expect(noteOf(original)).toContain('Wire credit: AFP (likely original, by comparison)');
    expect(noteOf(copy)).toContain('Wire credit: AFP');
    expect(noteOf(copy)).not.toContain('by comparison');
  });
});
