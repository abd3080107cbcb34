import { describe, expect, it } from 'vitest';
import { seededRandom } from '@shared/text/seededRandom';
import { EDIT_TYPES, applyScript, diffScript, makeEdit, mapSpan, paragraphs, pickHighlight, replaceRanges, type Donor, type Highlight } from './anchorEdits';

const OLD = 'The talks failed on Wednesday.\n\nRebels met a Russian delegation in the afternoon. They refused the terms.\n\nStrikes resumed at night.';
const span = (text: string, phrase: string) => {
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`not in the text: ${phrase}`);
  return { start, end: start + phrase.length };
};

describe('the edit-script model', () => {
  it('shifts a span past text inserted before it', () => {
    const pieces = replaceRanges(OLD.length, [{ start: 0, end: 0, text: 'Update: ' }]);
    const now = applyScript(OLD, pieces);
    const moved = mapSpan(pieces, span(OLD, 'Rebels met'));
    expect(now.slice(moved!.start, moved!.end)).toBe('Rebels met');
  });

  it('stretches a span over a word reworded inside it and over words inserted inside it', () => {
    const at = span(OLD, 'a Russian delegation');
    const pieces = replaceRanges(OLD.length, [
      { start: at.start + 2, end: at.start + 9, text: 'Moscow' },
      { start: at.start + 10, end: at.start + 10, text: 'military ' }
    ]);
    const now = applyScript(OLD, pieces);
    const moved = mapSpan(pieces, at);
    expect(now.slice(moved!.start, moved!.end)).toBe('a Moscow military delegation');
  });

  it('ends a span whose last word was reworded at the end of the new word', () => {
    const at = span(OLD, 'a Russian delegation');
    const pieces = replaceRanges(OLD.length, [{ start: at.end - 10, end: at.end, text: 'envoy team' }]);
    const moved = mapSpan(pieces, at);
    expect(applyScript(OLD, pieces).slice(moved!.start, moved!.end)).toBe('a Russian envoy team');
  });

  it('gives a deleted span no place, and a span whose first word was deleted the rest of it', () => {
    const sentence = span(OLD, 'They refused the terms.');
    const gone = replaceRanges(OLD.length, [{ start: sentence.start - 1, end: sentence.end, text: '' }]);
    expect(mapSpan(gone, sentence)).toBeNull();
    const firstWord = replaceRanges(OLD.length, [{ start: sentence.start, end: sentence.start + 5, text: '' }]);
    const rest = mapSpan(firstWord, sentence);
    expect(applyScript(OLD, firstWord).slice(rest!.start, rest!.end)).toBe('refused the terms.');
  });

  it('follows a span into a paragraph copied out of order', () => {
    const last = span(OLD, 'Strikes resumed at night.');
    const pieces = [{ copy: last }, { insert: '\n\n' }, { copy: { start: 0, end: last.start - 2 } }];
    const now = applyScript(OLD, pieces);
    expect(now.startsWith('Strikes resumed at night.\n\nThe talks failed')).toBe(true);
    const moved = mapSpan(pieces, span(OLD, 'They refused'));
    expect(now.slice(moved!.start, moved!.end)).toBe('They refused');
  });

  it('maps spans through a character diff for edits it did not make', () => {
    const now = OLD.replace('Rebels met', 'Syrian rebels met').replace('Wednesday', 'Tuesday');
    const pieces = diffScript(OLD, now);
    expect(applyScript(OLD, pieces)).toBe(now);
    const moved = mapSpan(pieces, span(OLD, 'a Russian delegation in the afternoon'));
    expect(now.slice(moved!.start, moved!.end)).toBe('a Russian delegation in the afternoon');
  });
});

const ARTICLE = [
  'Syrian rebels said on Wednesday that talks with Russia over the south of the country had collapsed.',
  'The rebels had been asked to surrender their heavy weapons in exchange for a halt to the offensive. A spokesman said the talks had not produced any results.',
  'Residents gathered in front of United Nations offices in a rebel-held town to protest against global inaction.',
  'Jordan and Israel have kept their borders closed despite mounting calls by rights groups to let Syrians escape.'
].join('\n\n');
const DONOR: Donor = {
  words: ['council', 'market', 'weather', 'festival', 'engineer', 'harvest'],
  sentences: ['Markets were closed for the holiday on Monday.', 'The weather service issued a warning for the coast.']
};

function edit(type: (typeof EDIT_TYPES)[number], seed = 7): { h: Highlight; text: string; truth: { start: number; end: number } | null } {
  const rng = seededRandom(seed);
  const h = pickHighlight(ARTICLE, rng)!;
  return { h, ...makeEdit(type, ARTICLE, h, rng, DONOR) };
}

const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\u00a0]+/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');

describe('makeEdit', () => {
  it('is deterministic for a seed', () => {
    for (const type of EDIT_TYPES) expect(edit(type, 11)).toEqual(edit(type, 11));
  });

  it('keeps the highlight text where its truth says after edits outside it', () => {
    for (const type of ['sentences-inserted-before', 'paragraph-moved', 'lookalike-planted'] as const) {
      for (let seed = 1; seed <= 20; seed++) {
        const { h, text, truth } = edit(type, seed);
        expect(text.slice(truth!.start, truth!.end), `${type} ${seed}`).toBe(ARTICLE.slice(h.span.start, h.span.end));
        expect(text).not.toBe(ARTICLE);
      }
    }
  });

  it('changes only spacing, quote marks, dashes and Unicode forms in the formatting edits', () => {
    for (const type of ['whitespace', 'quote-marks', 'unicode'] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        const { h, text, truth } = edit(type, seed);
        expect(squash(text.slice(truth!.start, truth!.end)).replace(/--/g, '-')).toBe(squash(ARTICLE.slice(h.span.start, h.span.end)).replace(/--/g, '-'));
      }
    }
  });

  it('deletes the highlight with its sentence, giving it no true place', () => {
    for (const type of ['sentence-deleted', 'deleted-with-lookalike'] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        const { h, text, truth } = edit(type, seed);
        expect(truth).toBeNull();
        expect(text).not.toContain(ARTICLE.slice(h.sentence.start, h.sentence.end));
        expect(paragraphs(text).length).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('rewords about the stated share of the highlight’s words, in place', () => {
    for (const [type, share] of [['reworded-10', 0.1], ['reworded-30', 0.3], ['reworded-50', 0.5]] as const) {
      for (let seed = 1; seed <= 10; seed++) {
        const { h, text, truth } = edit(type, seed);
        const before = ARTICLE.slice(h.span.start, h.span.end).split(' ');
        const after = text.slice(truth!.start, truth!.end).split(' ');
        expect(after.length).toBe(before.length);
        const changed = before.filter((w, i) => w !== after[i]).length;
        expect(changed).toBe(Math.max(1, Math.round(before.length * share)));
      }
    }
  });
});
