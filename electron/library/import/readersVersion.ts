import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPackageRoot } from '../resources';
import { DEFAULT_LIMITS } from './formats/limits';
import { readersDigest } from './readersDigest';

/**
 * The digest of the readers' sources and packages (readersDigest.ts), put in at build time by
 * electron.vite.config.ts (the app, the CLI and their workers) and vitest.config.ts; undefined
 * under tsx, which runs the sources themselves.
 */
declare const __READERS_DIGEST__: string | undefined;

let version: string | undefined;

/**
 * What a remembered failure is only good for (review 15, finding 6): the app's version, the
 * digest of the code that reads files and the default limits. An upgrade that changes a reader
 * for a format, or a package one uses, or raises a limit, reads again every file that failed
 * before it, instead of skipping it as still unreadable until the file changes. NB: the digest
 * follows the sources by itself; there is no number to remember to raise (session 16).
 */
export function readersVersion(): string {
  version ??= JSON.stringify([appVersion(), readersBuild(), DEFAULT_LIMITS]);
  return version;
}

/**
 * The readers' digest: the build's, or computed from the sources when run from them (tsx). NB: a
 * build made without the define and run without its sources reads with '' (failures are then read
 * again only when the app's version changes) rather than fail every import;
 * electron/cli/suite/readersVersion.test.ts checks that the build holds the digest.
 */
function readersBuild(): string {
  if (typeof __READERS_DIGEST__ === 'string') return __READERS_DIGEST__;
  try {
    return readersDigest(findPackageRoot(path.dirname(fileURLToPath(import.meta.url)))).digest;
  } catch {
    return '';
  }
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
