/**
 * bench:import's mixed folder: 200 PDF, DOCX and HTML files from the shared corpora, imported by
 * Crosscheck and read by the tools a user would otherwise reach for — `pdftotext` for the PDFs,
 * `pandoc` for the DOCX files, Readability run directly for the pages — over the same files in
 * the same run.
 *
 * The corpora hold few ordinary documents of these kinds, so the folder is: every HTML page of
 * hostile-encodings' chardet set (real web pages, 28), up to half the rest from the DOCX files of
 * hostile-docx that pandoc reads any word from, and PDFs of hostile-pdfs-pdfjs that pdftotext
 * reads any word from to make up 200, each set taken in name order (files with no text are left
 * out: they measure how fast a tool gives up). The reading that picks the files is not timed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bagSize, wordBag } from '../sweeps/words';
import { pandocOf, pdftotextOf } from '../sweeps/references';
import { median, timed } from './corpora';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
/** A file is picked when its reference tool reads at least this many words from it. */
const MIN_WORDS = 1;

/** The mixed folder on disk and its files by kind. */
export interface MixedFolder {
  readonly folder: string;
  readonly pdf: readonly string[];
  readonly docx: readonly string[];
  readonly html: readonly string[];
  readonly bytes: number;
}

function filesUnder(dir: string, ext: RegExp): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && ext.test(e.name) && !e.parentPath.includes(`${path.sep}LICENSES`))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const readsToWords = (read: (file: string) => ReturnType<typeof pdftotextOf>) => (file: string) => {
  const r = read(file);
  return r.ok && bagSize(wordBag(r.text)) >= MIN_WORDS;
};

/** Builds the folder (fresh each run) in a temp directory. */
export function mixedFolder(root: string, total = 200): MixedFolder {
  const html = filesUnder(path.join(root, 'hostile-encodings', 'chardet-tests'), /\.html?$/i);
  const docx = filesUnder(path.join(root, 'hostile-docx'), /\.docx$/i)
    .filter(readsToWords(pandocOf))
    .slice(0, Math.floor((total - html.length) / 2));
  const pdf: string[] = [];
  const keep = readsToWords(pdftotextOf);
  for (const file of filesUnder(path.join(root, 'hostile-pdfs-pdfjs', 'pdfs'), /\.pdf$/i)) {
    if (pdf.length >= total - html.length - docx.length) break;
    if (keep(file)) pdf.push(file);
  }
  const folder = path.join(os.tmpdir(), 'crosscheck-bench', 'mixed');
  fs.rmSync(folder, { recursive: true, force: true });
  let bytes = 0;
  const copy = (kind: string, files: readonly string[]): string[] => {
    fs.mkdirSync(path.join(folder, kind), { recursive: true });
    return files.map((file, i) => {
      // Names are prefixed: two corpus folders may hold the same file name.
      const target = path.join(folder, kind, `${String(i).padStart(3, '0')}-${path.basename(file)}`);
      fs.copyFileSync(file, target);
      bytes += fs.statSync(target).size;
      return target;
    });
  };
  return { folder, pdf: copy('pdf', pdf), docx: copy('docx', docx), html: copy('html', html), bytes };
}

/** Seconds (medians of `runs`) for Crosscheck's import of the folder and for each baseline tool. */
export interface MixedTimes {
  readonly crosscheck: number;
  readonly pdftotext: number;
  readonly pandoc: number;
  readonly readability: number;
}

/** Runs `command` (which names the file as "$f") once per file, one after another, as a shell loop would. */
function loop(name: string, command: string, files: readonly string[]): number {
  const list = path.join(os.tmpdir(), 'crosscheck-bench', `${name}-files.txt`);
  fs.writeFileSync(list, files.join('\n') + '\n');
  // A file the tool cannot read costs its time and does not stop the loop (as in Crosscheck's import).
  const r = timed('sh', ['-c', `while IFS= read -r f; do ${command} >/dev/null 2>&1 || true; done < '${list}'`]);
  if (r.status !== 0) throw new Error(`${name} loop failed: ${r.stderr.slice(-300)}`);
  return r.seconds;
}

/** Times Crosscheck and the three baselines over the folder, alternating, `runs` times each. */
export function timeMixed(mixed: MixedFolder, runs: number): MixedTimes {
  const cli = path.join(ROOT, 'bin', 'crosscheck.mjs');
  const cc: number[] = [];
  const pdftotext: number[] = [];
  const pandoc: number[] = [];
  const readability: number[] = [];
  for (let i = 0; i < runs; i++) {
    process.stderr.write(`mixed folder: run ${i + 1}/${runs}\n`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-mixed-'));
    try {
      const r = timed(
        process.execPath,
        [cli, 'import', mixed.folder, '--no-group', '--db', path.join(dir, 'lib.sqlite'), '--json'],
        { cwd: ROOT }
      );
      if (r.status !== 0 && r.status !== 2) throw new Error(`crosscheck import failed: ${r.stderr}`);
      cc.push(r.seconds);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    pdftotext.push(loop('pdftotext', 'pdftotext -q -enc UTF-8 "$f" -', mixed.pdf));
    pandoc.push(loop('pandoc', 'pandoc --from docx --to plain --wrap none "$f"', mixed.docx));
    const r = timed(process.execPath, [path.join(ROOT, 'scripts', 'bench', 'readabilityRun.mjs'), ...mixed.html], { cwd: ROOT });
    if (r.status !== 0) throw new Error(`Readability run failed: ${r.stderr.slice(-300)}`);
    readability.push(r.seconds);
  }
  return { crosscheck: median(cc), pdftotext: median(pdftotext), pandoc: median(pandoc), readability: median(readability) };
}
