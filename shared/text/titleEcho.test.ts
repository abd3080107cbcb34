import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../import/cleanup';
import { extractTextMetadata } from '../import/metadata';
import { titleEcho } from './titleEcho';

function seed(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../seeds/${name}`, import.meta.url)), 'utf8');
}

describe('titleEcho', () => {
  it("finds seed 000's headline opening the body it was taken from, so the reader shows it once", () => {
    const text = seed('000_bd7bce52c9837f88.txt');
    const body = cleanArticle(text).clean;
    const title = extractTextMetadata(text).title!;
    expect(title).toBe('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
    const echo = titleEcho(title, body);
    expect(echo && body.slice(echo.start, echo.end)).toBe('Russia strikes Daraa after failure of ceasefire talks with Syria rebels');
    expect(body.slice(echo!.end).trimStart().startsWith('The talks broke down')).toBe(true);
  });

  it('ignores case, white space and punctuation', () => {
    expect(titleEcho('Syria talks fail', '  SYRIA  talks — fail.\n\nThe talks broke down.')).toEqual({ start: 2, end: 22 });
  });

  it('leaves a first paragraph that says more than the title, and a body that is only its title', () => {
    expect(titleEcho('Syria talks fail', 'Syria talks fail in Geneva\n\nThe talks broke down.')).toBeNull();
    expect(titleEcho('Syria talks fail', 'Syria talks fail\n\n')).toBeNull();
    expect(titleEcho('', '\n\nThe talks broke down.')).toBeNull();
  });
});
