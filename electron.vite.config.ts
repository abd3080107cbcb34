import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { readersDigest } from './electron/library/import/readersDigest';
import { metaContentSecurityPolicy } from './shared/csp';

/**
 * Three builds, one per runtime (VS Code-style layering):
 * - main: the Electron main process, plus the CLI (which also serves browser mode) — plain Node.
 * - preload: CommonJS, because sandboxed preloads cannot be ES modules.
 * - renderer: the React UI, with the strict CSP injected into index.html at build time.
 * All three (and the workers bundled with main) resolve `@shared/*` to shared/ (tsconfig.base.json).
 */
const resolveShared = { alias: { '@shared': resolve(import.meta.dirname, 'shared') } };

/**
 * The digest of the code that decides whether a file reads (readersDigest.ts), fixed into the
 * build: a failure remembered by another build is read again (readersVersion.ts). Computed here,
 * where the sources are, so no one has to remember to raise a number when a reader changes.
 */
const readersBuild = { __READERS_DIGEST__: JSON.stringify(readersDigest(import.meta.dirname).digest) };

export default defineConfig({
  main: {
    resolve: resolveShared,
    define: readersBuild,
    build: {
      // NB: zod is bundled, not loaded from node_modules: as an ES module package it is ~100 files
      // to resolve and read, 0.05–0.1 s of every command's start (crosscheck import's above all).
      externalizeDeps: { exclude: ['zod'] },
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          cli: resolve(import.meta.dirname, 'electron/cli/main.ts'),
          importWorker: resolve(import.meta.dirname, 'electron/library/import/importWorker.ts'),
          extractWorker: resolve(import.meta.dirname, 'electron/library/import/extractWorker.ts'),
          storiesWorker: resolve(import.meta.dirname, 'electron/library/stories/storiesWorker.ts'),
          engineWorker: resolve(import.meta.dirname, 'electron/library/engineWorker/engineWorker.ts')
        }
      }
    }
  },
  preload: {
    resolve: resolveShared,
    build: {
      // NB: a sandboxed preload can require only 'electron': bundle everything else into it.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: resolveShared,
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') }
    },
    plugins: [
      react(),
      {
        name: 'crosscheck-csp',
        apply: 'build',
        transformIndexHtml: (html) =>
          html.replace('<!-- CSP -->', `<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy}" />`)
      }
    ]
  }
});
