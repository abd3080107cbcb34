import { describe, expect, it } from 'vitest';
import { readAllowList, readBaselines } from './baselines';

describe("the sweeps' expectations in docs/formats.md", () => {
  it('reads every hostile-sweep baseline as a number, for each corpus the sweep runs', () => {
    const baselines = readBaselines();
    expect(new Set(baselines.map((b) => b.corpus))).toEqual(
      new Set(['hostile-html-xss', 'hostile-pdfs-pdfjs', 'hostile-docx', 'hostile-encodings'])
    );
    for (const b of baselines) expect(b.value).toBeGreaterThan(0);
  });

  it('refuses a baseline that is not a number and an allow-list entry without a reason', () => {
    const table = (name: string, row: string) =>
      `<!-- ${name} -->\n| a | b | c | d |\n| - | - | - | - |\n${row}\n<!-- /${name} -->`;
    expect(() => readBaselines(table('hostile-baselines', '| hostile-docx | imported | many | 0 |'))).toThrow(
      /unreadable baseline/
    );
    expect(() => readAllowList(table('agreement-allow', '| hostile-docx | a.docx | |'))).toThrow(/gives no reason/);
    expect(readAllowList(table('agreement-allow', '| hostile-docx | `a.docx` | footnotes |'))).toEqual(
      new Map([['hostile-docx/a.docx', 'footnotes']])
    );
  });
});
