import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** A relative climb into shared/ (`../../../shared/x`): code outside shared/ writes `@shared/x` (scripts/dev/aliasImports.mjs rewrites them). */
const RELATIVE_SHARED = { regex: '^(\\.\\./)+shared(/|$)', message: 'Import shared/ as @shared/… (tsconfig.base.json paths).' };

const NODE_ONLY = ['node:*', 'fs', 'path', 'os', 'child_process', 'better-sqlite3', 'electron', 'jsdom', 'mammoth', 'pdfjs-dist', 'yauzl', 'iconv-lite'];

/**
 * Flat config. Beyond the recommended rules, it enforces the layering by runtime (VS Code's
 * rule): shared/ and renderer/ never reach Node, Electron or the database; the engine
 * (electron/library, cli, serve) never imports Electron; shared/ never imports React.
 */
export default tseslint.config(
  // NB: electron-vite bundles its config to electron.vite.config.<Date.now()>.mjs beside it and
  // deletes it once loaded; `npm test` lints while the build runs, and a lint that listed that
  // file and then found it gone failed with exit code 2 (CI at 1718402).
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      '.cache/**',
      'playwright-report/**',
      'electron.vite.config.*.mjs'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // Plain-JS build, start and test scripts run on Node.
    files: ['**/*.{mjs,cjs}'],
    languageOptions: { globals: globals.node }
  },
  {
    // Playwright scripts: their page.evaluate callbacks run in the page.
    files: ['e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } }
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_ONLY.map((group) => ({ group: [group], message: 'renderer/ runs in the sandboxed page: talk to the engine through lib/api.ts.' })),
            RELATIVE_SHARED
          ]
        }
      ]
    }
  },
  {
    files: ['e2e/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [RELATIVE_SHARED] }] }
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...NODE_ONLY.map((group) => ({ group: [group], message: 'shared/ must run in the browser and in workers too.' })),
            { group: ['react', 'react-dom'], message: 'shared/ holds no UI code.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is the lowest layer.' }
          ]
        }
      ]
    }
  },
  {
    files: ['electron/library/**/*.ts', 'electron/cli/**/*.ts', 'electron/serve/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The engine runs on plain Node; only electron/main and electron/preload import Electron.' }],
          patterns: [RELATIVE_SHARED]
        }
      ]
    }
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [RELATIVE_SHARED] }] }
  }
);
