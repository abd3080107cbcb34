/**
 * Reading zip archives (plain .zip and the zip inside a .docx) without trusting them: entry count,
 * per-entry size, compression ratio and total size are checked against the declared sizes first and
 * then against the bytes actually inflated, because declared sizes are exactly what zip bombs fake.
 */
import type yauzl from 'yauzl';
import type { Readable } from 'node:stream';
import type { ZipBudget } from './context';
import { abortFailure, throwIfAborted } from './context';
import { ExtractFailure, errorMessage } from './failure';
import { formatBytes, type Limits } from './limits';
import { lazyRequire } from './lazyRequire';

/** yauzl, loaded with the first zip or DOCX file (most imports have none). */
const zipReader = lazyRequire<typeof yauzl>('yauzl');

/** What to do about an archive or package that cannot be opened. */
const COPY_AGAIN = 'download or copy it again, or save it again from the program that made it, and import that.';

/** Ratios are checked only above this size: a small file of repeated spaces is no bomb. */
const RATIO_FLOOR_BYTES = 1024 * 1024;

/**
 * A failure that ends the whole archive, not just one entry (the total size budget is spent).
 * Visitors that catch per-entry failures must rethrow this one.
 */
export class ArchiveStop extends ExtractFailure {}

/** One file entry of an archive, read on demand. */
export interface ZipEntry {
  /** Path inside the archive, `/`-separated, as stored (check it with {@link unsafeEntryPath}). */
  path: string;
  declaredSize: number;
  compressedSize: number;
  /** Inflates the entry within the limits. @throws ExtractFailure `too-large`, `zip-bomb`, `encrypted`, `unsupported`, `corrupt`. */
  read(): Promise<Uint8Array>;
}

export interface ZipReadOptions {
  limits: Limits;
  budget: ZipBudget;
  signal: AbortSignal;
  /** How to call the archive in messages (`ZIP archive`, `Word document`). */
  kind: string;
}

/** Why an entry path must not be used, or undefined when it is safe (relative, no `..`). */
export function unsafeEntryPath(path: string): string | undefined {
  if (/^[/\\]|^[a-z]:/i.test(path)) return 'absolute path';
  if (path.split(/[/\\]/).includes('..')) return 'path leaves the archive (..)';
  if (path.includes('\0')) return 'NUL in name';
  return undefined;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function decodeName(entry: yauzl.Entry): string {
  const raw = entry.fileNameRaw;
  // NB: many tools write UTF-8 names without setting the UTF-8 flag; yauzl would read those as CP437.
  try {
    const utf8 = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    if (/[\u0080-\uffff]/.test(utf8)) return utf8;
  } catch {
    // Not UTF-8: fall through to the zip rules (flag, Unicode path extra field, CP437).
  }
  return zipReader().getFileNameLowLevel(entry.generalPurposeBitFlag, raw, entry.extraFields, false);
}

async function readLimited(
  stream: Readable,
  max: number,
  tooMuch: () => ExtractFailure,
  signal: AbortSignal
): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > max) throw tooMuch();
      throwIfAborted(signal);
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/**
 * Calls `visit` for each file entry (directories are skipped), in archive order. Entries are
 * inflated only when the visitor calls `read()`, each within the limits and the shared budget.
 * @throws ExtractFailure `corrupt` when the archive itself cannot be read, `zip-bomb` for too many entries.
 */
export async function forEachZipEntry(
  bytes: Uint8Array,
  options: ZipReadOptions,
  visit: (entry: ZipEntry) => Promise<void>
): Promise<void> {
  const { limits, signal, kind } = options;
  let zip: yauzl.ZipFile;
  try {
    zip = await zipReader().fromBufferPromise(toBuffer(bytes), {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: false
    });
  } catch (error) {
    throw new ExtractFailure('corrupt', `This ${kind} is damaged or not a zip file; ${COPY_AGAIN}`, errorMessage(error));
  }
  if (zip.entryCount > limits.zipMaxEntries) {
    zip.close();
    throw new ExtractFailure(
      'zip-bomb',
      `This ${kind} has ${zip.entryCount.toLocaleString('en')} entries, over the limit of ${limits.zipMaxEntries.toLocaleString('en')}; unpack it and import the folder instead.`
    );
  }
  const onAbort = (): void => zip.close();
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    for await (const entry of zip.eachEntry()) {
      throwIfAborted(signal);
      const path = decodeName(entry);
      if (path.endsWith('/') || path.endsWith('\\')) continue;
      await visit({
        path,
        declaredSize: entry.uncompressedSize,
        compressedSize: entry.compressedSize,
        read: () => readEntry(zip, entry, path, options)
      });
    }
  } catch (error) {
    if (signal.aborted) throw abortFailure(signal);
    if (error instanceof ExtractFailure) throw error;
    throw new ExtractFailure('corrupt', `This ${kind} is damaged; ${COPY_AGAIN}`, errorMessage(error));
  } finally {
    signal.removeEventListener('abort', onAbort);
    zip.close();
  }
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, path: string, options: ZipReadOptions): Promise<Uint8Array> {
  const { limits, budget, signal } = options;
  if (entry.isEncrypted())
    throw new ExtractFailure(
      'encrypted',
      `The file ${path} in this archive is password-protected; unpack it with its password and import the unpacked file.`
    );
  if (!entry.canDecodeFileData()) {
    throw new ExtractFailure(
      'unsupported',
      `The file ${path} in this archive uses a compression method (${entry.compressionMethod}) that cannot be read; unpack the archive with another program and import the files.`
    );
  }
  const ratioCap = Math.max(RATIO_FLOOR_BYTES, entry.compressedSize * limits.zipMaxRatio);
  const declared = entry.uncompressedSize;
  if (declared > limits.zipMaxEntryBytes) {
    throw new ExtractFailure(
      'too-large',
      `The file ${path} in this archive unpacks to ${formatBytes(declared)}, over the limit of ${formatBytes(limits.zipMaxEntryBytes)}; unpack it and split it into smaller files.`
    );
  }
  if (declared > ratioCap) throw bomb(path, declared, entry.compressedSize);
  if (declared > budget.remainingBytes) throw totalTooLarge(limits);
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw new ExtractFailure('corrupt', `The file ${path} in this archive is damaged; ${COPY_AGAIN}`, errorMessage(error));
  }
  // Counted again while inflating: a lying header is caught here (yauzl also refuses more bytes than declared).
  const max = Math.min(limits.zipMaxEntryBytes, ratioCap, budget.remainingBytes);
  const tooMuch = (): ExtractFailure =>
    max === budget.remainingBytes
      ? totalTooLarge(limits)
      : max === ratioCap
        ? bomb(path, max, entry.compressedSize)
        : new ExtractFailure(
            'too-large',
            `The file ${path} in this archive unpacks to more than ${formatBytes(max)}; unpack it and split it into smaller files.`
          );
  try {
    const data = await readLimited(stream, max, tooMuch, signal);
    budget.remainingBytes -= data.length;
    return data;
  } catch (error) {
    if (error instanceof ExtractFailure) throw error;
    throw new ExtractFailure('corrupt', `The file ${path} in this archive is damaged; ${COPY_AGAIN}`, errorMessage(error));
  }
}

function bomb(path: string, size: number, compressed: number): ExtractFailure {
  const ratio = compressed > 0 ? Math.round(size / compressed) : Infinity;
  return new ExtractFailure(
    'zip-bomb',
    `The file ${path} in this archive would unpack to ${ratio === Infinity ? 'far more than' : `${ratio}×`} its packed size, which looks like a zip bomb, so it was skipped; if you trust the archive, unpack it and import the files.`
  );
}

function totalTooLarge(limits: Limits): ExtractFailure {
  return new ArchiveStop(
    'zip-bomb',
    `This archive unpacks to more than ${formatBytes(limits.zipMaxTotalBytes)} in total, which looks like a zip bomb, so reading stopped; if you trust it, unpack it and import the files.`
  );
}
