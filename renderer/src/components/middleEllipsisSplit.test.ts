import { describe, expect, it } from 'vitest';
import { splitForEllipsis } from './middleEllipsisSplit';

describe('splitForEllipsis', () => {
  it('keeps a POSIX path’s file name whole and cuts before it', () => {
    expect(splitForEllipsis('/work/main/seeds/000_bd7bce52c9837f88.txt')).toEqual({
      head: '/work/main/seeds/',
      tail: '000_bd7bce52c9837f88.txt'
    });
  });

  it('splits a Windows path at its last backslash', () => {
    expect(splitForEllipsis('C:\\Users\\ana\\Daraa coverage\\report.docx')).toEqual({
      head: 'C:\\Users\\ana\\Daraa coverage\\',
      tail: 'report.docx'
    });
  });

  it('keeps a folder’s trailing separator with its name', () => {
    expect(splitForEllipsis('/srv/imports/Дараа reports 2018/')).toEqual({ head: '/srv/imports/', tail: 'Дараа reports 2018/' });
  });

  it('keeps the last 16 characters of a text with no separator', () => {
    expect(splitForEllipsis('a-very-long-name-without-any-separator.txt')).toEqual({
      head: 'a-very-long-name-without-a',
      tail: 'ny-separator.txt'
    });
  });

  it('leaves a short bare name whole in the tail', () => {
    expect(splitForEllipsis('notes.txt')).toEqual({ head: '', tail: 'notes.txt' });
  });
});
