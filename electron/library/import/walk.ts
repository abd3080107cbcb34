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
 * Every file and folder is tracked by its real path, so one reached twice (a link back into the
 * folder, a folder chosen twice) is listed once, under its own path rather than a link's: links
 * are followed only after everything reachable without them is listed. A link loop is skipped
 * with a reason.
 *
 * NB: synchronous on purpose — it runs in the import worker or the CLI, never on a UI event loop,
 * and a sync walk is several times faster than awaiting one syscall per file.
 */
export function walkPaths(
  roots: readonly string[],
  options: WalkOptions = {}
): { files: FoundFile[]; problems: WalkProblem[] } {
  const walk: Walk = { files: [], problems: [], seen: new Set<string>(), links: [], leaveOut: new Set(options.leaveOut) };
  for (const root of roots) {
    const absolute = path.resolve(root);
    let stat;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      walk.problems.push(
        (error as { code?: string } | null)?.code === 'ELOOP'
          ? loopProblem(absolute)
          : { path: absolute, kind: 'failed', code: 'not-found', message: describeFsError(error, 'Cannot open this path') }
      );
      continue;
    }
    if (stat.isDirectory()) {
      const realRoot = fs.realpathSync(absolute);
      if (walk.seen.has(realRoot)) continue;
      walk.seen.add(realRoot);
      walkDir(absolute, realRoot, realRoot, walk);
    } else if (stat.isFile()) {
      const real = fs.realpathSync(absolute);
      if (!walk.seen.has(real)) {
        walk.seen.add(real);
        walk.files.push({ path: absolute, size: stat.size });
      }
    } else {
      walk.problems.push({
        path: absolute,
        kind: 'skipped',
        code: 'not-a-file',
        message:
          'This is not a regular file or folder (a device, pipe or socket), so it was skipped; choose files or folders to import.'
      });
    }
  }
  // Links last: whatever they lead to that is already listed keeps its own path.
  for (let i = 0; i < walk.links.length; i++) followLink(walk.links[i]!, walk);
  return { files: walk.files, problems: walk.problems };
}

/** How to walk. */
export interface WalkOptions {
  /**
   * Real paths of files and folders passed over silently inside a chosen folder, as hidden files
   * are: the library's own files ({@link import('./libraryOwnFiles').libraryOwnFiles}). A path chosen
   * itself is still read (and reported), since the user named it.
   */
  readonly leaveOut?: Iterable<string>;
}

interface PendingLink {
  readonly path: string;
  readonly realRoot: string;
}

interface Walk {
  readonly files: FoundFile[];
  readonly problems: WalkProblem[];
  /** Real paths of every file and folder listed or walked. */
  readonly seen: Set<string>;
  /** Links met while walking, followed once the walk without them is done. */
  readonly links: PendingLink[];
  /** Real paths passed over silently below a chosen folder ({@link WalkOptions.leaveOut}). */
  readonly leaveOut: ReadonlySet<string>;
}

function walkDir(dir: string, realDir: string, realRoot: string, walk: Walk): void {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    walk.problems.push({ path: dir, kind: 'failed', code: 'unreadable', message: describeFsError(error, 'Cannot read this folder') });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (isHiddenOrSystem(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isSymbolicLink()) {
      walk.links.push({ path: full, realRoot });
      continue;
    }
    // The folder's real path is known, so a plain entry's needs no realpath call.
    const real = path.join(realDir, entry.name);
    if (walk.seen.has(real) || walk.leaveOut.has(real)) continue;
    if (entry.isDirectory()) {
      walk.seen.add(real);
      walkDir(full, real, realRoot, walk);
    } else if (entry.isFile()) {
      let stat;
      try {
        stat = fs.statSync(full);
      } catch (error) {
        walk.problems.push({ path: full, kind: 'failed', code: 'unreadable', message: describeFsError(error, 'Cannot read this file') });
        continue;
      }
      walk.seen.add(real);
      walk.files.push({ path: full, size: stat.size });
    }
  }
}

function followLink(link: PendingLink, walk: Walk): void {
  let real;
  try {
    real = fs.realpathSync(link.path);
  } catch (error) {
    walk.problems.push(
      (error as { code?: string } | null)?.code === 'ELOOP'
        ? loopProblem(link.path)
        : { path: link.path, kind: 'failed', code: 'broken-link', message: describeFsError(error, 'This link is broken') }
    );
    return;
  }
  if (!isInside(real, link.realRoot)) {
    walk.problems.push({
      path: link.path,
      kind: 'skipped',
      code: 'outside-link',
      message: 'This link points outside the chosen folder, so it was not followed; import the folder it points to if you want its files.'
    });
    return;
  }
  if (walk.seen.has(real) || walk.leaveOut.has(real)) return;
  let stat;
  try {
    stat = fs.statSync(real);
  } catch (error) {
    walk.problems.push({ path: link.path, kind: 'failed', code: 'unreadable', message: describeFsError(error, 'Cannot read this file') });
    return;
  }
  walk.seen.add(real);
  if (stat.isDirectory()) walkDir(link.path, real, link.realRoot, walk);
  else if (stat.isFile()) walk.files.push({ path: link.path, size: stat.size });
}

function loopProblem(at: string): WalkProblem {
  return {
    path: at,
    kind: 'skipped',
    code: 'link-loop',
    message: 'This link leads back to itself, through itself or other links, so it was skipped; point it at a real file or folder to import what it holds.'
  };
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
