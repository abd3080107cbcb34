import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../db/migrate';
import { openLibrary } from '../library';
import { checkLibraryFile, checkNewLibraryFile } from './libraryFileCheck';

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) fs.rmSync(f, { recursive: true, force: true });
});

function folder(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-check-'));
  folders.push(dir);
  return dir;
}

function library(dir: string, name = 'lib.sqlite'): string {
  const file = path.join(dir, name);
  openLibrary(file).close();
  return file;
}

const bytes = (file: string) => fs.readFileSync(file);

describe('checkLibraryFile: is this a Crosscheck library, before the app switches to it', () => {
  it('accepts a library, and refuses a missing file, a folder, a text file and an empty file with sentences naming them', () => {
    const dir = folder();
    expect(checkLibraryFile(library(dir))).toEqual({ ok: true });
    expect(checkLibraryFile(path.join(dir, 'gone.sqlite'))).toMatchObject({
      ok: false,
      code: 'not-found',
      message: expect.stringContaining('gone.sqlite')
    });
    expect(checkLibraryFile(dir)).toMatchObject({ ok: false, message: expect.stringContaining('is a folder') });
    const text = path.join(dir, 'notes.txt');
    fs.writeFileSync(text, 'Meeting notes, not a database at all.\n'.repeat(20));
    expect(checkLibraryFile(text)).toEqual({
      ok: false,
      code: 'invalid-input',
      message: `The file ${text} is not a Crosscheck library (it is not an SQLite database).`
    });
    const empty = path.join(dir, 'empty.sqlite');
    fs.writeFileSync(empty, '');
    expect(checkLibraryFile(empty)).toMatchObject({ ok: false, code: 'invalid-input' });
    expect(bytes(empty).length).toBe(0);
  });

  it('refuses an SQLite database of another program, and a library of a newer Crosscheck, leaving both untouched', () => {
    const dir = folder();
    const other = path.join(dir, 'photos.db');
    const db = new Database(other);
    db.exec(`CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('beach.jpg')`);
    db.close();
    const otherBefore = bytes(other);
    expect(checkLibraryFile(other)).toEqual({
      ok: false,
      code: 'invalid-input',
      message: `The file ${other} is an SQLite database, but not a Crosscheck library (it has no table of articles).`
    });
    expect(bytes(other).equals(otherBefore)).toBe(true);

    const newer = library(dir, 'newer.sqlite');
    const raw = new Database(newer);
    raw.pragma(`user_version = ${latestSchemaVersion() + 1}`);
    raw.pragma('journal_mode = DELETE');
    raw.close();
    const newerBefore = bytes(newer);
    const verdict = checkLibraryFile(newer);
    expect(verdict).toMatchObject({ ok: false, code: 'db-newer' });
    expect(!verdict.ok && verdict.message).toContain(`schema ${latestSchemaVersion() + 1}`);
    expect(!verdict.ok && verdict.message).toContain('Update Crosscheck');
    expect(bytes(newer).equals(newerBefore)).toBe(true);
  });

  it('passes a library its user may not write, with the sentence the read-only library gives', () => {
    const dir = folder();
    const file = library(dir);
    // NB: tests run as root, whom permissions do not stop: the probe stands in for a user who may not write the folder.
    const folderOnly = (p: string) => (p === dir ? 'EACCES' : undefined);
    expect(checkLibraryFile(file, { writeProbe: folderOnly })).toEqual({
      ok: true,
      readOnly: `You may not write to the folder of the library ${file}`
    });
  });
});

describe('checkNewLibraryFile: where File → New Library… may make a library', () => {
  it('never writes over a file, and needs a folder that exists and may be written', () => {
    const dir = folder();
    const existing = library(dir);
    expect(checkNewLibraryFile(existing)).toMatchObject({ ok: false, message: expect.stringContaining('is already there') });
    expect(checkNewLibraryFile(path.join(dir, 'no-folder', 'x.sqlite'))).toMatchObject({ ok: false, code: 'not-found' });
    expect(checkNewLibraryFile(path.join(dir, 'x.sqlite'), () => 'EACCES')).toMatchObject({
      ok: false,
      message: expect.stringContaining('may not write')
    });
    expect(checkNewLibraryFile(path.join(dir, 'x.sqlite'))).toEqual({ ok: true });
  });
});
