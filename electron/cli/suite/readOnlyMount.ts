import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Read-only and tiny disks for the CLI suite, made with `mount` (root, as here and in CI). NB:
 * tests run as root, for whom `chmod` stops nothing; a read-only mount stops root too, so the
 * library is read-only the way a user's locked folder or a read-only disk makes it.
 */

/** Why this machine cannot mount for a test (not root, no mount permission), or `undefined` when it can. */
export function mountProblem(): string | undefined {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-mount-probe-'));
  try {
    const made = mountTmpfs(dir, 'size=64k,ro');
    if (made !== undefined) return made;
    unmount(dir);
    return undefined;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Shows `source` read-only at `target` (a bind mount, remounted read-only); the error's text, or `undefined`. */
export function bindReadOnly(source: string, target: string): string | undefined {
  fs.mkdirSync(target, { recursive: true });
  const bound = run('mount', ['--bind', source, target]);
  if (bound !== undefined) return bound;
  const remounted = run('mount', ['-o', 'remount,bind,ro', target]);
  if (remounted !== undefined) unmount(target);
  return remounted;
}

/** Mounts a tmpfs at `target` with `options` (e.g. `size=3m`); the error's text, or `undefined`. */
export function mountTmpfs(target: string, options: string): string | undefined {
  fs.mkdirSync(target, { recursive: true });
  return run('mount', ['-t', 'tmpfs', '-o', options, 'crosscheck-test', target]);
}

/** Unmounts `target` (lazily, so an open file in a child that is still closing does not keep it). */
export function unmount(target: string): void {
  run('umount', ['-l', target]);
}

function run(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) return result.error.message;
  return result.status === 0 ? undefined : `${command} ${args.join(' ')}: ${result.stderr.trim() || `exit ${result.status}`}`;
}
