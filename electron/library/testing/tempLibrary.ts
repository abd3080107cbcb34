import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type WritableLibrary, openLibrary } from '../library';

/** A fresh library in a temp folder, migrated from zero; `dispose` removes the folder. */
export function makeTempLibrary(): WritableLibrary & { dir: string; dispose(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-test-'));
  const library = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
  return {
    ...library,
    dir,
    dispose() {
      library.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Writes files (name → contents) into a new temp folder and returns its path. */
export function makeTempFolder(files: Record<string, string | Uint8Array>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-files-'));
  for (const [name, contents] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, contents);
  }
  return dir;
}

/** The repository's seeds/ folder. */
export const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../seeds');
