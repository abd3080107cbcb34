import { useMemo } from 'react';
import type { Article, TextRange } from '../../../../shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import { splitParagraphs } from './paragraphs';

/** The cleaned article text as paragraphs, with the search terms marked (`marks` are body offsets). */
export function ReaderBody({ article, marks }: { article: Article; marks: readonly TextRange[] }) {
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
