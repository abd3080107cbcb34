// The reader's paragraphs are the ones every export counts: one rule, in shared/text (review 13, #2).
export { splitParagraphs } from '@shared/text/shownParagraphs';
