import { describe, expect, it } from 'vitest';
import { anchor, anchorAll } from './anchor';
import { describeRange } from './selectors';

const ARTICLE = [
  'Syrian rebels said on Wednesday that talks with Russia over the south had collapsed.',
  'The rebels had been asked to surrender their heavy weapons in exchange for a halt to the offensive.',
  'A spokesman said the talks had not produced any results because Moscow insisted on a handover in one go.',
  'Residents gathered in front of United Nations offices to protest against global inaction.'
].join('\n\n');

/** The anchor of `phrase` (its first occurrence) in the article. */
function highlight(phrase: string, text = ARTICLE) {
  const at = text.indexOf(phrase);
  if (at < 0) throw new Error(`not in the text: ${phrase}`);
  return describeRange(text, at, at + phrase.length);
}

/** What a result covers in `text`, or null for an orphan. */
function covered(text: string, r: ReturnType<typeof anchor>): string | null {
  return r.state === 'orphan' ? null : text.slice(r.start, r.end);
}

const PHRASE = 'the talks had not produced any results';

describe('anchor', () => {
  it('places a highlight on an unchanged text where it was', () => {
    const target = highlight(PHRASE);
    expect(anchor(ARTICLE, target)).toEqual({ state: 'placed', start: target.position.start, end: target.position.end, score: 1 });
  });

  it('moves a highlight when sentences are inserted before it', () => {
    const text = `Breaking: a new paragraph at the top.\n\n${ARTICLE}`;
    const r = anchor(text, highlight(PHRASE));
    expect(r.state).toBe('moved');
    expect(covered(text, r)).toBe(PHRASE);
  });

  it('maps back through changed whitespace and quote marks to the original characters', () => {
    const original = ARTICLE.replace('produced any results', 'produced "any results"');
    const text = original.replace('"any results"', '“any  results”').replace('had not', 'had\nnot');
    const r = anchor(text, highlight('the talks had not produced "any results"', original));
    expect(r.state).toBe('moved');
    expect(covered(text, r)).toBe('the talks had\nnot produced “any  results”');
  });

  it('finds a highlight whose words were changed, says so, and covers the new wording', () => {
    const text = ARTICLE.replace('had not produced any results', 'had not yielded any result');
    const r = anchor(text, highlight(PHRASE));
    expect(r.state).toBe('changed');
    expect(covered(text, r)).toBe('the talks had not yielded any result');
  });

  it('covers the new words when the end of a highlight was reworded at greater length', () => {
    const text = ARTICLE.replace('any results because', 'any real outcome because');
    const r = anchor(text, highlight('had not produced any results'));
    expect(r.state).toBe('changed');
    expect(covered(text, r)).toBe('had not produced any real outcome');
  });

  it('makes a highlight whose sentence was deleted an orphan', () => {
    const text = ARTICLE.replace(/A spokesman said[^\n]+\n\n/, '');
    expect(anchor(text, highlight(PHRASE)).state).toBe('orphan');
  });

  it('does not move a deleted highlight to a look-alike passage elsewhere (Hypothesis’s bug)', () => {
    const text = ARTICLE.replace(/A spokesman said[^\n]+\n\n/, '').replace(
      'Residents gathered',
      'Officials said the talks had not produced any real results. Residents gathered'
    );
    expect(anchor(text, highlight(PHRASE)).state).toBe('orphan');
  });

  it('keeps a highlight in place when a look-alike of it is added elsewhere', () => {
    const text = ARTICLE.replace('Residents gathered', 'Officials said the talks had not produced any real results. Residents gathered');
    const target = highlight(PHRASE);
    expect(anchor(text, target)).toMatchObject({ state: 'placed', start: target.position.start, end: target.position.end });
  });

  it('makes a highlight an orphan when it now occurs twice and nothing tells the copies apart', () => {
    const filler = 'Words that have nothing to do with it fill this paragraph. '.repeat(20);
    const original = `${filler}\n\nFirst note.\n\nThe minister said no.\n\nLast note.\n\n${filler}`;
    const text = `${filler}\n\nA note.\n\nThe minister said no.\n\nA note.\n\nThe minister said no.\n\nA note.\n\n${filler}`;
    expect(anchor(text, highlight('The minister said no.', original))).toMatchObject({ state: 'orphan', reason: 'ambiguous' });
  });

  it('honours a stricter minimum score', () => {
    const text = ARTICLE.replace('had not produced any results', 'had not yielded any result');
    expect(anchor(text, highlight(PHRASE), { minScore: 0.99 })).toMatchObject({ state: 'orphan', reason: 'below-threshold' });
  });

  it('re-anchors a 2,000-character highlight with a reworded word in its middle', () => {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Paragraph ${i} reports that the ${['council', 'army', 'envoy', 'court', 'union'][i % 5]} met on day ${i * 7 + 3} and said ${i % 3 === 0 ? 'nothing' : 'little'} about it.`);
    const original = paragraphs.join('\n\n');
    const start = original.indexOf('Paragraph 3 ');
    const target = describeRange(original, start, start + 2000);
    const text = original.replace('met on day 80 ', 'gathered on day 80 ');
    const r = anchor(text, target);
    expect(r.state).toBe('changed');
    if (r.state === 'orphan') return;
    expect(r.start).toBe(start);
    expect(Math.abs(r.end - (start + 2000 + 'gathered'.length - 'met'.length))).toBeLessThanOrEqual(1);
  });

  it('makes an empty highlight an orphan and survives positions past a shortened text', () => {
    const empty = describeRange(ARTICLE, 10, 10);
    expect(anchor('changed', empty)).toMatchObject({ state: 'orphan', reason: 'not-found' });
    const target = highlight('global inaction');
    expect(anchor(ARTICLE.slice(0, 100), target).state).toBe('orphan');
    // A stored row with broken offsets is still found by its quote.
    const broken = { ...target, position: { ...target.position, start: Number.NaN, end: -5 } };
    const r = anchor(ARTICLE, broken);
    expect(covered(ARTICLE, r)).toBe('global inaction');
    expect(r.state === 'moved' && r.score >= 0.8 && r.score <= 1).toBe(true);
  });

  it('anchors many highlights of one text at once, each as anchor() would', () => {
    const text = `New lead paragraph.\n\n${ARTICLE}`;
    const targets = [highlight(PHRASE), highlight('heavy weapons'), highlight('global inaction')];
    expect(anchorAll(text, targets)).toEqual(targets.map((t) => anchor(text, t)));
  });
});
