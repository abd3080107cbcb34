import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';
import { SEEDS_DIR } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'crosscheck.mjs');

/** How each derived article differs from the seed it is made from (its title says so too). */
const EDITIONS = ['evening edition', 'regional edition', 'updated', 'corrected', 'brief', 'wire rewrite', 'extended'];

/**
 * Seven more articles made from the five seeds (seeds/, ours to use), so a story holds twelve: each
 * keeps its seed's text but drops one paragraph, swaps two others and carries its own title, as a
 * paper's later edition would. Enough alike to join the seeds' story, not exact copies.
 */
export function writeDerivedArticles(folder: string): void {
  fs.mkdirSync(folder, { recursive: true });
  const seeds = fs
    .readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  EDITIONS.forEach((edition, i) => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, seeds[i % seeds.length]!), 'utf8');
    const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim() !== '');
    const headline = text.split('\n').find((l) => /^[A-Z][^[\]]*\s\S+\s\S+/.test(l.trim())) ?? 'Syria report';
    const title = `${headline.trim()} (${edition})`;
    const body = paragraphs.slice(1);
    body.splice(2 + (i % 3), 1);
    const k = 3 + i;
    if (body.length > k + 1) [body[k], body[k + 1]] = [body[k + 1]!, body[k]!];
    fs.writeFileSync(path.join(folder, `edition-${i + 1}.txt`), `${title}\n\n${body.join('\n\n')}\n`);
  });
}

/** A running `crosscheck serve` for the audits. */
export interface AuditServer {
  readonly url: string;
  readonly stop: () => Promise<void>;
}

/** Starts `crosscheck serve --json` on `libraryFile` (with extra environment) and waits for its URL. */
export async function startAuditServer(libraryFile: string, env: Record<string, string> = {}): Promise<AuditServer> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--db', libraryFile, '--json'], {
    cwd: ROOT,
    env: { ...process.env, CROSSCHECK_HOME: path.dirname(libraryFile), ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`crosscheck serve did not start: ${stderr}`)), 30_000);
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => reject(new Error(`crosscheck serve exited with ${code}: ${stderr}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, stop };
}

/** The audits' two libraries: one empty, one with the seeds and seven editions of them (a story of twelve). */
export interface AuditLibraries {
  readonly full: AuditServer;
  readonly empty: AuditServer;
  readonly stop: () => Promise<void>;
}

/**
 * Builds both libraries in a temp folder with the built CLI (as a user's `crosscheck import`
 * would; the import report is then the app's *Last import*) and serves each.
 */
export async function startAuditLibraries(): Promise<AuditLibraries> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-audit-'));
  const editions = path.join(dir, 'editions');
  writeDerivedArticles(editions);
  const fullFile = path.join(dir, 'full', 'library.sqlite');
  fs.mkdirSync(path.dirname(fullFile), { recursive: true });
  execFileSync(process.execPath, [CLI, 'import', '--db', fullFile, '--collection', 'sample', SEEDS_DIR], { cwd: ROOT });
  execFileSync(process.execPath, [CLI, 'import', '--db', fullFile, editions], { cwd: ROOT });
  const noSeeds = path.join(dir, 'no-seeds');
  fs.mkdirSync(noSeeds);
  const emptyFile = path.join(dir, 'empty', 'library.sqlite');
  fs.mkdirSync(path.dirname(emptyFile), { recursive: true });
  const [full, empty] = await Promise.all([
    startAuditServer(fullFile),
    startAuditServer(emptyFile, { CROSSCHECK_SEEDS: noSeeds })
  ]);
  return {
    full,
    empty,
    stop: async () => {
      await Promise.all([full.stop(), empty.stop()]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  };
}

/** Playwright's `test` with the audits' libraries, built and served once per worker. */
export const auditTest = base.extend<object, { libraries: AuditLibraries }>({
  libraries: [
    // NB: Playwright reads a fixture's dependencies from this destructuring; it must be there, empty.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const libraries = await startAuditLibraries();
      await use(libraries);
      await libraries.stop();
    },
    { scope: 'worker' }
  ]
});
