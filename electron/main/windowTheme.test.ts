import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '@shared/contract/names';
import { writesLibrary } from '@shared/contract/writes';
import { readWindowTheme, saveWindowTheme, windowBackground, windowThemeFile } from './windowTheme';

// The desktop window's theme (Settings → Appearance) as the main process keeps it between starts.
// Electron cannot run here: index.ts hands readWindowTheme's answer to nativeTheme.themeSource
// before the window is made, and the window:setTheme capability saves what the page chose
// (startEngineWorker.test follows a choice through the engine's thread to the host).

const folders: string[] = [];
afterEach(() => {
  for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function userData(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-theme-'));
  folders.push(dir);
  return dir;
}

describe('the window theme kept for the next start', () => {
  it('is what the page chose last, read back at the next start', () => {
    const file = windowThemeFile(userData());
    saveWindowTheme(file, 'dark');
    expect(readWindowTheme(file)).toBe('dark');
    saveWindowTheme(file, 'light');
    expect(readWindowTheme(file)).toBe('light');
    saveWindowTheme(file, 'system');
    expect(readWindowTheme(file)).toBe('system');
    // Replaced by a rename: no temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual([path.basename(file)]);
  });

  it('makes a missing user data folder (a first start)', () => {
    const file = windowThemeFile(path.join(userData(), 'Crosscheck'));
    saveWindowTheme(file, 'dark');
    expect(readWindowTheme(file)).toBe('dark');
  });

  it('follows the computer when nothing usable was saved: no file, junk, another value, a folder', () => {
    const dir = userData();
    const file = windowThemeFile(dir);
    expect(readWindowTheme(file)).toBe('system');
    for (const content of ['', '{', 'null', '"dark"', '{"theme":"sepia"}', '{"theme":["dark"]}', '\u0000\u0001']) {
      fs.writeFileSync(file, content);
      expect(readWindowTheme(file)).toBe('system');
    }
    fs.rmSync(file);
    fs.mkdirSync(file);
    expect(readWindowTheme(file)).toBe('system');
  });

  it('leaves no temporary file beside it when the choice cannot be saved (a full disk; here a folder in its place)', () => {
    const dir = userData();
    const file = windowThemeFile(dir);
    fs.mkdirSync(file);
    expect(() => saveWindowTheme(file, 'dark')).toThrow();
    expect(fs.readdirSync(dir)).toEqual([path.basename(file)]);
  });

  it('paints the window with the page’s own background in either theme (theme.css --bg), so it never flashes the other colour', () => {
    const css = fs.readFileSync(path.resolve(import.meta.dirname, '../../renderer/src/app/theme.css'), 'utf8');
    const bgIn = (block: string) => /--bg:\s*(#[0-9a-f]{6})\s*;/i.exec(block)?.[1]?.toLowerCase();
    const dark = css.slice(css.indexOf('@container style(--scheme: dark)'));
    expect(bgIn(css)).toBeDefined();
    expect(windowBackground(false)).toBe(bgIn(css));
    expect(windowBackground(true)).toBe(bgIn(dark));
    expect(windowBackground(true)).not.toBe(windowBackground(false));
  });
});

describe('window:setTheme in the contract', () => {
  it('is on the preload’s allow-list and writes nothing in the library (other tabs fetch nothing; a read-only library serves it)', () => {
    expect(CHANNEL_NAMES).toContain('window:setTheme');
    expect(writesLibrary('window:setTheme', { theme: 'dark' })).toBe(false);
  });
});
