import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveImportPath } from './importPath';

describe('resolveImportPath', () => {
  it('reads ~ and ~/… as the home folder', () => {
    expect(resolveImportPath('~', '/home/ana')).toBe('/home/ana');
    expect(resolveImportPath('~/Research/Daraa coverage', '/home/ana')).toBe('/home/ana/Research/Daraa coverage');
    expect(resolveImportPath('~/news/../old', '/home/ana')).toBe('/home/ana/old');
  });
  it('leaves other paths to path.resolve: absolute as they are, a name that only starts with ~ relative', () => {
    expect(resolveImportPath('/tmp/news', '/home/ana')).toBe('/tmp/news');
    expect(resolveImportPath('~backup/x', '/home/ana')).toBe(path.resolve('~backup/x'));
    expect(resolveImportPath('news', '/home/ana')).toBe(path.resolve('news'));
  });
});
