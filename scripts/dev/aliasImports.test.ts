import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewrite } from './aliasImports.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const at = (path: string) => resolve(ROOT, path);

describe('aliasImports', () => {
  it('aliases every kind of module specifier climbing into shared/, and nothing else', () => {
    const source = [
      "import type { Channel } from '../../../../shared/contract/channels';",
      "import { fold } from '../../../../shared/text/fold';",
      "export { passageKey } from '../../../../shared/contract/annotationSchemas';",
      "import { call } from '../../lib/api';",
      "import react from 'react';",
      "type T = import('../../../../shared/contract/schemas').Article;",
      "const lazy = () => import('../../../../shared/export/renderHtml');",
      "vi.mock('../../../../shared/csp');",
      "// A comment naming '../../../../shared/contract/channels' stays as written.",
      "const text = '../../../../shared/contract/channels';"
    ].join('\n');
    const { text, changed } = rewrite(at('renderer/src/features/reader/x.tsx'), source);
    expect(changed).toBe(6);
    expect(text.split('\n')).toEqual([
      "import type { Channel } from '@shared/contract/channels';",
      "import { fold } from '@shared/text/fold';",
      "export { passageKey } from '@shared/contract/annotationSchemas';",
      "import { call } from '../../lib/api';",
      "import react from 'react';",
      "type T = import('@shared/contract/schemas').Article;",
      "const lazy = () => import('@shared/export/renderHtml');",
      "vi.mock('@shared/csp');",
      "// A comment naming '../../../../shared/contract/channels' stays as written.",
      "const text = '../../../../shared/contract/channels';"
    ]);
  });

  it('inside shared/, keeps imports within one concern folder relative and aliases those across folders', () => {
    const source = ["import { fold } from '../../text/fold';", "import { words } from '../internal/words';", "import { x } from './types';"].join('\n');
    const { text } = rewrite(at('shared/compare/alignment/align.ts'), source);
    expect(text.split('\n')).toEqual(["import { fold } from '@shared/text/fold';", "import { words } from '../internal/words';", "import { x } from './types';"]);
  });
});
