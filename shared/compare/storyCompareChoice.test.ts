import { describe, expect, it } from 'vitest';
import { storyCompareChoice, storyCompareText, type StoryMember } from './storyCompareChoice';

/** A story in story order (oldest first): ids 100, 101, … with the outlets given. */
function story(outlets: ReadonlyArray<string | null>, wireAt: readonly number[] = []): StoryMember[] {
  return outlets.map((outlet, k) => ({ id: 100 + k, outlet, wireCredited: wireAt.includes(k) }));
}

describe('storyCompareChoice: which twelve of a larger story are compared', () => {
  it('takes the earliest article of each outlet, then fills up spread over the story', () => {
    // 20 articles from 5 outlets; CNN wrote the first 8, so a spread by date alone would be mostly CNN.
    const outlets = [...Array(8).fill('CNN'), 'BBC', 'cnn ', 'Reuters', 'BBC', 'AP', 'AP', ...Array(5).fill('Guardian'), 'BBC'];
    const members = story(outlets);
    const choice = storyCompareChoice(members);
    expect(choice.ids).toHaveLength(12);
    expect(new Set(choice.ids).size).toBe(12);
    expect([...choice.ids].sort((a, b) => a - b)).toEqual(choice.ids);
    // One per outlet, each outlet's earliest ('cnn ' is CNN).
    for (const outlet of ['CNN', 'BBC', 'Reuters', 'AP', 'Guardian'])
      expect(choice.ids).toContain(members.find((m) => m.outlet === outlet)!.id);
    expect(choice).toMatchObject({ total: 20, outlets: 5, perOutlet: 5, spread: 7, wireOriginal: null });
    // The rest spread: the newest is in, and no run of left-out articles is longer than two.
    expect(choice.ids.at(-1)).toBe(members.at(-1)!.id);
    const gaps = choice.ids.slice(1).map((id, k) => id - choice.ids[k]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(3);
    expect(storyCompareText(choice)).toBe(
      '12 of the 20 articles (a comparison holds 12): the earliest of each of its 5 outlets and 7 more spread from the oldest to the newest'
    );
  });

  it('keeps the wire original, the earliest wire-credited article, even when its outlet is already in', () => {
    const outlets = [
      'CNN',
      'CNN',
      'CNN',
      'BBC',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN',
      'CNN'
    ];
    const choice = storyCompareChoice(story(outlets, [2, 9]));
    expect(choice.ids).toContain(102);
    expect(choice.ids).toContain(100);
    expect(choice.ids).toContain(103);
    expect(choice).toMatchObject({ wireOriginal: 102, wireAdded: true, perOutlet: 2, spread: 9 });
    expect(storyCompareText(choice)).toBe(
      '12 of the 16 articles (a comparison holds 12): the earliest of each of its 2 outlets, the wire original (the earliest article crediting a news agency) and 9 more spread from the oldest to the newest'
    );
    // The wire original that is an outlet's earliest is counted there.
    const first = storyCompareChoice(story(outlets, [3]));
    expect(first).toMatchObject({ wireOriginal: 103, wireAdded: false, perOutlet: 2, spread: 10 });
    expect(storyCompareText(first)).toMatch(/the earliest of each of its 2 outlets \(the wire original among them\) and 10 more/);
  });

  it('with more outlets than room, keeps the wire original and spreads the outlets over the story', () => {
    const outlets = Array.from({ length: 30 }, (_, k) => `Outlet ${k}`);
    const choice = storyCompareChoice(story(outlets, [17]));
    expect(choice.ids).toHaveLength(12);
    expect(choice.ids).toContain(117);
    expect(choice.ids[0]).toBe(100);
    expect(choice.ids.at(-1)).toBe(129);
    expect(choice).toMatchObject({ outlets: 30, perOutlet: 12, spread: 0, wireOriginal: 117, wireAdded: false });
    expect(storyCompareText(choice)).toBe(
      '12 of the 30 articles (a comparison holds 12): the earliest of 12 of its 30 outlets, spread from the oldest to the newest (the wire original among them)'
    );
  });

  it('without outlets, spreads from the oldest to the newest; a story of twelve or fewer is taken whole', () => {
    const members = story(Array(16).fill(null));
    const choice = storyCompareChoice(members);
    expect(choice.ids[0]).toBe(100);
    expect(choice.ids.at(-1)).toBe(115);
    const gaps = choice.ids.slice(1).map((id, k) => id - choice.ids[k]!);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2);
    expect(storyCompareText(choice)).toBe('12 of the 16 articles (a comparison holds 12): spread from the oldest to the newest');
    expect(storyCompareChoice(members.slice(0, 12)).ids).toEqual(members.slice(0, 12).map((m) => m.id));
  });
});
