/**
 * Zip archives: every entry read through the same dispatch as a file, nested archives up to
 * `zipMaxDepth`, under the archive limits ({@link forEachZipEntry}). A failed entry does not fail the
 * archive: it is listed in `entries` and as a warning. Hidden and system entries are skipped silently,
 * entries with unsafe paths with a warning.
 */
import type { ExtractEntry, ExtractedArticle } from '@shared/import/types';
import type { ExtractContext, Extracted } from './context';
import { CHECK_THE_FILE, ExtractFailure } from './failure';
import { chooseFormat } from './sniff';
import { ArchiveStop, forEachZipEntry, unsafeEntryPath } from './zipRead';

/** Names macOS, Windows and version control leave in archives; never articles. */
const SYSTEM_NAMES = new Set(['__macosx', 'thumbs.db', 'desktop.ini', '$recycle.bin', 'ehthumbs.db']);

/** True for entries a user did not mean to import: dotfiles, `__MACOSX/`, `Thumbs.db`… */
export function isHiddenEntry(path: string): boolean {
  return path.split('/').some((segment) => segment.startsWith('.') || SYSTEM_NAMES.has(segment.toLowerCase()));
}

function locate(path: string, inner: string | undefined, nestedArchive: boolean): string {
  if (inner === undefined) return path;
  return nestedArchive ? `${path}/${inner}` : `${path}, ${inner}`;
}

/** Reads a .zip archive. */
export async function extractZip(bytes: Uint8Array, ctx: ExtractContext): Promise<Extracted> {
  if (ctx.depth >= ctx.limits.zipMaxDepth) {
    throw new ExtractFailure(
      'zip-bomb',
      `This archive is nested more than ${ctx.limits.zipMaxDepth} levels deep inside others, so it was not opened; unpack it and import its files.`
    );
  }
  const articles: ExtractedArticle[] = [];
  const entries: ExtractEntry[] = [];
  const unsupported = new Map<string, number>();
  let files = 0;
  await forEachZipEntry(
    bytes,
    { limits: ctx.limits, budget: ctx.zipBudget, signal: ctx.signal, kind: 'ZIP archive' },
    async (entry) => {
      const path = entry.path.replace(/\\/g, '/');
      // NB: unsafe before hidden, or `../x` would pass as a hidden ".." folder and go unreported.
      const unsafe = unsafeEntryPath(entry.path);
      if (unsafe) {
        files++;
        entries.push({
          path,
          ok: false,
          code: 'unsafe-path',
          message: `This entry was skipped because its path is unsafe (${unsafe}).`
        });
        ctx.warnings.push({ code: 'unsafe-path', message: `${path}: skipped (${unsafe})` });
        return;
      }
      if (isHiddenEntry(path)) return;
      files++;
      // Unsupported types are known from the name; do not inflate them. Extensionless entries are sniffed.
      const byName = chooseFormat(path, new Uint8Array(0));
      if ('unsupported' in byName && /\.[^/]+$/.test(path)) {
        entries.push({ path, ok: false, code: 'unsupported', message: byName.unsupported });
        const ext = path.slice(path.lastIndexOf('.')).toLowerCase();
        unsupported.set(ext, (unsupported.get(ext) ?? 0) + 1);
        return;
      }
      let data: Uint8Array;
      try {
        data = await entry.read();
      } catch (error) {
        if (error instanceof ArchiveStop || !(error instanceof ExtractFailure)) throw error;
        if (error.code === 'timeout' || error.code === 'aborted') throw error;
        entries.push({ path, ok: false, code: error.code, message: error.message });
        // Entry read failures already name the entry.
        ctx.warnings.push({
          code: error.code,
          message: error.message.includes(path) ? error.message : `${path}: ${error.message}`
        });
        return;
      }
      const childCtx: ExtractContext = { ...ctx, fileName: path, depth: ctx.depth + 1, warnings: [] };
      const result = await ctx.extractNested(data, path, childCtx);
      if (!result.ok) {
        if (result.code === 'timeout' || result.code === 'aborted') throw new ExtractFailure(result.code, result.message);
        entries.push({ path, ok: false, code: result.code, message: result.message });
        ctx.warnings.push({ code: result.code, message: `${path}: ${result.message}` });
        return;
      }
      const nested = result.format === 'zip';
      for (const article of result.articles) articles.push({ ...article, locator: locate(path, article.locator, nested) });
      for (const warning of result.warnings) ctx.warnings.push({ code: warning.code, message: `${path}: ${warning.message}` });
      if (nested && result.entries) {
        for (const inner of result.entries) entries.push({ ...inner, path: `${path}/${inner.path}` });
      } else {
        entries.push({ path, ok: true, format: result.format, articles: result.articles.length });
      }
    }
  );
  if (unsupported.size) {
    const total = [...unsupported.values()].reduce((a, b) => a + b, 0);
    ctx.warnings.push({
      code: 'unsupported',
      message: `${total} file${total === 1 ? '' : 's'} skipped: type not supported (${[...unsupported.keys()].join(', ')})`
    });
  }
  if (articles.length === 0) throw nothingImported(files, entries);
  return { format: 'zip', articles, entries };
}

function nothingImported(files: number, entries: ExtractEntry[]): ExtractFailure {
  if (files === 0) return new ExtractFailure('empty', `This ZIP archive holds no files; ${CHECK_THE_FILE}.`);
  const failed = entries.filter((e): e is Extract<ExtractEntry, { ok: false }> => !e.ok);
  const codes = new Map<string, number>();
  for (const e of failed) codes.set(e.code, (codes.get(e.code) ?? 0) + 1);
  const summary = [...codes].map(([code, n]) => `${n} ${code}`).join(', ');
  const first = failed[0];
  // A nested archive's own summary would repeat the opening: keep only what it found.
  const why = first?.message.replace(/^Nothing imported from this ZIP archive: /, '');
  if (codes.size === 1 && first) {
    return new ExtractFailure(
      first.code as ConstructorParameters<typeof ExtractFailure>[0],
      `Nothing imported from this ZIP archive: ${failed.length === 1 ? `${first.path}: ${why}` : `${summary}; the first, ${first.path}: ${why}`}`
    );
  }
  return new ExtractFailure(
    'no-articles',
    `Nothing imported from this ZIP archive (${files} file${files === 1 ? '' : 's'}: ${summary}); unpack it and import the files that are articles.`
  );
}
