#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .cache/electron-native/<electron version>/,
// leaving node_modules' copy (built for plain Node) untouched. The main process loads this copy
// through better-sqlite3's `nativeBinding` option, so `npm test`, the CLI and browser mode
// (plain Node) and `npm start` (Electron) all work from one clone with no manual rebuild.
import { cpSync, existsSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * @param {string} root the repository folder
 * @returns {{ ok: true, file: string } | { ok: false, reason: string }}
 */
export function ensureElectronNative(root) {
  const require = createRequire(join(root, 'package.json'));
  const electronVersion = require('electron/package.json').version;
  const target = join(root, '.cache', 'electron-native', electronVersion, 'better_sqlite3.node');
  if (existsSync(target)) return { ok: true, file: target };

  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = join(root, '.cache', 'electron-native', `build-${electronVersion}`);
  rmSync(work, { recursive: true, force: true });
  cpSync(source, work, { recursive: true, filter: (p) => !p.includes(`${join(source, 'build')}`) });
  // NB: an npm `nodedir` setting would make node-gyp build against Node's headers, not Electron's.
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (key.toLowerCase() === 'npm_config_nodedir') delete env[key];
  const args = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];

  process.stderr.write(`Crosscheck: preparing the database engine for Electron ${electronVersion}…\n`);
  const prebuilt = require.resolve('prebuild-install/bin.js', { paths: [source] });
  let result = spawnSync(process.execPath, [prebuilt, ...args], { cwd: work, env, stdio: 'pipe', encoding: 'utf8' });
  if (result.status !== 0) {
    // No prebuilt binary for this platform: compile from source against Electron's headers.
    result = spawnSync('npx', ['--yes', 'node-gyp', 'rebuild', '--release', ...args, '--dist-url=https://electronjs.org/headers'], {
      cwd: work,
      env,
      stdio: 'pipe',
      encoding: 'utf8',
      shell: process.platform === 'win32'
    });
  }
  const built = join(work, 'build', 'Release', 'better_sqlite3.node');
  if (result.status !== 0 || !existsSync(built)) {
    const detail = (result.stderr || result.stdout || '').trim().split('\n').slice(-1)[0] ?? '';
    return { ok: false, reason: `could not build better-sqlite3 for Electron ${electronVersion} (${detail}).` };
  }
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(built, target);
  rmSync(work, { recursive: true, force: true });
  return { ok: true, file: target };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = ensureElectronNative(join(dirname(fileURLToPath(import.meta.url)), '..'));
  if (!result.ok) {
    process.stderr.write(`${result.reason}\n`);
    process.exit(1);
  }
  process.stdout.write(`${result.file}\n`);
}
