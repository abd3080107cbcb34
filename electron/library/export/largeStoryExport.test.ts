import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { importPaths } from '../import/importPaths';
import { listStories, splitStory } from '../stories/storyQueries';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { exportHandlers } from './exportHandlers';

/**
 * A story of more than twelve articles exported with its comparison asked for: one comparison holds
 * twelve, so the report has none, and says so where it names its scope (review 16, #5: it dropped
 * the comparison without a word).
 */
describe('exporting a story too big for one comparison', () => {
  it('says the comparison is left out, and a story of twelve or fewer still has one', async () => {
    const { db } = makeTestLibrary();
    const briefs: Record<string, string> = {};
    for (let i = 0; i < 8; i++)
      briefs[`brief-${i}.txt`] = `Brief ${i}\n\nA short note about the harvest in the valley, number ${i}.`;
    await importPaths(db, [SEEDS_DIR, makeTestFolder(briefs)]);
    const all = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(all).toHaveLength(13);
    const render = async (storyId: number) => {
      const r = await dispatch(exportHandlers(db), 'export:render', {
        scope: { kind: 'story', storyId },
        format: 'md',
        options: { includeComparison: true }
      });
      if (!r.ok) throw new Error(r.error.message);
      return (r.value as ChannelOutput<'export:render'>).content;
    };
    const thirteen = splitStory(db, all);
    expect(listStories(db).find((s) => s.id === thirteen)?.articleIds).toHaveLength(13);
    const big = await render(thirteen);
    expect(big).toMatch(/13 articles — no comparison: one holds 2 to 12 articles; compare 12 of these/);
    expect(big).not.toMatch(/^## Comparison/m);

    const five = splitStory(db, all.slice(0, 5));
    const small = await render(five);
    expect(small).not.toMatch(/no comparison/);
    expect(small).toMatch(/^## Comparison/m);
  });
});
