#!/usr/bin/env node
// `npm start`: builds Crosscheck and opens its window. `npm run dev` does the same with the Vite
// dev server and hot reload. Where Electron cannot be downloaded, says so in one line.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveElectronBinary } from './electronBinary.mjs';
import { ensureElectronNative } from './electron-native.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');

const electron = resolveElectronBinary();
if (!electron.ok) {
  process.stderr.write(
    "Crosscheck cannot start: the Electron runtime is not installed and could not be downloaded (no access to Electron's download server). " +
      'Connect to the internet and run `npm start` again, or use `npm run serve` to open Crosscheck in a browser.\n'
  );
  process.exit(1);
}

const native = ensureElectronNative(root);
if (!native.ok) {
  process.stderr.write(`Crosscheck cannot start: ${native.reason}\n`);
  process.exit(1);
}

const viteBin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
if (dev) {
  const child = spawn(process.execPath, [viteBin, 'dev'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
} else {
  const build = spawnSync(process.execPath, [viteBin, 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const child = spawn(electron.path, ['.'], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}
