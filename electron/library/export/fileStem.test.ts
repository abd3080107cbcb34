import { describe, expect, it } from 'vitest';
import { fileStem } from './fileStem';

// The suggested name of an export comes from an imported title, which anyone can write
// (review 14, finding 7): /tmp/robust-repro/filestem.ts's hostile titles and their neighbours.

describe('fileStem: an imported title as a file name', () => {
  it('drops bidirectional controls, so a title cannot make "gnp.exe.html" look like "lmth.exe.png"', () => {
    expect(fileStem('Minister resigns \u202Egnp.exe')).toBe('Minister resigns gnp.exe');
    expect(fileStem('a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl')).toBe(
      'a b c d e f g h i j k l'
    );
    expect(fileStem('\u2067\u2069')).toBe('Crosscheck report');
  });

  it('keeps letters written with joiners and right-to-left scripts as they are', () => {
    expect(fileStem('گزارش\u200Cها')).toBe('گزارش\u200Cها');
    expect(fileStem('Family 👨‍👩‍👧 reunited')).toBe('Family 👨‍👩‍👧 reunited');
    expect(fileStem('דו"ח: רפיח')).toBe('דו ח רפיח');
  });

  it('cuts after whole characters: never inside a surrogate pair, never between a letter and its accent', () => {
    const x79 = 'x'.repeat(79);
    expect(fileStem(`${x79}😀 more words`)).toBe(`${x79}😀`);
    expect(fileStem(`${x79}e\u0301 more`)).toBe(`${x79}e\u0301`);
    // A lone half of a pair is no character at all.
    expect(fileStem('Talks \uD83D fail \uDE00')).toBe('Talks fail');
  });

  it('keeps a long name within 200 bytes, so a title of wide characters still makes a name the disk takes', () => {
    // 80 characters of 3 bytes would be 240; 66 are 198.
    expect(fileStem('語'.repeat(100))).toBe('語'.repeat(66));
    // Families of 18 bytes each: 11 fit.
    expect(fileStem('👨‍👩‍👧'.repeat(40))).toBe('👨‍👩‍👧'.repeat(11));
  });

  it('never names a Windows device, whatever follows a dot, and ends with no dot or space', () => {
    expect(fileStem('CON')).toBe('CON_');
    expect(fileStem('aux')).toBe('aux_');
    expect(fileStem('nul.tar')).toBe('nul_.tar');
    expect(fileStem('Com1 .report')).toBe('Com1_ .report');
    expect(fileStem('LPT9')).toBe('LPT9_');
    expect(fileStem('COM¹')).toBe('COM¹_');
    expect(fileStem('Console wars')).toBe('Console wars');
    expect(fileStem('COM0')).toBe('COM0');
    expect(fileStem('Talks fail ...')).toBe('Talks fail');
    expect(fileStem(`${'y'.repeat(79)}. more`)).toBe('y'.repeat(79));
  });

  it('drops path separators, C0 and C1 controls, reserved characters and leading dots', () => {
    expect(fileStem('../../etc/passwd')).toBe('etc passwd');
    expect(fileStem('a\u0000b\u0085c\nd<e>f:g"h|i?j*k\\l')).toBe('a b c d e f g h i j k l');
    expect(fileStem('  ')).toBe('Crosscheck report');
  });
  it('drops what shows nothing: zero-width characters, the soft hyphen, tag characters, noncharacters (review 15, #7)', () => {
    // A name that would look empty falls back to the report's name.
    for (const invisible of ['\u200b', '\u00ad', '\u2060', '\ufeff', '\u3164', '\ufffe', '\u200d', '\ufe0f', '\u{e0041}\u{e0042}'])
      expect(fileStem(invisible), JSON.stringify(invisible)).toBe('Crosscheck report');
    expect(fileStem('a\u200bb')).toBe('ab');
    expect(fileStem('soft\u00adhyphen')).toBe('softhyphen');
    // Unicode tag characters spell text no one sees.
    expect(fileStem('Report\u{e0020}\u{e0065}\u{e0078}\u{e0065}')).toBe('Report');
    expect(fileStem('x\u{f0000}y\ufdd0z')).toBe('xyz');
    // A joiner with nothing to join, next to a space, goes; between characters it stays.
    expect(fileStem('a \u200d b \u200c')).toBe('a b');
    expect(fileStem('❤\ufe0f love')).toBe('❤\ufe0f love');
    expect(fileStem('Scotland 🏴\u{e0067}\u{e0062}\u{e0073}\u{e0063}\u{e0074}\u{e007f}')).toBe('Scotland 🏴');
  });
});
