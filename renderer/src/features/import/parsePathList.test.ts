import { describe, expect, it } from 'vitest';
import { parsePathList } from './parsePathList';

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
