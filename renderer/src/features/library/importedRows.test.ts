import { describe, expect, it } from 'vitest';
import { importedRows } from './importedRows';

const row = (id: number, importedAt: string) => ({ id, importedAt });

describe('importedRows', () => {
  const rows = [
    row(9, '2026-12-07T23:20:00.000Z'),
    row(8, '2026-12-07T23:10:03.500Z'),
    row(7, '2026-12-07T23:10:00.000Z'),
    row(6, '2026-12-07T22:00:00.000Z')
  ];

  it('keeps the rows stamped between the run’s start and end, its ends included', () => {
    const kept = importedRows(rows, { startedAt: '2026-12-07T23:10:00.000Z', finishedAt: '2026-12-07T23:10:04.000Z' });
    expect(kept.map((r) => r.id)).toEqual([8, 7]);
  });

  it('leaves out an earlier import’s rows and a later one’s', () => {
    const kept = importedRows(rows, { startedAt: '2026-12-07T23:10:01.000Z', finishedAt: '2026-12-07T23:10:04.000Z' });
    expect(kept.map((r) => r.id)).toEqual([8]);
  });

  it('has no end for a run still going', () => {
    const kept = importedRows(rows, { startedAt: '2026-12-07T23:10:01.000Z', finishedAt: null });
    expect(kept.map((r) => r.id)).toEqual([9, 8]);
  });
});
