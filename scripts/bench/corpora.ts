import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The shared corpora folder: `CROSSCHECK_CORPORA`, else `../shared/corpora` beside the repo. */
export function corporaRoot(): string {
  const root = process.env.CROSSCHECK_CORPORA ?? path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpora');
  if (!fs.existsSync(root)) {
    process.stderr.write(`No corpora at ${root}. Set CROSSCHECK_CORPORA to the folder holding the shared corpora.\n`);
    process.exit(1);
  }
  return root;
}

/** reuters-21578 as one file per story, unpacked once into a temp cache. */
export function reutersFolder(root: string): string {
  const cache = path.join(os.tmpdir(), 'crosscheck-bench', 'reuters');
  const folder = path.join(cache, 'reuters-21578-articles');
  if (!fs.existsSync(path.join(folder, 'index.tsv'))) {
    fs.mkdirSync(cache, { recursive: true });
    const r = spawnSync('tar', ['-xzf', path.join(root, 'reuters-21578', 'reuters-21578-articles.tar.gz'), '-C', cache], { stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not unpack reuters-21578');
  }
  return folder;
}

/** The files under a folder (recursively) and their total size. */
export function folderStats(dir: string, ext = '.txt'): { files: number; bytes: number } {
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(ext)) {
      files++;
      bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    }
  }
  return { files, bytes };
}

/** The median of some numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a command under GNU time; returns wall seconds and peak resident memory in MiB. */
export function timed(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { seconds: number; peakMiB: number; status: number; stderr: string } {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '__PEAK_KB__%M', command, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /__PEAK_KB__(\d+)/.exec(r.stderr ?? '');
  return { seconds, peakMiB: match ? Number(match[1]) / 1024 : NaN, status: r.status ?? 1, stderr: r.stderr ?? '' };
}
