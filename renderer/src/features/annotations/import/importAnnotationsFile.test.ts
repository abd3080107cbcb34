import { describe, expect, it } from 'vitest';
import { fileProblem } from './importAnnotationsFile';

describe('fileProblem', () => {
  it('takes a W3C JSON export, with or without a byte-order mark', () => {
    expect(fileProblem('notes.jsonld', 120, '{"type":"AnnotationCollection"}', true)).toBeNull();
    expect(fileProblem('notes.json', 120, '\uFEFF  [{"type":"Annotation"}]', false)).toBeNull();
  });

  it('refuses a file over 50 MB before reading it, in a sentence naming the file', () => {
    expect(fileProblem('huge.json', 60 * 1024 * 1024, null, false)).toBe(
      '“huge.json” is 60 MB; an annotations file can be at most 50 MB. Export fewer annotations at a time (the notes panel’s filter) and import each file.'
    );
    expect(fileProblem('fine.json', 50 * 1024 * 1024, null, false)).toBeNull();
  });

  it('refuses text that is not JSON', () => {
    expect(fileProblem('notes.json', 30, 'Highlights, sent by mail', false)).toMatch(/^“notes\.json” is not a JSON file, so it holds no W3C annotations\./);
  });

  it('in browser mode, refuses what the served page cannot send (its requests stop at 8 MB)', () => {
    // Six million characters, of which three million quotes: nine million bytes once escaped in the request.
    const big = `["${'a"'.repeat(3_000_000)}"]`;
    expect(fileProblem('big.json', big.length, big, true)).toMatch(/too large for browser mode/);
    expect(fileProblem('big.json', big.length, big, false)).toBeNull();
  });
});
