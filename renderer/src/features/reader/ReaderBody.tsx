import { useMemo } from 'react';
import type { Article } from '@shared/contract/schemas';
import type { MarkRange } from '../../lib/textSegments';
import { HighlightedText } from '../annotations/highlight/HighlightedText';
import type { HighlightSpan } from '../annotations/highlight/layers';
import { splitParagraphs } from './paragraphs';

/**
 * The cleaned article text as paragraphs, with the search terms marked and the user's highlights
 * drawn (`marks` and `highlights` are body offsets; a highlight may run across paragraphs). Only
 * the text before `end` is drawn (a huge text is shown a part at a time: shownPart.ts), and only
 * paragraphs from `from` on (the Reader skips an opening line that repeats the title).
 */
export function ReaderBody({
  article,
  marks,
  highlights,
  end = article.body.length,
  from = 0
}: {
  article: Article;
  marks: readonly MarkRange[];
  highlights: readonly HighlightSpan[];
  end?: number;
  from?: number;
}) {
  const body = article.body;
  const paragraphs = useMemo(
    () => splitParagraphs(end >= body.length ? body : body.slice(0, end)).filter((p) => p.start >= from),
    [body, end, from]
  );
  return (
    <div className="reader-body" data-testid="reader-body" data-article-id={article.id}>
      {paragraphs.map((paragraph) => (
        // dir="auto": each paragraph takes the direction of its first strong letter, so Arabic or
        // Hebrew reads right to left (and a quote in English inside it still left to right).
        <p key={paragraph.start} dir="auto">
          <HighlightedText text={article.body} marks={marks} highlights={highlights} from={paragraph.start} to={paragraph.end} />
        </p>
      ))}
    </div>
  );
}
