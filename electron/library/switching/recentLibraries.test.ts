import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NO_CHOICES,
  RECENT_LIBRARIES_MAX,
  clearRecent,
  forgetRecent,
  libraryChoicesFile,
  readLibraryChoices,
  rememberOpened,
  saveLibraryChoices,
  startLibraryFile
} from './recentLibraries';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) fs.rmSync(f, { recursive: true, force: true });
});

function userData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-recent-'));
  folders.push(dir);
  return dir;
}

describe('the remembered choice of library', () => {
  it('keeps the libraries opened, the latest first, each once, at most eight, across a restart', () => {
    const file = libraryChoicesFile(userData());
    let choices = NO_CHOICES;
    for (let i = 1; i <= RECENT_LIBRARIES_MAX + 3; i++) choices = rememberOpened(choices, `/projects/p${i}.sqlite`);
    // Opened again: moves to the front instead of appearing twice (a relative spelling is the same file).
    choices = rememberOpened(choices, path.relative(process.cwd(), '/projects/p6.sqlite'));
    saveLibraryChoices(file, choices);

    const read = readLibraryChoices(file);
    expect(read.current).toBe('/projects/p6.sqlite');
    expect(read.recent).toEqual([
      '/projects/p6.sqlite',
      '/projects/p11.sqlite',
      '/projects/p10.sqlite',
      '/projects/p9.sqlite',
      '/projects/p8.sqlite',
      '/projects/p7.sqlite',
      '/projects/p5.sqlite',
      '/projects/p4.sqlite'
    ]);
    expect(read.recent).toHaveLength(RECENT_LIBRARIES_MAX);
  });

  it('takes one library off the list, or clears it down to the open one, keeping the library to open at start', () => {
    const choices = rememberOpened(rememberOpened(rememberOpened(NO_CHOICES, '/a.sqlite'), '/b.sqlite'), '/c.sqlite');
    expect(forgetRecent(choices, '/b.sqlite')).toEqual({ current: '/c.sqlite', recent: ['/c.sqlite', '/a.sqlite'] });
    expect(clearRecent(choices, '/c.sqlite')).toEqual({ current: '/c.sqlite', recent: ['/c.sqlite'] });
  });

  it('opens the default library when the remembered one is gone, and reads a damaged or hand-edited file as no choice', () => {
    const dir = userData();
    const file = libraryChoicesFile(dir);
    const kept = path.join(dir, 'kept.sqlite');
    fs.writeFileSync(kept, '');
    const fallback = path.join(dir, 'library.sqlite');
    expect(startLibraryFile({ current: kept, recent: [kept] }, fallback)).toBe(kept);
    expect(startLibraryFile({ current: path.join(dir, 'moved.sqlite'), recent: [] }, fallback)).toBe(fallback);
    expect(startLibraryFile(readLibraryChoices(path.join(dir, 'never-written.json')), fallback)).toBe(fallback);

    for (const damaged of ['{"current": "/x.sqlite", "recent": [', '', 'null', '[1, 2]', '\u0000\u0001garbage']) {
      fs.writeFileSync(file, damaged);
      expect(readLibraryChoices(file)).toEqual(NO_CHOICES);
    }
    // A hand edit keeps what it can: strings only, each once.
    fs.writeFileSync(file, JSON.stringify({ current: 42, recent: ['/a.sqlite', 7, null, '', '/a.sqlite', '/b.sqlite'] }));
    expect(readLibraryChoices(file)).toEqual({ recent: ['/a.sqlite', '/b.sqlite'] });
  });
});
