/**
 * The files the hostile sweep imports, built from each corpus as its README describes it, with
 * what each must satisfy: checks on the stored result (no script ran, a password-protected PDF
 * refused, no external entity resolved) and, for labelled encoding samples, the label to decode
 * by. Expected values come from the corpora's own metadata (folder names, manifests, `#encoding`
 * lines), never from the code under test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { SweepFile, SweepOutcome } from './importCorpus';

/** One file of a sweep, with where it came from and what it must satisfy. */
export interface Unit extends SweepFile {
  /** The corpus file it is (absent for pages built around a payload). */
  readonly source?: string;
  /** Returns a problem with the import's outcome, or undefined when it is fine. */
  readonly check?: (outcome: SweepOutcome) => string | undefined;
  /** The encoding the corpus labels this file with (folder or file name). */
  readonly label?: string;
}

export const HOSTILE_CORPORA = ['hostile-html-xss', 'hostile-pdfs-pdfjs', 'hostile-docx', 'hostile-encodings'] as const;

const CANARY = 'CANARY-EXECUTED';

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...walk(full));
    else out.push(full);
  }
  return out;
}

const bytesOf = (file: string): Uint8Array => readFileSync(file);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const isLicenseOrReadme = (relative: string): boolean =>
  relative.split(path.sep).includes('LICENSES') || /(^|\/)README\.(md|txt)$/.test(relative.split(path.sep).join('/'));

/** An article page around a payload, with canaries that would change the title if any script ran. */
function wrapPayload(payload: string, n: number): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Payload ${n}</title>
<script>document.title = '${CANARY}'</script></head>
<body onload="document.title='${CANARY}'"><img src="x" onerror="document.title='${CANARY}'">
<article><h1>Payload ${n}</h1><p>Before the payload, a paragraph of ordinary article text that Readability can score as content, long enough to count.</p>
${payload}
<p>After the payload, another paragraph of ordinary article text, so the page reads like a news story with a middle part.</p></article></body></html>`;
}

const noCanary = (outcome: SweepOutcome): string | undefined =>
  outcome.ok && outcome.articles.some((a) => a.title.includes(CANARY) || a.text.includes(CANARY))
    ? 'a script ran (canary found)'
    : undefined;

/**
 * Payloads wrapped in an article page, and the corpus files as they are. Every DOMPurify vector
 * and naughty string, and every `payloadboxStride`-th payloadbox line: those 6,613 lines are
 * mostly one vector in many spellings, and every page already carries the canary scripts, so a
 * sample keeps the sweep inside CI's time (1 takes them all).
 */
export function xssUnits(dir: string, payloadboxStride = 1): Unit[] {
  const payloads: { source: string; payload: string }[] = [];
  const lines = readFileSync(path.join(dir, 'payloadbox-xss-payload-list.txt'), 'utf8')
    .split('\n')
    .filter((line) => line.trim());
  lines.forEach((line, i) => {
    if (i % payloadboxStride === 0) payloads.push({ source: 'payloadbox', payload: line });
  });
  const dompurify = JSON.parse(readFileSync(path.join(dir, 'dompurify-test-fixtures-expect.json'), 'utf8')) as {
    payload: string;
  }[];
  for (const entry of dompurify) payloads.push({ source: 'dompurify', payload: entry.payload });
  const blns = JSON.parse(readFileSync(path.join(dir, 'blns.json'), 'utf8')) as string[];
  for (const s of blns) payloads.push({ source: 'blns', payload: s });
  const units: Unit[] = payloads.map(({ source, payload }, i) => ({
    name: `${source}#${i + 1}`,
    fileName: `payload-${i + 1}.html`,
    bytes: utf8(wrapPayload(payload, i + 1)),
    check: noCanary
  }));
  for (const file of walk(dir)) {
    const relative = path.relative(dir, file);
    if (isLicenseOrReadme(relative)) continue;
    units.push({ name: relative, fileName: path.basename(file), bytes: bytesOf(file), source: file, check: noCanary });
  }
  return units;
}

/** Every PDF; those the manifest gives a password must be refused as `encrypted`. */
export function pdfUnits(dir: string): Unit[] {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'test_manifest.subset.json'), 'utf8')) as {
    file: string;
    password?: string;
  }[];
  const withPassword = new Set(manifest.filter((m) => m.password).map((m) => path.basename(m.file)));
  return walk(path.join(dir, 'pdfs')).map((file) => {
    const base = path.basename(file);
    const check = withPassword.has(base)
      ? (o: SweepOutcome) =>
          o.ok
            ? 'password-protected PDF was imported'
            : o.code === 'encrypted'
              ? undefined
              : `password-protected PDF failed as ${o.code}`
      : undefined;
    return { name: base, fileName: base, bytes: bytesOf(file), source: file, ...(check ? { check } : {}) };
  });
}

/** Every DOCX-corpus file; the XXE file must not leak an external entity. */
export function docxUnits(dir: string): Unit[] {
  return walk(dir)
    .filter((file) => !isLicenseOrReadme(path.relative(dir, file)))
    .map((file) => {
      const check = /ExternalEntity/i.test(file)
        ? (o: SweepOutcome) =>
            o.ok && o.articles.some((a) => /root:|\[boot loader\]|passwd/.test(a.text))
              ? 'external entity resolved (XXE)'
              : undefined
        : undefined;
      return {
        name: path.relative(dir, file),
        fileName: path.basename(file),
        bytes: bytesOf(file),
        source: file,
        ...(check ? { check } : {})
      };
    });
}

/**
 * The encoding a corpus file is labelled with, from its folder (chardet: `windows-1250-czech` →
 * `windows-1250`) or file name (node-chardet: `windows_1250` → `windows-1250`); undefined when the
 * label leaves the encoding open (UTF-16/32 without an order: the BOM decides).
 */
export function labelOf(relative: string): string | undefined {
  const [top, folder = ''] = relative.split(path.sep);
  if (top === 'chardet-tests') {
    const m =
      /^(utf-8-sig|utf-8|utf-16(?:be|le)?|utf-32(?:be|le)?|iso-8859-\d+|windows-\d+|iso-2022-(?:jp|kr)|[A-Za-z0-9_]+(?:-[A-Z0-9]+)?)/i.exec(
        folder
      );
    const label = m?.[1]?.toLowerCase();
    if (!label || label === 'utf-16' || label === 'utf-32') return undefined;
    return label === 'utf-8-sig' ? 'utf-8' : label;
  }
  if (top === 'node-chardet') {
    if (folder.startsWith('lang_') || folder === 'utf8') return 'utf-8';
    const named: Record<string, string> = {
      ascii: 'windows-1252',
      big5: 'big5',
      euc_jp: 'euc-jp',
      euc_kr: 'euc-kr',
      gb18030: 'gb18030',
      iso2022jp: 'iso-2022-jp',
      koi8r: 'koi8-r',
      shiftjis: 'shift_jis',
      utf16be: 'utf-16be',
      utf16le: 'utf-16le',
      utf32be: 'utf-32be',
      utf32le: 'utf-32le'
    };
    if (named[folder]) return named[folder];
    const win = /^windows_(\d+)/.exec(folder);
    if (win) return `windows-${win[1]}`;
    const iso = /^iso8859(\d+)/.exec(folder);
    if (iso) return `iso-8859-${iso[1]}`;
  }
  return undefined;
}

/** The html5lib sniffing cases of one `.dat` file: a page prefix and the charset it must sniff to. */
export function parseSniffingCases(file: string): { data: string; encoding: string }[] {
  const cases: { data: string; encoding: string }[] = [];
  for (const block of readFileSync(file, 'latin1')
    .split(/^#data\n/m)
    .slice(1)) {
    const m = /^([\s\S]*?)\n#encoding\n([^\n]*)/.exec(block);
    if (m) cases.push({ data: m[1] ?? '', encoding: (m[2] ?? '').trim().toLowerCase() });
  }
  return cases;
}

/** Every labelled sample (as .txt, HTML as .html) and every html5lib sniffing case as a page. */
export function encodingUnits(dir: string): Unit[] {
  const units: Unit[] = [];
  for (const file of walk(dir)) {
    const relative = path.relative(dir, file);
    if (isLicenseOrReadme(relative)) continue;
    if (relative.startsWith('html5lib-encoding-sniffing') && file.endsWith('.dat')) {
      parseSniffingCases(file).forEach(({ data }, i) => {
        units.push({
          name: `${relative}#${i + 1}`,
          fileName: `case-${i + 1}.html`,
          bytes: new Uint8Array(Buffer.from(data, 'latin1'))
        });
      });
      continue;
    }
    const isHtml = /\.html?$/i.test(file);
    const label = labelOf(relative);
    units.push({
      name: relative,
      fileName: isHtml ? path.basename(file) : `${path.basename(file)}.txt`,
      bytes: bytesOf(file),
      source: file,
      ...(label ? { label } : {})
    });
  }
  return units;
}

/**
 * A labelled sample decoded as its label says, by iconv-lite, or Node's TextDecoder for the labels
 * iconv-lite lacks (ISO-2022-JP); undefined when neither knows the label. The byte order mark is
 * dropped, as both do by default.
 *
 * NB: iconv-lite first: Node 20's TextDecoder decodes windows-1252 as Latin-1 (0x80–0x9F become
 * control characters instead of € “ ” …), which would make the yardstick wrong, not the importer.
 */
export function decodeByLabel(bytes: Uint8Array, label: string): string | undefined {
  if (iconv.encodingExists(label)) return iconv.decode(Buffer.from(bytes), label);
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Text reduced to what a reader sees, for comparing a decode by the label with the stored text:
 * NFC, control characters dropped, every run of white space one space. Line endings, trailing
 * spaces and blank lines are the extractor's business, not the decoding's.
 */
export function comparable(text: string): string {
  return (
    text
      .normalize('NFC')
      // eslint-disable-next-line no-control-regex -- control characters are what is dropped
      .replace(/[\uFEFF\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
