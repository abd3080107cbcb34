import { useMemo } from 'react';
import type { Article } from '../../../../shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import type { MarkRange } from '../../lib/textSegments';
import { splitParagraphs } from './paragraphs';

/** The cleaned article text as paragraphs, with the search terms marked (`marks` are body offsets). */
export function ReaderBody({ article, marks }: { article: Article; marks: readonly MarkRange[] }) {
  const paragraphs = useMemo(() => splitParagraphs(article.body), [article.body]);
  return (
    <div className="reader-body" data-testid="reader-body">
      {paragraphs.map((paragraph) => (
        <p key={paragraph.start}>
          <MarkedText text={article.body} marks={marks} from={paragraph.start} to={paragraph.end} />
        </p>
      ))}
    </div>
  );
}
