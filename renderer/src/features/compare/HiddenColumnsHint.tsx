import type { RefObject } from 'react';
import { sourceLetter } from '@shared/compare/sourceLetter';
import type { HiddenColumns } from './useHiddenColumns';

/** Props of {@link HiddenColumnsHint}. */
export interface HiddenColumnsHintProps {
  hidden: HiddenColumns;
  count: number;
  columnsRef: RefObject<HTMLElement | null>;
}

/** `D` or `D–F`: the letters of a run of columns. */
function span(indexes: readonly number[]): string {
  const first = sourceLetter(indexes[0]!);
  return indexes.length === 1 ? first : `${first}–${sourceLetter(indexes.at(-1)!)}`;
}

/**
 * Says that columns are out of sight and brings the nearest one in: a button at each edge the
 * columns continue past (`3 of 6 shown · D–F →`), over the last column's edge.
 */
export function HiddenColumnsHint({ hidden, count, columnsRef }: HiddenColumnsHintProps) {
  if (hidden.before.length === 0 && hidden.after.length === 0) return null;
  const shown = count - hidden.before.length - hidden.after.length;
  const reveal = (index: number, inline: ScrollLogicalPosition) =>
    (columnsRef.current?.children[index] as HTMLElement | undefined)?.scrollIntoView({
      inline,
      block: 'nearest',
      behavior: 'smooth'
    });
  return (
    <>
      {hidden.before.length > 0 ? (
        <button
          type="button"
          className="hidden-columns hidden-columns--before"
          data-testid="hidden-columns-before"
          aria-label={`${shown} of ${count} columns shown; ${span(hidden.before)} past the left edge: show ${sourceLetter(hidden.before.at(-1)!)}`}
          onClick={() => reveal(hidden.before.at(-1)!, 'start')}
        >
          ← {span(hidden.before)}
        </button>
      ) : null}
      {hidden.after.length > 0 ? (
        <button
          type="button"
          className="hidden-columns hidden-columns--after"
          data-testid="hidden-columns-after"
          aria-label={`${shown} of ${count} columns shown; ${span(hidden.after)} past the right edge: show ${sourceLetter(hidden.after[0]!)}`}
          onClick={() => reveal(hidden.after[0]!, 'end')}
        >
          {shown} of {count} shown · {span(hidden.after)} →
        </button>
      ) : null}
    </>
  );
}
