import type { QuoteVariant } from '@shared/compare/quotes/quotesGroup';
import type { DiffRun } from './diffRuns';

type WordDiffPart = QuoteVariant['diff'][number];

/**
 * A word diff as text: words only the first source has struck through, words only the other has
 * underlined, the same word spelled differently marked as a variant (its tooltip gives the first
 * source's spelling). Text nodes only.
 */
export function DiffText({ runs, firstLetter }: { runs: readonly DiffRun[]; firstLetter: string }) {
  return (
    <>
      {runs.map((run, i) => {
        switch (run.kind) {
          case 'text':
            return <span key={i}>{run.text}</span>;
          case 'variant':
            return (
              <mark key={i} data-variant="true" title={`Spelled “${run.was}” in ${firstLetter}`}>
                {run.text}
              </mark>
            );
          case 'removed':
            return (
              <del key={i} className="diff-removed" title={`Only in ${firstLetter}`}>
                {run.text}
              </del>
            );
          case 'added':
            return (
              <ins key={i} className="diff-added" title="Only in this source">
                {run.text}
              </ins>
            );
        }
      })}
    </>
  );
}

/** A quote's wording against the reference wording (the engine's word diff of the two). */
export function QuoteDiff({ parts }: { parts: readonly WordDiffPart[] }) {
  return (
    <>
      {parts.map((part, i) => {
        const space = i > 0 ? ' ' : '';
        if (part.op === 'same') return <span key={i}>{space + part.text}</span>;
        if (part.op === 'removed') {
          return (
            <span key={i}>
              {space}
              <del className="diff-removed" title="In the reference wording, not in this one">
                {part.text}
              </del>
            </span>
          );
        }
        return (
          <span key={i}>
            {space}
            <ins className="diff-added" title="In this wording, not in the reference">
              {part.text}
            </ins>
          </span>
        );
      })}
    </>
  );
}
