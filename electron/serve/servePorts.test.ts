import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempFolder } from '../library/testing/tempLibrary';
import { rememberPort, rememberedPort, servePortsFile } from './servePorts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function home(): string {
  const dir = makeTempFolder({});
  dirs.push(dir);
  return dir;
}

describe('the port each library was last served on', () => {
  it('is kept per library, and a relative path names the same library as its absolute one', () => {
    const file = servePortsFile(home());
    expect(rememberedPort(file, '/data/a.sqlite')).toBeUndefined();
    rememberPort(file, '/data/a.sqlite', 41871);
    rememberPort(file, '/data/b.sqlite', 41872);
    expect(rememberedPort(file, '/data/a.sqlite')).toBe(41871);
    expect(rememberedPort(file, '/data/b.sqlite')).toBe(41872);
    rememberPort(file, 'lib.sqlite', 41873);
    expect(rememberedPort(file, path.resolve('lib.sqlite'))).toBe(41873);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['serve-ports.json']);
  });

  it('reads junk, a folder or an out-of-range port as none, and writing over junk works', () => {
    const dir = home();
    const file = servePortsFile(dir);
    for (const junk of ['', 'nul', '[41871]', '{"/a.sqlite": "41871"}', '{"/a.sqlite": 70000}', '{"/a.sqlite": 1.5}']) {
      fs.writeFileSync(file, junk);
      expect(rememberedPort(file, '/a.sqlite')).toBeUndefined();
    }
    rememberPort(file, '/a.sqlite', 41871);
    expect(rememberedPort(file, '/a.sqlite')).toBe(41871);
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(rememberedPort(file, '/a.sqlite')).toBeUndefined();
    rememberPort(file, '/a.sqlite', 41871);
    expect(fs.readdirSync(dir)).toEqual(['serve-ports.json']);
  });
});
