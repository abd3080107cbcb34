import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../testing/tempLibrary';
import { walkPaths } from './walk';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = makeTempFolder(files);
  dirs.push(dir);
  return dir;
}

describe('walkPaths and links (issue 13)', () => {
  it('skips a link loop with a reason instead of failing it', () => {
    const dir = folder({ 'a.txt': 'text' });
    fs.symlinkSync(path.join(dir, 'loop-b'), path.join(dir, 'loop-a'));
    fs.symlinkSync(path.join(dir, 'loop-a'), path.join(dir, 'loop-b'));
    fs.symlinkSync(path.join(dir, 'self'), path.join(dir, 'self'));
    const { files, problems } = walkPaths([dir]);
    expect(files.map((f) => path.basename(f.path))).toEqual(['a.txt']);
    expect(problems.map((p) => [path.basename(p.path), p.kind, p.code])).toEqual([
      ['loop-a', 'skipped', 'link-loop'],
      ['loop-b', 'skipped', 'link-loop'],
      ['self', 'skipped', 'link-loop']
    ]);
    for (const p of problems) expect(p.message).toMatch(/^This link leads back to itself.*\.$/);
  });

  it('walks a folder once when a link inside it points back to it, and lists files under their own path', () => {
    const dir = folder({ 'a.txt': 'text', 'sub/b.txt': 'text' });
    fs.symlinkSync(dir, path.join(dir, 'back-to-top'));
    fs.symlinkSync(path.join(dir, 'sub'), path.join(dir, 'also-sub'));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'alias.txt'));
    const { files, problems } = walkPaths([dir]);
    expect(files.map((f) => path.relative(dir, f.path)).sort()).toEqual(['a.txt', path.join('sub', 'b.txt')]);
    expect(problems).toEqual([]);
  });

  it('lists a file once when it is chosen twice, once through a link to its folder', () => {
    const dir = folder({ 'a.txt': 'text' });
    const parent = folder({});
    fs.symlinkSync(dir, path.join(parent, 'link'));
    const { files } = walkPaths([path.join(parent, 'link'), dir]);
    expect(files).toHaveLength(1);
  });
});
