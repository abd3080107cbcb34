import { describe, expect, it } from 'vitest';
import type { ChannelOutput } from '@shared/contract/channels';
import { dispatch } from '@shared/contract/dispatch';
import { importPaths } from '../import/importPaths';
import { makeTestFolder, makeTestLibrary } from '../testing/testLibrary';
import { compareHandlers } from './compareHandlers';

// Two reports of one event written for this test, each under the date line its page prints, with
// the weekday and month shortened and dotted as the ECB+ Lohan pages have them (`Fri., May. 3`).
const story =
  'Lindsay Lohan checked into a rehab centre in Malibu to begin 90 days of court-ordered treatment.\n\n' +
  'Her lawyer said 3 people drove her there and that she would stay for the whole term.';

describe('compare:articles on reports differing only in a dotted date line', () => {
  it('imports both and finds no figure that disagrees (the day was read as a count)', async () => {
    const { db } = makeTestLibrary();
    const folder = makeTestFolder({
      'lohan-a.txt': `Lohan begins rehab\n\nFri., May. 3, 2013 11: 45 AM PDT\n\n${story}`,
      'lohan-b.txt': `Lohan begins rehab\n\nSat., May. 4, 2013 9: 10 AM PDT\n\n${story}`
    });
    await importPaths(db, [folder]);
    const ids = (db.prepare('SELECT id FROM articles ORDER BY id').all() as { id: number }[]).map((r) => r.id);
    expect(ids).toHaveLength(2);
    const r = await dispatch(compareHandlers(db), 'compare:articles', { articleIds: ids });
    if (!r.ok) throw new Error(r.error.message);
    const c = r.value as ChannelOutput<'compare:articles'>;
    expect(c.numbers.filter((g) => g.disagree)).toEqual([]);
    expect(c.numbers.flatMap((g) => g.figures.map((f) => f.text)).sort()).toEqual(['3 people', '3 people', '90 days', '90 days']);
  });
});
