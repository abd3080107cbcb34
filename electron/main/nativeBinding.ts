import fs from 'node:fs';
import path from 'node:path';

/**
 * The better-sqlite3 addon for Electron's ABI when running from a clone. `npm start` builds it
 * into `.cache/electron-native/<electron version>/` (scripts/electron-native.mjs) and leaves
 * node_modules' own copy — built for plain Node — alone, so `npm test`, the CLI and browser mode
 * keep working after `npm start`. A packaged app has its node_modules rebuilt for Electron by
 * electron-builder, so it needs no override.
 */
export function electronNativeBinding(repoRoot: string, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined;
  const file = path.join(repoRoot, '.cache', 'electron-native', process.versions.electron ?? 'unknown', 'better_sqlite3.node');
  return fs.existsSync(file) ? file : undefined;
}
