import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { expectFailure, expectOk, extract } from './testing';
import { decodeText, detectWideEncoding } from './textDecode';

const encode = (text: string, encoding: string): Uint8Array => new Uint8Array(iconv.encode(text, encoding));

describe('text decoding (.txt)', () => {
  it('reads UTF-8 with and without a BOM, dropping the BOM', async () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Café au lait')]);
    expect(expectOk(await extract('a.txt', withBom)).articles[0]?.text).toBe('Café au lait');
    expect(expectOk(await extract('a.txt', 'Café au lait')).articles[0]?.text).toBe('Café au lait');
  });

  it('reads UTF-16 LE and BE by their BOM', async () => {
    const le = encode('\uFEFFПривет, мир', 'utf-16le');
    const be = encode('\uFEFFΚαλημέρα', 'utf-16be');
    expect(expectOk(await extract('le.txt', le)).articles[0]?.text).toBe('Привет, мир');
    expect(expectOk(await extract('be.txt', be)).articles[0]?.text).toBe('Καλημέρα');
  });

  it('recognises UTF-16 LE without a BOM instead of calling it binary', async () => {
    const result = expectOk(await extract('nobom.txt', encode('Plain English text saved as Unicode by Notepad.', 'utf-16le')));
    expect(result.articles[0]?.text).toBe('Plain English text saved as Unicode by Notepad.');
  });

  it('recognises UTF-16 of non-Latin text and UTF-32 without a BOM', async () => {
    const russian = 'Министерство иностранных дел России заявило, что переговоры продолжатся.';
    expect(expectOk(await extract('ru16.txt', encode(russian, 'utf-16le'))).articles[0]?.text).toBe(russian);
    expect(expectOk(await extract('ru16be.txt', encode(russian, 'utf-16be'))).articles[0]?.text).toBe(russian);
    expect(expectOk(await extract('u32.txt', encode('Hello, wide world — ça va?', 'utf-32le'))).articles[0]?.text).toBe(
      'Hello, wide world — ça va?'
    );
  });

  it('does not mistake regular 8-bit text with repeating punctuation for UTF-16', () => {
    const numbers = new TextEncoder().encode(Array.from({ length: 60 }, (_, i) => i % 10).join(','));
    expect(detectWideEncoding(numbers)).toBeUndefined();
    expect(detectWideEncoding(new TextEncoder().encode('["a","b"]'))).toBeUndefined();
  });

  it('does not take tabs between one-letter cells for UTF-16 high bytes, and still reads Hindi and Bengali UTF-16 without a BOM', () => {
    // Tab is 0x09, the high byte of Devanagari and Bengali in UTF-16: "a\tb\tc\t…" read as "ॡॢॣ।…".
    const cells = new TextEncoder().encode('abcdefghijklmnopqrstuvwxyz'.replace(/./g, '$&\t').repeat(4));
    expect(detectWideEncoding(cells)).toBeUndefined();
    expect(decodeText(cells).encoding).toBe('utf-8');
    // Sentences written for this test: their spaces are the U+00xx units the rule asks for.
    const hindi = 'भारत के प्रधानमंत्री ने सोमवार को कहा कि सरकार अगले महीने नई योजना शुरू करेगी।';
    const bengali = 'বাংলাদেশের প্রধানমন্ত্রী সোমবার বলেছেন যে সরকার আগামী মাসে নতুন প্রকল্প শুরু করবে।';
    for (const text of [hindi, bengali]) {
      expect(decodeText(encode(text, 'utf-16le'))).toMatchObject({ text, encoding: 'utf-16le', source: 'pattern' });
      expect(decodeText(encode(text, 'utf-16be'))).toMatchObject({ text, encoding: 'utf-16be', source: 'pattern' });
    }
  });

  it('reads printable ASCII (with CR, LF, form feed) as UTF-8, and still refuses ASCII full of control bytes', () => {
    // NB: decodeText's shortcut for plain ASCII must answer what its five checks answered.
    const ascii = 'Oil prices rose\r\n2.5 pct, the "talks" {failed}~\f\n~ ' + String.fromCharCode(...Array.from({ length: 95 }, (_, i) => 32 + i));
    expect(decodeText(new TextEncoder().encode(ascii))).toEqual({ text: ascii, encoding: 'utf-8', source: 'valid-utf8', replaced: 0 });
    expect(() => decodeText(new TextEncoder().encode('a\u0001\u0002\u0003\u0004b'.repeat(20)))).toThrow();
  });

  it('guesses Shift-JIS and windows-1251', async () => {
    const japanese = '東京都は、新型コロナウイルスの感染者が新たに確認されたと発表しました。政府は対策を強化する方針です。';
    const russian =
      'Министерство иностранных дел России заявило в понедельник, что переговоры продолжатся на следующей неделе в Женеве.';
    expect(expectOk(await extract('ja.txt', encode(japanese, 'shift_jis'))).articles[0]?.text).toBe(japanese);
    expect(expectOk(await extract('ru.txt', encode(russian, 'windows-1251'))).articles[0]?.text).toBe(russian);
  });

  it('reads an ISO-8859-6 Arabic page without a charset as Arabic, not as Cyrillic (review 11), and a declared charset still wins', async () => {
    // fixtures/SOURCES.md: an Arabic news text written for Crosscheck, converted with iconv.
    const bytes = new Uint8Array(
      fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'encodings', 'hospital-iso-8859-6.html'))
    );
    const page = expectOk(await extract('hospital.html', bytes));
    expect(page.articles[0]?.meta.title).toBe('مستشفى جديد في المدينة');
    expect(page.articles[0]?.text).toContain(
      'أعلنت وزارة الصحة يوم الاثنين أن المستشفى الجديد في المدينة سيفتح أبوابه للمرضى الشهر المقبل،'
    );
    const sentence =
      'وقال الوزير إن المستشفى سيضم مئتي سرير وقسما للأطفال، وإن العمل فيه سيوفر أكثر من خمسمئة وظيفة لسكان المنطقة.';
    expect(expectOk(await extract('ar.txt', encode(sentence, 'iso-8859-6'))).articles[0]?.text).toBe(sentence);
    // The page's own declaration is followed even where the guess would read better.
    const declared = Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'), bytes]);
    expect(expectOk(await extract('declared.html', new Uint8Array(declared))).articles[0]?.meta.title).toBe(
      iconv.decode(Buffer.from(iconv.encode('مستشفى جديد في المدينة', 'iso-8859-6')), 'koi8-r')
    );
  });

  it('reads windows-1255 Hebrew without a charset as Hebrew, in a text file and a web page, not as Cyrillic or Greek', async () => {
    // Sentences written for this test. windows-1251 and KOI8-R map the same bytes to Cyrillic
    // letters, ISO-8859-7 to Greek ones: each a clean word of one script, so only the right
    // decoding's ranking keeps a Hebrew file Hebrew.
    const report =
      'בית החולים החדש בעיר ייפתח בחודש הבא, כך הודיע משרד הבריאות ביום שני. השר אמר כי המחלקה לילדים תהיה הגדולה בארץ.';
    const text = expectOk(await extract('he.txt', encode(report, 'windows-1255')));
    expect(text.articles[0]?.text).toBe(report);
    const title = 'בית חולים חדש בעיר';
    const page = `<html><head><title>${title}</title></head><body dir="rtl"><h1>${title}</h1><p>${report}</p></body></html>`;
    const html = expectOk(await extract('he.html', encode(page, 'windows-1255')));
    expect(html.articles[0]?.meta.title).toBe(title);
    expect(html.articles[0]?.text).toContain(report);
  });

  it('warns with the encoding and confidence when the guess is weak', async () => {
    const result = expectOk(await extract('short.txt', encode('Fußball-Weltmeisterschaft', 'windows-1252')));
    expect(result.articles[0]?.text).toBe('Fußball-Weltmeisterschaft');
    const warning = result.warnings.find((w) => w.code === 'encoding-guess');
    expect(warning?.message).toMatch(/^Encoding guessed as [\w-]+ \(\d+% sure\)/);
  });

  it('decodes windows-1252 punctuation (0x80–0x9F) as the quotes and dashes they are, not control characters', async () => {
    // Node before 22 decodes the WHATWG label windows-1252 as ISO-8859-1, where these bytes are C1 controls.
    const sentence = 'He said “no” – it’s over… €5';
    const page = `<html><head><meta charset="windows-1252"><title>T</title></head><body><p>${sentence}</p></body></html>`;
    expect(expectOk(await extract('page.html', encode(page, 'windows-1252'))).articles[0]?.text).toBe(sentence);
    expect(
      expectOk(await extract('latin1.html', encode(page.replace('windows-1252', 'iso-8859-1'), 'windows-1252'))).articles[0]?.text
    ).toBe(sentence);
  });

  it('reads quotes, dashes and £ around words as windows-1252, while letters inside words still name the code page', async () => {
    // The first used to come out as MacCyrillic (“ ” – as У Ф Ц), the second as ISO-8859-2 (Ł15.8m).
    const quoted = 'Then he said, “The name is Bond, James Bond.” – and left.';
    expect(expectOk(await extract('q.txt', encode(quoted, 'windows-1252'))).articles[0]?.text).toBe(quoted);
    const price = 'Chelsea paid a £15.8m fee for the striker from Parma last season, the club said on Monday.';
    expect(expectOk(await extract('p.txt', encode(price, 'windows-1252'))).articles[0]?.text).toBe(price);
    const polish = 'Łódź: władze miasta zapłacą 15 mln zł za żółty tramwaj, który już jeździ po mieście.';
    expect(expectOk(await extract('pl.txt', encode(polish, 'iso-8859-2'))).articles[0]?.text).toBe(polish);
  });

  it('reads Latin-1 Italian as windows-1252, not ISO-8859-2, while Hungarian and Czech keep ISO-8859-2 (review 10)', async () => {
    // Every word is clean Latin either way (`perché` / `perchč`): the letters one language uses decide.
    const italian = 'Il governo ha detto che la città è pronta, perché più di metà dei cittadini può votare già lunedì.';
    expect(expectOk(await extract('it.txt', encode(italian, 'latin1'))).articles[0]?.text).toBe(italian);
    const hungarian = 'A kormány szerint a főváros kész, mert több mint fél millió lakos hétfőn szavazhat a törvényről.';
    expect(expectOk(await extract('hu.txt', encode(hungarian, 'iso-8859-2'))).articles[0]?.text).toBe(hungarian);
    const czech = 'Vláda uvedla, že město je připravené, protože více než polovina občanů může v pondělí volit.';
    expect(expectOk(await extract('cs.txt', encode(czech, 'iso-8859-2'))).articles[0]?.text).toBe(czech);
  });

  it('keeps mostly-valid UTF-8 as UTF-8 and counts the broken bytes', async () => {
    const good = new TextEncoder().encode('Zürich, São Paulo, Kraków, Ελλάδα — ');
    const bytes = new Uint8Array([...good, 0xff, ...new TextEncoder().encode(' end')]);
    const result = expectOk(await extract('damaged.txt', bytes));
    expect(result.articles[0]?.text).toBe('Zürich, São Paulo, Kraków, Ελλάδα — \uFFFD end');
    expect(result.warnings.map((w) => w.code)).toContain('invalid-bytes');
  });

  it('refuses binary data and empty or blank files', async () => {
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1
    ]);
    expect(expectFailure(await extract('image.txt', png)).code).toBe('binary');
    expect(expectFailure(await extract('empty.txt', '')).code).toBe('empty');
    expect(expectFailure(await extract('blank.txt', ' \n\t\r\n  ')).code).toBe('empty');
  });

  it('normalises line ends and blank-line runs but keeps paragraphs', async () => {
    const result = expectOk(await extract('p.txt', 'First line\r\nsame paragraph\r\n\r\n\r\n\r\nSecond paragraph   \r\n'));
    expect(result.articles[0]?.text).toBe('First line\nsame paragraph\n\nSecond paragraph');
  });
});
