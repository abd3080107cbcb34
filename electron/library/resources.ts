import fs from 'node:fs';
import path from 'node:path';

/** Where the app's bundled files are. */
export interface ResourcePaths {
  /** The sample articles. */
  readonly seedsDir: string;
  /** The built UI (index.html and assets). */
  readonly rendererDir: string;
}

/**
 * Finds the bundled files from the running code's folder: in a clone (source or `out/`) they are
 * at the repository root; in a packaged app electron-builder puts seeds/ in `resources/` and the
 * UI inside the app archive. `CROSSCHECK_SEEDS` and `CROSSCHECK_RENDERER` override either.
 */
export function findResources(fromDir: string, resourcesPath?: string): ResourcePaths {
  const root = findPackageRoot(fromDir);
  const seedsDir =
    process.env.CROSSCHECK_SEEDS ??
    (resourcesPath && fs.existsSync(path.join(resourcesPath, 'seeds')) ? path.join(resourcesPath, 'seeds') : path.join(root, 'seeds'));
  const rendererDir = process.env.CROSSCHECK_RENDERER ?? path.join(root, 'out', 'renderer');
  return { seedsDir, rendererDir };
}

/** The nearest folder upwards holding a package.json (the repo, or the packaged app's root). */
export function findPackageRoot(fromDir: string): string {
  let dir = path.resolve(fromDir);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(fromDir);
    dir = parent;
  }
}
