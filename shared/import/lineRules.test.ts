import { describe, expect, it } from 'vitest';
import { lineVerdict } from './lineRules';

/**
 * lineVerdict tests the rules anchored at a line's start all at once before it tries them one by
 * one: each rule must still take its lines, in any case where it is case-insensitive, and only
 * those (the cleanup tests cover the rules in context).
 */
describe('lineVerdict', () => {
  const boilerplate: Array<[string, string]> = [
    ['Follow us on Twitter: @The_NewArab', 'social'],
    ['FIND US ON FACEBOOK', 'social'],
    ['Share this:', 'social'],
    ['whatsapp', 'social'],
    ['Click here to subscribe to our newsletter', 'social'],
    ['Get our daily newsletter', 'social'],
    ['Read more:', 'related'],
    ['Related Articles', 'related'],
    ['Read also: Rebels reject terms', 'related'],
    ['Advertisement - scroll to continue', 'ad'],
    ['Story continues below advertisement', 'ad'],
    ['Leave a Reply Cancel reply', 'comments'],
    ['12 comments', 'comments'],
    ['Please enter your name here', 'comments'],
    ['Email *', 'comments'],
    ['Back to top button', 'navigation'],
    ['Tags: Syria, Russia', 'navigation'],
    ['2 min read', 'reading-time'],
    ['Reading time: 4 minutes', 'reading-time'],
    ['(Machine translation)', 'translation-notice'],
    ['This article was automatically translated from Arabic.', 'translation-notice'],
    ['Translated by Google', 'translation-notice'],
    ['TOPSHOT - Syrian children pose in a shell hole', 'caption'],
    ['Syrian children pose in a shell hole / AFP / Youssef KARWASHAN', 'caption'],
    ['Photo credit: AFP', 'caption'],
    ['Rebels in Daraa (Photo: Getty)', 'caption'],
    ['Rebels in Daraa (AFP Photo / STR)', 'caption']
  ];
  for (const [line, reason] of boilerplate) {
    it(`sets aside ${JSON.stringify(line)} as ${reason}`, () => {
      expect(lineVerdict(line)?.reason).toBe(reason);
    });
  }

  it('keeps reporting, and lines a rule only looks like', () => {
    for (const line of [
      'The rebels said in a tweet that talks had failed.',
      'Follow-up talks were set for Friday, the command said on Twitter.',
      // TOPSHOT is a case-sensitive rule: the lower-case word is not the agency's caption tag.
      'topshot - a word in a sentence',
      'Share prices rose 2 pct on the news of the merger, analysts said in a note to clients.',
      'SALVADOR, Feb 26 - Showers continued throughout the week in',
      ''
    ]) {
      expect(lineVerdict(line), line).toBeUndefined();
    }
  });

  it('opens a list of links under a heading', () => {
    expect(lineVerdict('You may also like')).toEqual({ reason: 'related', opensList: true });
  });
});
