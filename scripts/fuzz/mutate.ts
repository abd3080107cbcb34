import type { Random } from './random';
import { readZipEntries, writeZipEntries } from './zipEntries';

/** How a target's inputs are mutated. */
export interface MutationOptions {
  /** Tokens of the format, inserted or written over bytes (tags, PDF operators, zip headers…). */
  readonly dictionary: readonly string[];
  /** Largest input made, in bytes. */
  readonly maxBytes: number;
  /** The input is a zip (ZIP, DOCX): half the time one file inside it is mutated and packed again. */
  readonly zip?: boolean;
}

const encoder = new TextEncoder();
/** Bytes that often mean something to a parser: ends of ranges, NUL, quotes, brackets, escapes. */
const INTERESTING_BYTES = [
  0x00, 0x01, 0x7f, 0x80, 0xff, 0xfe, 0x22, 0x27, 0x3c, 0x3e, 0x26, 0x5c, 0x0a, 0x0d, 0x25, 0x28, 0x29, 0x5b, 0x7b
];
/** Numbers written over a number in the text (sizes, offsets, counts, object numbers). */
const INTERESTING_NUMBERS = [
  '0',
  '-1',
  '1',
  '255',
  '256',
  '65535',
  '65536',
  '2147483647',
  '4294967295',
  '99999999999',
  '1e308',
  'NaN',
  '-0'
];

/**
 * Makes one new input from `input` (and, for splices, another corpus entry): one to four stacked
 * byte-level mutations (AFL's "havoc"), or, for a zip, the same inside one of its files.
 */
export function mutate(input: Uint8Array, corpus: readonly Uint8Array[], random: Random, options: MutationOptions): Uint8Array {
  if (options.zip && random.chance(0.5)) {
    const entries = readZipEntries(input);
    if (entries && entries.length > 0) {
      const entry = random.pick(entries);
      const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
      entry.data = havoc(data, corpus, random, { ...options, zip: false });
      return writeZipEntries(entries);
    }
  }
  return havoc(input, corpus, random, options);
}

function havoc(input: Uint8Array, corpus: readonly Uint8Array[], random: Random, options: MutationOptions): Uint8Array {
  let bytes = input;
  const rounds = 1 + random.below(4);
  for (let i = 0; i < rounds; i++) bytes = mutateOnce(bytes, corpus, random, options);
  return bytes.length > options.maxBytes ? bytes.subarray(0, options.maxBytes) : bytes;
}

function mutateOnce(bytes: Uint8Array, corpus: readonly Uint8Array[], random: Random, options: MutationOptions): Uint8Array {
  const at = random.below(bytes.length + 1);
  switch (random.below(10)) {
    case 0: {
      if (bytes.length === 0) return randomBytes(random, 1 + random.below(8));
      const out = bytes.slice();
      out[random.below(out.length)]! ^= 1 << random.below(8);
      return out;
    }
    case 1: {
      if (bytes.length === 0) return Uint8Array.of(random.pick(INTERESTING_BYTES));
      const out = bytes.slice();
      out[random.below(out.length)] = random.chance(0.5) ? random.pick(INTERESTING_BYTES) : random.below(256);
      return out;
    }
    case 2:
      return insert(bytes, at, randomBytes(random, 1 + random.below(8)));
    case 3: {
      const length = 1 + random.below(Math.max(1, Math.min(bytes.length - at, 64)));
      return concat(bytes.subarray(0, at), bytes.subarray(Math.min(bytes.length, at + length)));
    }
    case 4: {
      // A stretch copied elsewhere: repeated structures (nested tags, objects, rows).
      const from = random.below(bytes.length);
      const chunk = bytes.subarray(from, from + 1 + random.below(256));
      return insert(bytes, at, chunk);
    }
    case 5: {
      const other = random.pick(corpus);
      const cut = random.below(other.length + 1);
      return concat(bytes.subarray(0, at), other.subarray(cut));
    }
    case 6:
    case 7: {
      if (options.dictionary.length === 0) return insert(bytes, at, randomBytes(random, 2));
      const token = encoder.encode(random.pick(options.dictionary));
      if (random.chance(0.3) && at + token.length <= bytes.length) {
        const out = bytes.slice();
        out.set(token, at);
        return out;
      }
      return insert(bytes, at, token);
    }
    case 8:
      return replaceNumber(bytes, random);
    default:
      return bytes.subarray(0, random.below(bytes.length + 1));
  }
}

/** Writes an interesting number over a run of ASCII digits (a length, an offset, a count). */
function replaceNumber(bytes: Uint8Array, random: Random): Uint8Array {
  for (let tries = 0; tries < 16 && bytes.length > 0; tries++) {
    let start = random.below(bytes.length);
    if (!isDigit(bytes[start]!)) continue;
    while (start > 0 && isDigit(bytes[start - 1]!)) start--;
    let end = start;
    while (end < bytes.length && isDigit(bytes[end]!)) end++;
    return concat(bytes.subarray(0, start), encoder.encode(random.pick(INTERESTING_NUMBERS)), bytes.subarray(end));
  }
  return insert(bytes, random.below(bytes.length + 1), encoder.encode(random.pick(INTERESTING_NUMBERS)));
}

function isDigit(byte: number): boolean {
  return byte >= 0x30 && byte <= 0x39;
}

function randomBytes(random: Random, length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = random.below(256);
  return out;
}

function insert(bytes: Uint8Array, at: number, chunk: Uint8Array): Uint8Array {
  return concat(bytes.subarray(0, at), chunk, bytes.subarray(at));
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
