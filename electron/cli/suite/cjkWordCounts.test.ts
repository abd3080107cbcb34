import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Workspace, makeWorkspace } from './crosscheck';

// Chinese puts no spaces between words: a text counted by spaces is a handful of "words", and a
// first line of one unbroken run is "one word", too few for a title. Counted as ICU reads the
// words (shared/text/unspaced.ts), as the library list shows them (docs/import.md, word counts).

const HEADLINE = '北京市政府宣布延长地铁运营时间';
const BODY = [
  '北京市政府周一宣布，从下个月起将延长地铁的运营时间，并增加夜间公交线路。',
  '市民对这项政策普遍表示欢迎。交通部门负责人说，新的时刻表将在本周末公布。',
  '据介绍，地铁末班车的发车时间将推迟一个小时，部分线路在周末将通宵运营。'
].join('\n\n');
const ENGLISH = 'Rebels say talks with Russia have failed\n\nThe rebels said on Wednesday that the talks had failed, and the strikes resumed.';

interface Item {
  title: string;
  wordCount: number;
}
let ws: Workspace;
let items: Item[];

beforeAll(async () => {
  ws = makeWorkspace();
  ws.write('in/beijing.txt', `${HEADLINE}\n\n${BODY}\n`);
  ws.write('in/rebels.txt', `${ENGLISH}\n`);
  expect((await ws.run('import', `${ws.dir}/in`)).code).toBe(0);
  items = (JSON.parse((await ws.run('list', '--json')).stdout) as { items: Item[] }).items;
});
afterAll(() => ws.remove());

describe('crosscheck import, Chinese word counts and titles', () => {
  it('takes an unbroken Chinese first line as the title', () => {
    expect(items.map((i) => i.title).sort()).toEqual([HEADLINE, 'Rebels say talks with Russia have failed'].sort());
  });

  it('counts the words of Chinese text as ICU reads them, not its spaces', () => {
    const chinese = items.find((i) => i.title === HEADLINE)!;
    // Before: one word per run between punctuation (about a dozen). ICU reads each clause as
    // several words: at least one per two characters of Han is far above a dozen.
    expect(chinese.wordCount).toBeGreaterThan(40);
    expect(chinese.wordCount).toBeLessThan(BODY.replace(/[\s，。]/g, '').length);
  });

  it('counts English text as before', () => {
    expect(items.find((i) => i.title.startsWith('Rebels'))!.wordCount).toBe(21); // the headline is in the text: 7 + 14
  });
});
