import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LibraryInUseError, holdersDir, otherHolders, refuseIfHeldElsewhere, registerHolder } from './libraryHolders';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function libraryPath(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-holders-'));
  dirs.push(dir);
  return path.join(dir, 'library.sqlite');
}

/** A record as another process on this machine leaves it (the parent of this test's process is alive). */
function recordOf(file: string, holder: object): string {
  fs.mkdirSync(holdersDir(file), { recursive: true });
  const record = path.join(holdersDir(file), `${process.ppid}-0-1.json`);
  fs.writeFileSync(record, JSON.stringify({ pid: process.ppid, host: os.hostname(), name: 'crosscheck serve', ...holder }));
  return record;
}

describe('library holders', () => {
  it('leaves nothing beside the library once its own opens are closed, and never counts this process', () => {
    const file = libraryPath();
    const first = registerHolder(file, 'crosscheck import');
    const second = registerHolder(file, 'crosscheck import');
    expect(otherHolders(file)).toEqual([]);
    first();
    second();
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);
  });

  it('a record a full disk left empty is removed: at once by its own open, and later by anyone who looks (review 16 #4)', () => {
    const file = libraryPath();
    // A full disk: the file is made, then writing its bytes fails.
    const write = vi.spyOn(fs, 'writeFileSync').mockImplementationOnce((target) => {
      fs.closeSync(fs.openSync(target as string, 'w'));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    try {
      registerHolder(file, 'crosscheck list')();
    } finally {
      write.mockRestore();
    }
    expect(fs.readdirSync(path.dirname(file))).toEqual([]);

    // One an older build left empty: kept while it may still be being written, removed once old.
    fs.mkdirSync(holdersDir(file));
    const fresh = path.join(holdersDir(file), '8051-0-1.json');
    const old = path.join(holdersDir(file), '8102-0-1.json');
    fs.writeFileSync(fresh, '');
    fs.writeFileSync(old, '');
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    fs.utimesSync(old, twoMinutesAgo, twoMinutesAgo);
    expect(otherHolders(file)).toEqual([]);
    expect(fs.readdirSync(holdersDir(file))).toEqual(['8051-0-1.json']);
  });

  it('names a live process that has the library open', () => {
    const file = libraryPath();
    recordOf(file, {});
    expect(() => refuseIfHeldElsewhere(file, 'restore')).toThrow(
      new LibraryInUseError(`Another Crosscheck (crosscheck serve, pid ${process.ppid}) has this library open; close it, then restore.`)
    );
  });

  it('names the machine of a record made on another one, and says how to clear it if nothing runs there', () => {
    const file = libraryPath();
    recordOf(file, { host: 'laptop-in-the-office', pid: 4242 });
    expect(() => refuseIfHeldElsewhere(file, 'restore')).toThrow(
      `Another Crosscheck (crosscheck serve, pid 4242 on laptop-in-the-office) has this library open; close it, then restore. If it no longer runs there, delete the folder ${holdersDir(file)} and restore.`
    );
  });

  it.skipIf(process.platform !== 'linux')('takes a record whose pid now belongs to a process started at another time for stale, and removes it', () => {
    const file = libraryPath();
    const record = recordOf(file, { started: '1' });
    expect(otherHolders(file)).toEqual([]);
    expect(fs.existsSync(record)).toBe(false);
  });
});
