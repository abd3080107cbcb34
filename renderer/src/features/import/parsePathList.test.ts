import { describe, expect, it } from 'vitest';
import { isFullPath, parsePathList } from './parsePathList';

describe('parsePathList', () => {
  it('takes one path per line, trimmed, unquoted, without blanks or repeats', () => {
    expect(parsePathList('"C:\\News\\July"\r\n\n  /home/ana/news  \n\'/tmp/a b\'\n/home/ana/news')).toEqual([
      'C:\\News\\July',
      '/home/ana/news',
      '/tmp/a b'
    ]);
  });
  it('gives nothing for blank input', () => {
    expect(parsePathList(' \n\t\n')).toEqual([]);
  });
});

describe('isFullPath', () => {
  it('takes paths from the top: /, ~, a drive letter, a network share', () => {
    for (const p of ['/home/ana/news', '~', '~/news', '~\\news', 'C:\\News\\July', 'c:/news', '\\\\server\\share']) {
      expect(isFullPath(p), p).toBe(true);
    }
  });
  it('refuses relative paths, a ~name and a bare drive', () => {
    for (const p of ['Research/Daraa', './news', '../news', 'news.txt', '~backup/news', 'C:news']) {
      expect(isFullPath(p), p).toBe(false);
    }
  });
});
