/**
 * Imports a set of files the way the app does — `importPaths` on a temp library, files read from
 * disk as Buffers in the extraction worker pool with its per-file watchdog — and tells, file by
 * file, what became of each: its articles' text, the article it duplicates, or the failure code.
 * The sweeps judge these outcomes; nothing here decides pass or fail.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importPaths } from '../../electron/library/import/importPaths';
import { openLibrary } from '../../electron/library/library';
import { originalOf } from '../../electron/library/articles';

/** One file to import: the name it gets on disk (its extension picks the format) and its bytes. */
export interface SweepFile {
  readonly name: string;
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

/** An article as stored: title and the text the extractor read (before boilerplate was set aside). */
export interface StoredText {
  readonly title: string;
  readonly text: string;
}

/** What the import made of one file. */
export type SweepOutcome =
  | {
      readonly ok: true;
      readonly articles: readonly StoredText[];
      readonly duplicates: number;
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly code: string; readonly message: string };

/** How the import ran as a whole. */
export interface SweepImport {
  readonly outcomes: Map<string, SweepOutcome>;
  readonly seconds: number;
}

/**
 * Writes the files into a temp folder, imports it into a fresh temp library through the worker
 * pool, and returns each file's outcome by its `name`. Exact duplicates resolve to the article
 * their twin became, so a file whose text was already stored still shows that text.
 *
 * @param fileTimeoutMs the pool's per-file watchdog: a file still unread after this long fails as `timeout`.
 */
export async function importForSweep(files: readonly SweepFile[], fileTimeoutMs: number): Promise<SweepImport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-sweep-'));
  try {
    const folder = path.join(dir, 'files');
    fs.mkdirSync(folder);
    const nameOf = new Map<string, string>();
    const width = String(files.length).length;
    files.forEach((file, i) => {
      // NB: a numeric prefix keeps names unique and the import order the list's order; the
      // original name follows so the extension (and so the format) is the file's own.
      const onDisk = path.join(folder, `${String(i).padStart(width, '0')}-${file.fileName}`);
      fs.writeFileSync(onDisk, file.bytes);
      nameOf.set(onDisk, file.name);
    });
    const library = openLibrary(path.join(dir, 'library.sqlite'), { write: true });
    try {
      const started = performance.now();
      const report = await importPaths(library.db, [folder], { parallel: true, fileTimeoutMs });
      const seconds = (performance.now() - started) / 1000;
      // A source is `file` or `file#locator` (an archive entry, a table row); file names may hold '#' too.
      const fileOf = (source: string): string => {
        if (nameOf.has(source)) return source;
        for (let i = source.indexOf('#'); i >= 0; i = source.indexOf('#', i + 1)) {
          if (nameOf.has(source.slice(0, i))) return source.slice(0, i);
        }
        return source;
      };
      const byId = new Map<number, StoredText>();
      const byFile = new Map<string, StoredText[]>();
      const rows = library.db
        .prepare('SELECT id, title, body, original, original_edits, source_path AS path FROM articles')
        .all() as Array<{
        id: number;
        title: string;
        body: string;
        original: string | null;
        original_edits: string | null;
        path: string | null;
      }>;
      for (const row of rows) {
        const stored = { title: row.title, text: originalOf(row) ?? row.body };
        byId.set(row.id, stored);
        const file = fileOf(row.path ?? '');
        byFile.set(file, [...(byFile.get(file) ?? []), stored]);
      }
      const failures = new Map<string, { code: string; message: string }>();
      const duplicates = new Map<string, StoredText[]>();
      const warnings = new Map<string, string[]>();
      for (const p of report.problems) {
        const file = fileOf(p.path);
        if (p.kind === 'failed' || p.kind === 'skipped') {
          // A file with some articles and some empty parts still imported; only a file with
          // nothing stored is a failure.
          if (!failures.has(file)) failures.set(file, { code: p.code, message: p.message });
        } else if (p.kind === 'duplicate' && p.articleId !== null) {
          const twin = byId.get(p.articleId);
          if (twin) duplicates.set(file, [...(duplicates.get(file) ?? []), twin]);
        } else if (p.kind === 'warning') {
          warnings.set(file, [...(warnings.get(file) ?? []), p.code]);
        }
      }
      const outcomes = new Map<string, SweepOutcome>();
      for (const [onDisk, name] of nameOf) {
        const own = byFile.get(onDisk) ?? [];
        const twins = duplicates.get(onDisk) ?? [];
        const failure = failures.get(onDisk);
        if (own.length + twins.length > 0) {
          outcomes.set(name, {
            ok: true,
            articles: [...own, ...twins],
            duplicates: twins.length,
            warnings: warnings.get(onDisk) ?? []
          });
        } else if (failure) {
          outcomes.set(name, { ok: false, ...failure });
        } else {
          outcomes.set(name, {
            ok: false,
            code: 'lost',
            message: 'The import report says nothing about this file and no article came from it.'
          });
        }
      }
      return { outcomes, seconds };
    } finally {
      library.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
