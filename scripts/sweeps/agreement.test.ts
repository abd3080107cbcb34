import { describe, expect, it } from 'vitest';
import { agreementFailures, judgeAgreement, type AgreementFile } from './agreement';

const words = (n: number, word = 'news') => Array.from({ length: n }, () => word).join(' ');
const stored = (text: string) => ({ ok: true as const, articles: [{ title: 'T', text }], duplicates: 0, warnings: [] });
const reference = (text: string) => ({ ok: true as const, text });

describe('extraction agreement: what must import, and how much of it', () => {
  it('fails a file the reference reads to 50 words that did not import, but not one refused for a password', () => {
    const files: AgreementFile[] = [
      { name: 'broken.pdf', outcome: { ok: false, code: 'corrupt', message: 'damaged' }, reference: reference(words(60)) },
      { name: 'locked.pdf', outcome: { ok: false, code: 'encrypted', message: 'password' }, reference: reference(words(60)) },
      { name: 'short.pdf', outcome: { ok: false, code: 'corrupt', message: 'damaged' }, reference: reference(words(49)) }
    ];
    const agreement = judgeAgreement('PDF', 'pdftotext', files, new Map());
    expect(agreement.checked).toBe(2);
    expect(agreement.refused.map((f) => f.name)).toEqual(['locked.pdf']);
    expect(agreementFailures(agreement)).toEqual([expect.stringContaining('broken.pdf must import')]);
  });

  it('fails a file below 95 % of the reference words unless the allow-list gives a reason', () => {
    const text = `${words(94)} ${words(6, 'gone')}`;
    const files: AgreementFile[] = [
      { name: 'a.pdf', outcome: stored(words(94)), reference: reference(text) },
      { name: 'b.pdf', outcome: stored(words(94)), reference: reference(text) },
      { name: 'c.pdf', outcome: stored(`${words(95)} gone`), reference: reference(`${words(95)} ${words(5, 'gone')}`) }
    ];
    const agreement = judgeAgreement('PDF', 'pdftotext', files, new Map([['b.pdf', 'annotations']]));
    expect(agreement.below.map((f) => [f.name, f.allowed])).toEqual([
      ['a.pdf', undefined],
      ['b.pdf', 'annotations']
    ]);
    expect(agreementFailures(agreement)).toEqual(["a.pdf covers 94.0 % of pdftotext's words (needs 95 %)"]);
  });
});
