import fs from 'node:fs';
import path from 'node:path';

/** A file found under one of the paths the user chose. */
export interface FoundFile {
  readonly path: string;
  readonly size: number;
}

/** A path that was passed over while walking, with why. */
export interface WalkProblem {
  readonly path: string;
  readonly kind: 'failed' | 'skipped';
  readonly code: string;
  readonly message: string;
}

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store', 'icon\r']);

/**
 * Lists the files under the chosen paths, recursively, in a stable order. Hidden and system files
 * are skipped silently (the user did not mean them); symbolic links are followed only when their
 * target stays inside the chosen folder, so an import never wanders off into the rest of the disk.
 *
 * NB: synchronous on purpose — it runs in the import worker or the CLI, never on a UI event loop,
 * and a sync walk is several times faster than awaiting one syscall per file.
 */
export function walkPaths(roots: readonly string[]): { files: FoundFile[]; problems: WalkProblem[] } {
  const files: FoundFile[] = [];
  const problems: WalkProblem[] = [];
  const seen = new Set<string>();
  for (const root of roots) {
    const absolute = path.resolve(root);
    let stat;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      problems.push({
        path: absolute,
        kind: 'failed',
        code: 'not-found',
        message: describeFsError(error, 'Cannot open this path')
      });
      continue;
    }
    if (stat.isDirectory()) {
      const realRoot = fs.realpathSync(absolute);
      walkDir(absolute, realRoot, files, problems, seen);
    } else if (stat.isFile()) {
      const real = fs.realpathSync(absolute);
      if (!seen.has(real)) {
        seen.add(real);
        files.push({ path: absolute, size: stat.size });
      }
    } else {
      problems.push({
        path: absolute,
        kind: 'skipped',
        code: 'not-a-file',
        message:
          'This is not a regular file or folder (a device, pipe or socket), so it was skipped; choose files or folders to import.'
      });
    }
  }
  return { files, problems };
}

function walkDir(dir: string, realRoot: string, files: FoundFile[], problems: WalkProblem[], seen: Set<string>): void {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: dir, kind: 'failed', code: 'unreadable', message: describeFsError(error, 'Cannot read this folder') });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHiddenOrSystem(entry.name)) continue;
    const full = path.join(dir, entry.name);
    // Plain files need no realpath: only links and folders can lead somewhere already seen.
    const needsReal = entry.isSymbolicLink() || entry.isDirectory();
    let real = full;
    if (needsReal) {
      try {
        real = fs.realpathSync(full);
      } catch (error) {
        problems.push({
          path: full,
          kind: 'failed',
          code: 'broken-link',
          message: describeFsError(error, 'This link is broken')
        });
        continue;
      }
    }
    if (entry.isSymbolicLink() && !isInside(real, realRoot)) {
      problems.push({
        path: full,
        kind: 'skipped',
        code: 'outside-link',
        message:
          'This link points outside the chosen folder, so it was not followed; import the folder it points to if you want its files.'
      });
      continue;
    }
    let stat;
    try {
      stat = fs.statSync(full);
    } catch (error) {
      problems.push({ path: full, kind: 'failed', code: 'unreadable', message: describeFsError(error, 'Cannot read this file') });
      continue;
    }
    if (needsReal) {
      if (seen.has(real)) continue;
      seen.add(real);
    }
    if (stat.isDirectory()) walkDir(full, realRoot, files, problems, seen);
    else if (stat.isFile()) files.push({ path: full, size: stat.size });
  }
}

/** Dotfiles, OS metadata files and editor lock/backup files. */
export function isHiddenOrSystem(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$') || name.endsWith('~') || SYSTEM_FILES.has(name.toLowerCase());
}

function isInside(child: string, parent: string): boolean {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Turns a Node fs error into a sentence naming the cause. */
export function describeFsError(error: unknown, prefix: string): string {
  const code = (error as { code?: string } | null)?.code;
  // NB: never the system's own message ("EACCES: permission denied, open '…'"): it is not a sentence.
  const cause =
    code === 'ENOENT'
      ? 'it does not exist; check whether it was moved, renamed or deleted'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied; check that your account may open it'
        : code === 'EISDIR'
          ? 'it is a folder; choose the folder itself to import what it holds'
          : code === 'ELOOP'
            ? 'too many levels of links; import the folder the links point to instead'
            : code === 'EBUSY'
              ? 'it is in use by another program; close it there and import it again'
              : 'the system could not read it (a disk or network problem?); check that it opens, then import it again';
  return `${prefix}: ${cause}.`;
}
