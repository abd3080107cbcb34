import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { getArticle } from '../articles';
import { makeTempFolder, makeTempLibrary } from '../testing/tempLibrary';
import { importPaths } from './importPaths';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

const STORY = [
  'Rebels say talks with Russia have failed',
  '',
  'Syrian rebels said on Wednesday that talks with regime ally Russia over the south of the country had collapsed after Moscow threatened a renewed military offensive if they did not agree to surrender terms.',
  'More than 30 towns have already agreed to return to regime control and talks were focused on remaining rebel territory in the western countryside of Daraa province and the southern half of the provincial capital.',
  'Rebels met a Russian delegation on Wednesday to deliver their decision on the proposal for a regime takeover of the rest of the south, the joint rebel command said in an online statement.'
].join('\n');
// The same story lightly edited: a new headline, one sentence reworded, one added.
const EDITED = STORY.replace('Rebels say talks with Russia have failed', 'Talks between rebels and Moscow collapse')
  .replace('had collapsed after Moscow threatened', 'broke down when Moscow warned of')
  .concat('\nThe United Nations said it was alarmed by the fighting.');
const OTHER =
  'Aid convoy reaches Quneitra\n\nA convoy of twenty aid trucks reached the town of Quneitra on Thursday carrying food and medicine for families displaced by the fighting, the Red Crescent said in a statement.';

describe('near-duplicates', () => {
  it('links a lightly edited copy to its original instead of dropping it, and leaves other stories alone', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({ 'a-original.txt': STORY, 'b-edited.txt': EDITED, 'c-other.txt': OTHER });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const report = await importPaths(lib.db, [dir]);
    expect(report).toMatchObject({ imported: 3, duplicates: 0, nearDuplicates: 1 });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'near-duplicate', articleId: 1 })]);
    expect(report.problems[0]!.path).toMatch(/b-edited\.txt$/);
    // A new headline, a sentence reworded and one added leave about two thirds of the five-word
    // runs shared: more than "lightly edited" says (review 10, #15).
    expect(report.problems[0]!.message).toMatch(
      /^Imported, and linked with “Rebels say talks with Russia have failed” as partly rewritten versions of one text \(about \d+% the same\)\.$/
    );
    expect(getArticle(lib.db, 1)!.nearDuplicates.map((d) => d.id)).toEqual([2]);
    expect(getArticle(lib.db, 2)!.nearDuplicates).toEqual([
      expect.objectContaining({ id: 1, title: 'Rebels say talks with Russia have failed' })
    ]);
    expect(getArticle(lib.db, 3)!.nearDuplicates).toEqual([]);
  });

  it('calls a copy with one word changed lightly edited', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({
      'a-original.txt': STORY,
      'b-typo.txt': STORY.replace('joint rebel command', 'joint rebels command')
    });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    const report = await importPaths(lib.db, [dir]);
    expect(report.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^Imported, and linked with “Rebels say talks with Russia have failed” as lightly edited versions of one text \(about \d+% the same\)\.$/)
    ]);
  });

  it('links a copy imported later, in another run, to the article already in the library', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const first = makeTempFolder({ 'a-original.txt': STORY, 'c-other.txt': OTHER });
    const later = makeTempFolder({ 'b-edited.txt': EDITED });
    cleanups.push(
      () => fs.rmSync(first, { recursive: true, force: true }),
      () => fs.rmSync(later, { recursive: true, force: true })
    );
    await importPaths(lib.db, [first]);
    const report = await importPaths(lib.db, [later]);
    expect(report).toMatchObject({ imported: 1, nearDuplicates: 1 });
    expect(getArticle(lib.db, 3)!.nearDuplicates.map((d) => d.id)).toEqual([1]);
  });

  it('re-links a file whose text changed: the old links go, links for the new text come', async () => {
    const lib = makeTempLibrary();
    cleanups.push(() => lib.dispose());
    const dir = makeTempFolder({ 'a-original.txt': STORY, 'b-edited.txt': EDITED });
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    await importPaths(lib.db, [dir]);
    expect(getArticle(lib.db, 2)!.nearDuplicates.map((d) => d.id)).toEqual([1]);
    fs.writeFileSync(`${dir}/b-edited.txt`, OTHER);
    await importPaths(lib.db, [dir]);
    expect(getArticle(lib.db, 1)!.nearDuplicates).toEqual([]);
    fs.writeFileSync(`${dir}/b-edited.txt`, EDITED.replace('The United Nations', 'The UN'));
    const report = await importPaths(lib.db, [dir]);
    expect(report.nearDuplicates).toBe(0);
    expect(getArticle(lib.db, 1)!.nearDuplicates.map((d) => d.id)).toEqual([2]);
  });
});
