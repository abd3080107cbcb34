#!/usr/bin/env node
/**
 * Rewrites relative imports that climb into shared/ (`../../../shared/contract/channels`) as the
 * `@shared/*` alias (`@shared/contract/channels`), in the TypeScript files under the folders
 * given. The alias is declared in tsconfig.base.json (paths), electron.vite.config.ts (all three
 * builds), vitest.config.ts and the root tsconfig.json (tsx and Playwright read it).
 *
 *   node scripts/dev/aliasImports.mjs renderer e2e          # rewrite
 *   node scripts/dev/aliasImports.mjs --check electron      # list what would change, exit 1 if any
 *
 * It parses each file with the TypeScript compiler (no regular expressions over source), so only
 * module specifiers change: `import … from`, `export … from`, `import('…')`, `import type`
 * (`import('…').T`) and `vi.mock('…')`. A specifier is rewritten when it resolves into shared/
 * from outside that concern's folder: inside shared/, `shared/search/x.ts` importing
 * `../text/fold` becomes `@shared/text/fold`, while `./tokens` and `../internal/x` within one
 * top-level folder (shared/compare/…) stay relative, so a folder can still move as one.
 * Plain `.mjs` scripts are left alone: Node itself knows no alias.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '../..');
const SHARED = join(ROOT, 'shared');
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', '.git', 'test-results']);

/** Every .ts / .tsx / .mts file under `path`. */
function sourceFiles(path) {
  if (statSync(path).isFile()) return /\.(ts|tsx|mts)$/.test(path) ? [path] : [];
  return readdirSync(path).flatMap((name) => (SKIP_DIRS.has(name) ? [] : sourceFiles(join(path, name))));
}

/** shared/<this part>/…: the concern folder a path inside shared/ belongs to ('' for files at its top). */
function concernOf(path) {
  const parts = relative(SHARED, path).split(sep);
  return parts.length > 1 ? parts[0] : '';
}

/** The alias for a relative specifier written in `file`, or null when it stays as it is. */
export function aliasFor(file, specifier) {
  if (!specifier.startsWith('../') && !specifier.startsWith('./')) return null;
  const target = resolve(dirname(file), specifier);
  if (target !== SHARED && !target.startsWith(SHARED + sep)) return null;
  const inShared = file.startsWith(SHARED + sep);
  if (inShared && (!specifier.startsWith('../') || concernOf(file) === concernOf(target))) return null;
  return `@shared/${relative(SHARED, target).split(sep).join('/')}`;
}

/** The string literals naming modules in a parsed file. */
function moduleSpecifiers(sourceFile) {
  const found = [];
  const visit = (node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push(node.argument.literal);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isViMock = ts.isPropertyAccessExpression(callee) && callee.expression.getText(sourceFile) === 'vi' && ['mock', 'doMock', 'importActual'].includes(callee.name.text);
      if (isDynamicImport || isViMock) found.push(node.arguments[0]);
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** The file's text with its shared/ specifiers aliased, and how many changed. */
export function rewrite(file, text) {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const edits = [];
  for (const literal of moduleSpecifiers(sourceFile)) {
    const alias = aliasFor(file, literal.text);
    if (alias) edits.push({ start: literal.getStart(sourceFile) + 1, end: literal.getEnd() - 1, alias });
  }
  let out = text;
  for (const { start, end, alias } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + alias + out.slice(end);
  return { text: out, changed: edits.length };
}

function main(argv) {
  const check = argv.includes('--check');
  const folders = argv.filter((a) => a !== '--check');
  if (folders.length === 0) {
    console.error('Name the folders to rewrite, e.g. node scripts/dev/aliasImports.mjs renderer e2e');
    return 2;
  }
  let files = 0;
  let specifiers = 0;
  for (const folder of folders) {
    for (const file of sourceFiles(resolve(ROOT, folder))) {
      const before = readFileSync(file, 'utf8');
      const { text, changed } = rewrite(file, before);
      if (changed === 0) continue;
      files++;
      specifiers += changed;
      if (check) console.log(`${relative(ROOT, file)}: ${changed}`);
      else writeFileSync(file, text);
    }
  }
  console.log(`${check ? 'Would rewrite' : 'Rewrote'} ${specifiers} imports in ${files} files.`);
  return check && files > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exitCode = main(process.argv.slice(2));
