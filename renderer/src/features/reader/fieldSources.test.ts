import { describe, expect, it } from 'vitest';
import { sourceNote } from './fieldSources';

describe('sourceNote', () => {
  it('warns that a date from the file is the day it was saved', () => {
    expect(sourceNote('publishedAt', 'file')).toBe(
      "from the file's properties (the day it was saved, not necessarily published)"
    );
    expect(sourceNote('byline', 'file')).toBe("from the file's properties");
  });

  it('names each other source, and nothing when the source is not known', () => {
    expect(sourceNote('publishedAt', 'text')).toBe('found in the text');
    expect(sourceNote('language', 'detected')).toBe('detected from the text');
    expect(sourceNote('title', 'metadata')).toBe("from the file's publication details");
    expect(sourceNote('outlet', 'edited')).toBe('corrected by you');
    expect(sourceNote('url', undefined)).toBeUndefined();
  });

  it("says a URL read from the text came from the file's header line (`Source-URL: http://…`)", () => {
    expect(sourceNote('url', 'text')).toBe("from the file's header line");
    expect(sourceNote('title', 'text')).toBe('found in the text');
  });

  it('names the other copy a field was filled from, by its file name', () => {
    expect(sourceNote('outlet', 'copy', '/home/ann/news/saved/lohan-1.html')).toBe('from another copy: lohan-1.html');
    expect(sourceNote('publishedAt', 'copy', 'C:\\news\\lohan-1.html')).toBe('from another copy: lohan-1.html');
    expect(sourceNote('url', 'copy', '/news/pages.zip#site/lohan-1.html')).toBe('from another copy: lohan-1.html');
    expect(sourceNote('outlet', 'copy')).toBe('from another copy');
  });
});
