import { _electron as electron, expect, test } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Where Electron's binary would be; it is downloaded on first run, which may be impossible here. */
function electronBinary(): string | undefined {
  const pathFile = path.join(ROOT, 'node_modules', 'electron', 'path.txt');
  if (!fs.existsSync(pathFile)) return undefined;
  const binary = path.join(ROOT, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8'));
  return fs.existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();
const nativeBinding = fs.existsSync(path.join(ROOT, '.cache', 'electron-native'));
const skipReason = !binary
  ? 'Electron binary not present (it is downloaded on first `npm start`, which needs internet access to Electron\'s download server)'
  : !nativeBinding
    ? 'better-sqlite3 has not been built for Electron yet (run `npm start` once)'
    : '';
if (skipReason) console.log(`[electron spec skipped] ${skipReason}`);

test.describe('desktop window', () => {
  test.skip(Boolean(skipReason), skipReason);

  test('opens with the sample articles, sandboxed, and searches', async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), 'crosscheck-electron-'));
    const app = await electron.launch({
      executablePath: binary,
      args: [ROOT],
      env: { ...process.env, CROSSCHECK_HOME: home }
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByTestId('library-row')).toHaveCount(5);
      // The page has no Node: no require, no process.
      expect(await window.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
      expect(await window.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
      expect(window.url()).toMatch(/^app:\/\/crosscheck\//);
      await window.keyboard.press('Control+K');
      await window.getByTestId('search-input').fill('Busra');
      await expect(window.getByTestId('search-hit')).toHaveCount(5);
    } finally {
      await app.close();
      fs.rmSync(home, { recursive: true, force: true });
    }
  });
});
