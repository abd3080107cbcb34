import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, channels, events } from '@shared/contract/channels';
import { EXAMPLES } from '../../scripts/docs/apiReference';

const page = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/api.md'), 'utf8');

describe('docs/api.md', () => {
  it('documents every channel and event of the contract (regenerate with npx tsx scripts/docs/apiReference.ts)', () => {
    const missing = CHANNEL_NAMES.filter((name) => !page.includes(`### \`${name}\``));
    expect(missing).toEqual([]);
    expect(Object.keys(events).filter((name) => !page.includes(`\`${name}\`:`))).toEqual([]);
  });

  it('gives each channel an example request the contract accepts', () => {
    const refused = CHANNEL_NAMES.filter((name) => !channels[name].input.safeParse(EXAMPLES[name] ?? {}).success);
    expect(refused).toEqual([]);
  });
});
