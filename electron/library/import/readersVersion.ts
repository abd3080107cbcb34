import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../resources';
import { DEFAULT_LIMITS } from './formats/limits';

/**
 * Raise it with any change to a reader (`formats/`) that lets a file read which failed before,
 * between releases too: a failure remembered under another revision is tried again.
 */
export const READERS_REVISION = 1;

let version: string | undefined;

/**
 * What a remembered failure is only good for (review 15, finding 6): the app's version, the
 * readers' revision and the default limits. An upgrade that fixes a reader for a format, or raises
 * a limit, reads again every file that failed before it, instead of skipping it as still
 * unreadable until the file changes.
 */
export function readersVersion(): string {
  version ??= JSON.stringify([appVersion(), READERS_REVISION, DEFAULT_LIMITS]);
  return version;
}

/** The version in the app's package.json (the repository's, or the packaged app's); '' when none can be read. */
function appVersion(): string {
  try {
    const root = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
    const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : '';
  } catch {
    return '';
  }
}
