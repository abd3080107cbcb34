import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { dispatch } from '@shared/contract/dispatch';
import type { ChannelInput, ChannelOutput } from '@shared/contract/channels';
import { importPaths } from '../import/importPaths';
import { listStories, splitStory } from '../stories/storyQueries';
import { SEEDS_DIR } from '../testing/tempLibrary';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { exportHandlers } from './exportHandlers';

/**
 * A story of more than twelve articles exported with its comparison: one comparison holds twelve,
 * so the report compares the twelve the window's Compare takes (one per outlet first, the wire
 * original kept) and says which and why where it names its scope (review 16, #5 left it without a
 * comparison; session 17 gives it the app's).
 */
describe('exporting a story too big for one comparison', () => {
  it('compares twelve of it, the outlet and the wire original among them, and says so in every report format', async () => {
    const { db } = makeTestLibrary();
    const briefs: Record<string, string> = {};
    for (let i = 0; i < 8; i++)
      briefs[`brief-${i}.txt`] = `Brief ${i}\n\nA short note about the harvest in the valley, number ${i}.`;
    await importPaths(db, [SEEDS_DIR, makeTestFolder(briefs)]);
    const all = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(all).toHaveLength(13);
    const render = async (storyId: number, format: ChannelInput<'export:render'>['format'], includeComparison = true) => {
      const r = await dispatch(exportHandlers(db), 'export:render', {
        scope: { kind: 'story', storyId },
        format,
        options: { includeComparison }
      });
      if (!r.ok) throw new Error(r.error.message);
      const out = r.value as ChannelOutput<'export:render'>;
      return out.encoding === 'base64'
        ? (await mammoth.extractRawText({ buffer: Buffer.from(out.content, 'base64') })).value
        : out.content;
    };
    const thirteen = splitStory(db, all);
    expect(listStories(db).find((s) => s.id === thirteen)?.articleIds).toHaveLength(13);
    const md = await render(thirteen, 'md');
    const which = /13 articles — the comparison takes (12 of the 13 articles \(a comparison holds 12\): [^.\n"]+)\. Made /.exec(
      md
    )?.[1];
    expect(which).toMatch(/the earliest of its one named outlet, the wire original/);
    expect(md).toMatch(/^## Comparison/m);
    // Sources: all 13, twelve with the comparison's letters A–L. The seeds' one outlet (The New
    // Arab) and the earliest article crediting a wire agency (003, AFP in its text) are compared.
    const rows = md.split('\n').filter((l) => l.startsWith('|') && l.includes(', imported '));
    expect(rows).toHaveLength(13);
    expect(rows.filter((l) => l.startsWith('|  |'))).toHaveLength(1);
    expect(rows.find((l) => l.includes('The New Arab'))).toMatch(/^\| [A-L] \|/);
    expect(rows.find((l) => l.includes('South Syria rebels say negotiations'))).toMatch(/^\| [A-L] \|/);
    expect(md).toMatch(/^\| *\| A \| B \| C \| D \| E \| F \| G \| H \| I \| J \| K \| L \|$/m);

    // The same words in HTML (and PDF, printed from it) and Word.
    for (const format of ['html', 'docx'] as const)
      expect(await render(thirteen, format), format).toContain(`the comparison takes ${which}`);
    // Without the comparison, no word of it.
    expect(await render(thirteen, 'md', false)).not.toMatch(/the comparison takes|^## Comparison/m);

    // A story of twelve or fewer is compared whole, as before.
    const five = splitStory(db, all.slice(0, 5));
    const small = await render(five, 'md');
    expect(small).not.toMatch(/the comparison takes/);
    expect(small).toMatch(/^## Comparison/m);
  });
});
