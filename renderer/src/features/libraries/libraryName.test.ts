import { describe, expect, it } from 'vitest';
import { libraryName } from './libraryName';

describe('libraryName', () => {
  it('is the file name without its folder and library extension, on either kind of path', () => {
    expect(libraryName('/home/me/Projects/Elections 2026.sqlite')).toBe('Elections 2026');
    expect(libraryName('C:\\Users\\me\\Client A.db')).toBe('Client A');
    expect(libraryName('/tmp/notes.v2.SQLITE3')).toBe('notes.v2');
    // A name that is only the extension keeps it, rather than showing nothing.
    expect(libraryName('/tmp/.sqlite')).toBe('.sqlite');
  });
});
