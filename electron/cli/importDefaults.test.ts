import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../library/testing/tempLibrary';
import { runCliCaptured } from './testing/runCliCaptured';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

const cli = (...argv: string[]) => runCliCaptured(argv);
function folder(files: Record<string, string>): string {
  const dir = makeTempFolder(files);
  dirs.push(dir);
  return dir;
}
const BARE = {
  'talks.txt': 'Talks fail in Daraa\n\nRebels said the talks with Russia had failed on Wednesday.',
  'convoy.txt': 'Aid convoy reaches Quneitra\n\nTwenty trucks carrying food reached the town on Thursday.'
};
const list = async (db: string) =>
  JSON.parse((await cli('list', '--db', db, '--json', '--sort', 'title', '--asc')).stdout).items as Array<
    Record<string, unknown>
  >;

describe('crosscheck import defaults and crosscheck edit', () => {
  it('gives articles without an outlet the --outlet, and every article the --collection', async () => {
    const db = path.join(folder({}), 'lib.sqlite');
    const dir = folder({
      ...BARE,
      'tagged.md': '---\ntitle: Own outlet\nsource: Al Jazeera\n---\n\nText that names its outlet in front matter.'
    });
    const result = await cli(
      'import',
      dir,
      '--db',
      db,
      '--json',
      '--outlet',
      'BBC News',
      '--collection',
      'bbc',
      '--language',
      'en'
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ new: 3, nearDuplicates: 0, duplicates: 0, failed: 0 });
    const items = await list(db);
    expect(items.map((a) => [a.title, a.outlet, a.collection])).toEqual([
      ['Aid convoy reaches Quneitra', 'BBC News', 'bbc'],
      ['Own outlet', 'Al Jazeera', 'bbc'],
      ['Talks fail in Daraa', 'BBC News', 'bbc']
    ]);
  });

  it('refuses a --language that is not a language code, importing nothing', async () => {
    const db = path.join(folder({}), 'lib.sqlite');
    const result = await cli('import', folder(BARE), '--db', db, '--language', 'English!');
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/--language: "English!" is not a language code/);
    expect(fs.existsSync(db)).toBe(false);
  });

  it('sets the date and outlet of several articles at once, kept when a changed file is imported again', async () => {
    const db = path.join(folder({}), 'lib.sqlite');
    const dir = folder(BARE);
    await cli('import', dir, '--db', db);
    const ids = (await list(db)).map((a) => String(a.id));
    expect((await cli('search', 'date:2005', '--db', db, '--json')).stdout).toMatch(/"total":0/);

    const edited = await cli('edit', ...ids, '--date', '2005-03-01', '--outlet', 'BBC News', '--db', db);
    expect(edited).toMatchObject({ code: 0, stdout: 'Updated 2 articles.\n' });
    expect(JSON.parse((await cli('search', 'date:2005', '--db', db, '--json')).stdout).total).toBe(2);

    fs.writeFileSync(
      path.join(dir, 'talks.txt'),
      'Talks fail in Daraa\n\nRebels said on Wednesday that the talks with Russia had failed.'
    );
    expect(JSON.parse((await cli('import', dir, '--db', db, '--json')).stdout)).toMatchObject({
      new: 0,
      updated: 1,
      unchanged: 1,
      duplicates: 0
    });
    expect((await list(db)).map((a) => [a.publishedAt, a.outlet])).toEqual([
      ['2005-03-01', 'BBC News'],
      ['2005-03-01', 'BBC News']
    ]);
  });

  it('changes nothing when one of the ids is not in the library, and says so', async () => {
    const db = path.join(folder({}), 'lib.sqlite');
    await cli('import', folder(BARE), '--db', db);
    const result = await cli('edit', '1', '99', '--outlet', 'Reuters', '--db', db);
    expect(result.code).toBe(4);
    expect(result.stderr).toMatch(/Article 99 is no longer in the library; nothing was changed/);
    expect((await list(db)).map((a) => a.outlet)).toEqual([null, null]);
    const bad = await cli('edit', '1', '--date', '4 July', '--db', db);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toMatch(/--date/);
  });
});
