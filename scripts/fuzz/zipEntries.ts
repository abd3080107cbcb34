import { inflateRawSync } from 'node:zlib';
import { type ZipFixtureEntry, makeZip } from '../../electron/library/import/fixtures/makeZip';

/**
 * Reads a well-formed zip's entries (stored or deflated) through its central directory, so the
 * fuzzer can mutate a file inside a DOCX or ZIP and pack it again: byte flips in deflated data
 * mostly give "not a zip", and never reach the XML parsers behind it. `undefined` for anything
 * this small reader does not understand (the mutation then works on the raw bytes).
 */
export function readZipEntries(bytes: Uint8Array): ZipFixtureEntry[] | undefined {
  try {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === 0x06054b50) {
        end = i;
        break;
      }
    }
    if (end < 0) return undefined;
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    const entries: ZipFixtureEntry[] = [];
    for (let n = 0; n < count; n++) {
      if (view.getUint32(at, true) !== 0x02014b50) return undefined;
      const method = view.getUint16(at + 10, true);
      const compressed = view.getUint32(at + 20, true);
      const nameLength = view.getUint16(at + 28, true);
      const extra = view.getUint16(at + 30, true);
      const comment = view.getUint16(at + 32, true);
      const local = view.getUint32(at + 42, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      const dataAt = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const raw = bytes.subarray(dataAt, dataAt + compressed);
      if (method !== 0 && method !== 8) return undefined;
      entries.push({ name, data: method === 0 ? raw.slice() : new Uint8Array(inflateRawSync(raw)) });
      at += 46 + nameLength + extra + comment;
    }
    return entries;
  } catch {
    return undefined;
  }
}

/** Packs entries again (deflated, with true sizes and CRCs). */
export function writeZipEntries(entries: readonly ZipFixtureEntry[]): Uint8Array {
  return makeZip(entries);
}
