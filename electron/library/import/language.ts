/**
 * The language of an article's text, for files that do not say (plain text, PDF, DOCX, most
 * tables): eld, an n-gram detector of 60 languages returning ISO 639-1 codes, with its smallest
 * data ('extrasmall', ~1 MB). Measured (docs/import.md): all 2,225 BBC articles `en` with every
 * data size; on 371 labelled web pages in 26 languages it answers 279 right against `small`'s 307,
 * with nearly the same wrong answers (pages full of English boilerplate) — the difference is pages it
 * declines to call — and it loads in less than half the time, in every worker that reads files.
 */
import { loadEldScorer } from './eldScorer';

/** Detects a text's language: an ISO 639-1 code, or `undefined` when the text is too short to tell. */
export type DetectLanguage = (text: string) => string | undefined;

/**
 * Fewer words than this and the language is left empty: eld calls two words "reliable", but a
 * headline or a name is not enough to tell languages apart (`Die Rebellen` is German or Dutch).
 */
export const MIN_WORDS_TO_DETECT = 20;

/**
 * NB: eld looks at no more than this much of a text (its first 1,000 characters, and of those the
 * words up to about 350 UTF-8 bytes): the opening of the clean text decides, and the minimum is
 * counted on what it sees.
 */
const SAMPLE_CHARS = 1000;

let loading: Promise<DetectLanguage> | undefined;

/**
 * Loads the detector once per thread (an import worker, an extraction worker, the host) the first
 * time an article needs it; an import of files that all name their language never pays for it.
 * Answers are eld's, computed by `eldScorer` (a fifth of eld's own time per article or less), or by
 * eld itself should an eld release move the data that relies on.
 */
export function loadLanguageDetector(): Promise<DetectLanguage> {
  loading ??= loadEldScorer()
    .then(
      (scorer) => scorer.detect,
      async () => {
        // NB: eld is an ES module only (no `require`): imported, not lazyRequire'd.
        const { eld } = await import('eld/extrasmall');
        return (sample: string) => {
          const result = eld.detect(sample);
          return { language: result.language, reliable: result.language !== '' && result.isReliable() };
        };
      }
    )
    .then((detect) => (text: string) => {
      const sample = text.slice(0, SAMPLE_CHARS);
      if (!hasWords(sample, MIN_WORDS_TO_DETECT)) return undefined;
      const answer = detect(sample);
      return answer.language !== '' && answer.reliable ? answer.language : undefined;
    });
  return loading;
}

/**
 * A word, for the minimum; NB: Chinese, Japanese and Thai are written without spaces between
 * words, so each of their characters counts as one (a run of them would otherwise be one "word" a
 * sentence).
 */
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}]+/gu;

/** Whether a text has at least `minimum` words (counting stops there: this runs for every article). */
function hasWords(text: string, minimum: number): boolean {
  WORD.lastIndex = 0;
  let count = 0;
  while (count < minimum && WORD.exec(text)) count++;
  return count >= minimum;
}
