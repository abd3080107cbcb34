#!/usr/bin/env node
// The `crosscheck` command: runs the built CLI (out/main/cli.js, made by `npm run build`,
// which `npm install` runs through the `prepare` script).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(built)) {
  process.stderr.write('crosscheck: not built yet. Run `npm run build` in the Crosscheck folder first.\n');
  process.exit(1);
}
await import(pathToFileURL(built).href);
