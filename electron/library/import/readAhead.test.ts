import { describe, expect, it } from 'vitest';
import type { FileOutcome } from './processFile';
import { ReadAhead } from './readAhead';
import type { FoundFile } from './walk';

const files: FoundFile[] = ['a.txt', 'b.txt', 'c.pdf', 'd.txt', 'e.txt', 'f.txt', 'g.txt', 'h.txt'].map((name) => ({
  path: `/in/${name}`,
  size: 10
}));

/** An outcome naming the file and who read it. */
const outcome = (file: FoundFile, by: string): FileOutcome => ({ ok: false, code: by, message: file.path });

/** A slow pool: each file comes back 30 ms after it was handed over. */
const slowPool = (handed: string[]) => (file: FoundFile) => {
  handed.push(file.path);
  return new Promise<FileOutcome>((resolve) => setTimeout(() => resolve(outcome(file, 'pool')), 30));
};

/** A ReadAhead over `files` with the slow pool and this thread both reading, recording who read what. */
function readingBoth(allowed: (file: FoundFile) => boolean, signal?: AbortSignal) {
  const handed: string[] = [];
  const readHere: string[] = [];
  const read = (file: FoundFile) => {
    readHere.push(file.path);
    return Promise.resolve(outcome(file, 'here'));
  };
  return { reader: new ReadAhead(files, slowPool(handed), 2, { read, allowed, signal }), handed, readHere };
}

describe('reading ahead', () => {
  it('reads plain-text files in this thread while the pool is slow, and gives every outcome in file order', async () => {
    const { reader, handed, readHere } = readingBoth((file) => file.path.endsWith('.txt'));
    const taken: FileOutcome[] = [];
    for (let i = 0; i < files.length; i++) taken.push(await reader.take());
    expect(taken.map((o) => (o.ok ? '' : o.message))).toEqual(files.map((f) => f.path));
    expect(readHere.length).toBeGreaterThan(0);
    // Each file read once, by one of the two; the PDF only by the pool.
    expect([...handed, ...readHere].sort()).toEqual(files.map((f) => f.path).sort());
    expect(handed).toContain('/in/c.pdf');
    expect(taken.filter((o) => !o.ok && o.code === 'here').map((o) => (o.ok ? '' : o.message))).toEqual(readHere);
  });

  it('reads nothing in this thread once the import is stopped', async () => {
    const { reader, handed, readHere } = readingBoth(() => true, AbortSignal.abort());
    for (let i = 0; i < files.length; i++) await reader.take();
    expect(readHere).toEqual([]);
    expect(handed).toEqual(files.map((f) => f.path));
  });
});
