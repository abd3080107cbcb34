import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Where reading a file starts: `processFile` turns one file into prepared articles or a failure
 * (through `extractFile`, the readers in `formats/`, and `prepareArticle`). Every module it imports,
 * at any depth, decides whether a file reads.
 */
export const READER_ENTRY = 'electron/library/import/processFile.ts';

/** The modules and packages that decide whether a file reads, and the digest of them all. */
export interface ReadersDigest {
  /** Hex SHA-256 (first 16 digits) of {@link files}' text and {@link packages}' versions. */
  readonly digest: string;
  /** Source files from `root`, `/`-separated, sorted. */
  readonly files: readonly string[];
  /** `name@version` of every npm package they load and of the packages those depend on, sorted. */
  readonly packages: readonly string[];
}

// Statements that load a module at run time. `import type` / `export type` load nothing and are
// left out; `import('x')` in a type position names a package the code loads anyway.
const STATIC_FROM = /\b(?:import|export)\s+(type\s+)?[^;'"`]*?\bfrom\s*['"]([^'"]+)['"]/g;
const SIDE_EFFECT = /\bimport\s*['"]([^'"]+)['"]/g;
const CALL = /\b(?:import|require|lazyRequire(?:<[^()]*?>)?)\(\s*['"]([^'"]+)['"]\s*\)/g;

/** What `source` loads at run time, as written (relative paths, `@shared/…`, package names). */
function specifiersOf(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(STATIC_FROM)) if (!m[1]) found.push(m[2]!);
  for (const m of source.matchAll(SIDE_EFFECT)) found.push(m[1]!);
  for (const m of source.matchAll(CALL)) found.push(m[1]!);
  return found;
}

/** The source file a relative or `@shared/` specifier names, or `undefined` for a package or built-in. */
function resolveSource(root: string, fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else if (specifier.startsWith('@shared/')) base = path.join(root, 'shared', specifier.slice('@shared/'.length));
  else return undefined;
  for (const candidate of [base.replace(/\.js$/, '.ts'), `${base}.ts`, path.join(base, 'index.ts'), base]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  // NB: failing here is the point: a module the readers load but the digest missed would let a
  // reader's change go unnoticed.
  throw new Error(`readersDigest: ${path.relative(root, fromFile)} loads ${specifier}, which is not found`);
}

/** `pdfjs-dist/legacy/build/pdf.mjs` → `pdfjs-dist`; `@xmldom/xmldom` stays; `node:fs` and built-ins → `undefined`. */
function packageName(specifier: string): string | undefined {
  if (specifier.startsWith('node:')) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
  return name;
}

interface LockEntry {
  readonly version?: string;
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}

/**
 * `name@version` of each package and of everything it depends on, as package-lock.json resolves
 * them (a package nested under its dependant's node_modules first, as Node looks it up). Without a
 * lock file, the versions of the named packages as installed.
 */
function packageVersions(root: string, names: ReadonlySet<string>): string[] {
  const lockFile = path.join(root, 'package-lock.json');
  const installedVersion = (name: string): string | undefined => {
    try {
      return (JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as LockEntry).version;
    } catch {
      return undefined;
    }
  };
  if (!fs.existsSync(lockFile)) {
    // Built-ins (fs, path…) named without `node:` have no package.json and drop out here.
    return [...names].flatMap((name) => {
      const version = installedVersion(name);
      return version ? [`${name}@${version}`] : [];
    });
  }
  const lock = (JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { packages?: Record<string, LockEntry> }).packages ?? {};
  const seen = new Set<string>();
  const visit = (name: string, fromKey: string): void => {
    // node_modules/a/node_modules/b, then node_modules/b: the copy Node would load for `a`.
    let key: string | undefined;
    for (let dir = fromKey; ;) {
      const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
      if (lock[candidate]) {
        key = candidate;
        break;
      }
      if (!dir) break;
      const up = dir.lastIndexOf('/node_modules/');
      dir = up < 0 ? '' : dir.slice(0, up);
    }
    if (!key || seen.has(key)) return;
    seen.add(key);
    const entry = lock[key]!;
    for (const dependency of Object.keys({ ...entry.dependencies, ...entry.optionalDependencies })) visit(dependency, key);
  };
  for (const name of names) visit(name, '');
  return [...seen].map(
    (key) => `${key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${lock[key]!.version ?? ''}`
  );
}

/**
 * The digest of the code that decides whether a file reads: {@link READER_ENTRY} and every module
 * it loads, followed through relative and `@shared/` imports, and the versions of the npm packages
 * they load (with those packages' own dependencies). A failure remembered under another digest is
 * read again (readersVersion.ts), so a change to a reader, or an upgrade of pdf.js, needs no one to
 * remember to raise a number.
 *
 * Computed from the sources, so it runs where they are: at build time (electron.vite.config.ts
 * and vitest.config.ts pass it in as `__READERS_DIGEST__`) and under tsx.
 *
 * @param root the repository (the folder holding package.json)
 * @param entry the file to start from, relative to `root`
 * @example readersDigest(process.cwd()).digest // '3f9c0a1b7d2e4c58'
 */
export function readersDigest(root: string, entry: string = READER_ENTRY): ReadersDigest {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [path.resolve(root, entry)];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    for (const specifier of specifiersOf(fs.readFileSync(file, 'utf8'))) {
      const source = resolveSource(root, file, specifier);
      if (source) pending.push(source);
      else {
        const name = packageName(specifier);
        if (name) packages.add(name);
      }
    }
  }
  const relative = [...files].map((f) => path.relative(root, f).split(path.sep).join('/')).sort();
  const versions = packageVersions(root, packages).sort();
  const hash = createHash('sha256');
  for (const file of relative) hash.update(`${file}\0${fs.readFileSync(path.join(root, file), 'utf8')}\0`);
  for (const version of versions) hash.update(`${version}\0`);
  return { digest: hash.digest('hex').slice(0, 16), files: relative, packages: versions };
}
