import { describe, expect, it } from 'vitest';
import { splitSentences } from '@shared/text/sentences';
import { tokenize } from '@shared/text/tokens';
import { alignWords } from './words';

const norms = (text: string): string[] => alignWords(text).map((w) => w.norm);

describe('alignWords', () => {
  it('reads ordinary text exactly as the shared tokenizer does', () => {
    const text = 'In Deraa, “1,400” fled; Ghariyah ash Sharqīyah’s U.S. envoy said 3.5 percent.';
    expect(alignWords(text)).toEqual(tokenize(text));
  });

  it('drops HTML entities, intact or mangled by a translator', () => {
    expect(norms('& nbsp; Final Answer & # 39; and &amp; more&nbsp;here')).toEqual(['final', 'answer', 'and', 'more', 'here']);
  });

  it('keeps words joined by an apostrophe written as an entity', () => {
    const text = 'Assad&#39;s forces, Moscow& # 39;s terms';
    expect(norms(text)).toEqual(["assad's", 'forces', "moscow's", 'terms']);
    expect(alignWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['Assad&#39;s', 'forces', 'Moscow& # 39;s', 'terms']);
  });

  it('keeps "Smith & Wesson;" as words: only known entity names are debris', () => {
    expect(norms('Smith & Wesson; rifles')).toEqual(['smith', 'wesson', 'rifles']);
  });

  it('splits hyphenated words so al-Sham and al Sham read alike', () => {
    expect(norms('Busra al-Sham')).toEqual(norms('Busra al Sham'));
    const text = 'pre-2011 positions';
    expect(alignWords(text).map((w) => text.slice(w.start, w.end))).toEqual(['pre', '2011', 'positions']);
  });

  it('splits two sentences joined by a full stop without a space, but not initials or decimals', () => {
    expect(norms('a noteworthy botanist.On visits')).toEqual(['a', 'noteworthy', 'botanist', 'on', 'visits']);
    expect(norms('U.S. and 3.5')).toEqual(['u.s', 'and', '3.5']);
  });

  it('splits run-together sentences for the sentence splitter ("botanist.On")', () => {
    const text = 'a noteworthy botanist.On visits to Mexico';
    const sentences = splitSentences(text, alignWords(text)).map((s) => text.slice(s.start, s.end));
    expect(sentences).toEqual(['a noteworthy botanist.', 'On visits to Mexico']);
  });
});
