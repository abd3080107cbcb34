import { describe, expect, it } from 'vitest';
import type { ImportProblem } from '../contract/schemas';
import { kindsCounted, reportSections } from './reportSections';
import { STILL_UNREADABLE } from './stillUnreadable';

function line(path: string, kind: ImportProblem['kind'], code: string, asBefore = false): ImportProblem {
  return { path, kind, code, message: `${code} of ${path}`, articleId: null, ...(asBefore ? { asBefore: true as const } : {}) };
}

describe('reportSections', () => {
  // Review 15, finding 10: a re-import's report in file order put a skipped .jpg and 11 old
  // duplicates above the one changed highlight, and listed every unchanged file.
  const reimport: ImportProblem[] = [
    line('/m/a.txt', 'unchanged', 'unchanged'),
    line('/m/253.txt', 'duplicate', 'duplicate', true),
    line('/m/scan.jpg', 'skipped', 'unsupported', true),
    line('/m/b.txt', 'unchanged', 'unchanged'),
    line('/m/003.txt', 'warning', 'updated'),
    line('/m/x.html', 'warning', 'encoding-guessed', true),
    line('/m/new.html', 'warning', 'encoding-guessed'),
    line('/m/copy.txt', 'duplicate', 'duplicate'),
    line('/m/scan.pdf', 'skipped', STILL_UNREADABLE),
    line('/m/empty.txt', 'failed', 'empty'),
    line('/m/photo.png', 'skipped', 'unsupported')
  ];

  it('puts what needs attention first and what is as it was last, folded', () => {
    const sections = reportSections(reimport);
    expect(sections.map((s) => [s.key, s.folded])).toEqual([
      ['updated', false],
      ['failed', false],
      ['warning', false],
      ['duplicate', false],
      ['skipped', false],
      ['as-before', true],
      [STILL_UNREADABLE, true],
      ['unchanged', true]
    ]);
  });

  it('keeps every line once, in file order within its section', () => {
    const sections = reportSections(reimport);
    expect(sections.flatMap((s) => s.problems)).toHaveLength(reimport.length);
    expect(sections.find((s) => s.key === 'as-before')!.problems.map((p) => p.path)).toEqual([
      '/m/253.txt',
      '/m/scan.jpg',
      '/m/x.html'
    ]);
    expect(sections.find((s) => s.key === 'unchanged')!.problems.map((p) => p.path)).toEqual(['/m/a.txt', '/m/b.txt']);
    // A new encoding warning is news; the same one said before is not.
    expect(sections.find((s) => s.key === 'warning')!.problems.map((p) => p.path)).toEqual(['/m/new.html']);
  });

  it('never folds an updated article or a failure, even when marked as before', () => {
    const sections = reportSections([line('/m/u.txt', 'warning', 'updated', true), line('/m/f.txt', 'failed', 'empty', true)]);
    // Only duplicates, warnings and skips are ever marked; the model still shows the rest.
    expect(sections.map((s) => s.key)).toEqual(['updated', 'as-before']);
  });

  it('leaves out empty sections', () => {
    expect(reportSections([])).toEqual([]);
    expect(reportSections([line('/m/a.txt', 'unchanged', 'unchanged')]).map((s) => s.key)).toEqual(['unchanged']);
  });
});

describe('kindsCounted', () => {
  it('counts a folded section by kind, in words', () => {
    const old = [
      ...Array.from({ length: 11 }, (_, i) => line(`/m/d${i}.html`, 'duplicate', 'duplicate', true)),
      line('/m/scan.jpg', 'skipped', 'unsupported', true),
      line('/m/x.html', 'warning', 'encoding-guessed', true),
      line('/m/y.html', 'warning', 'encoding-guessed', true)
    ];
    expect(kindsCounted(old)).toBe('11 duplicates, 2 warnings, 1 skipped');
    expect(kindsCounted([line('/m/z.html', 'warning', 'encoding-guessed', true)])).toBe('1 warning');
  });
});
