import type { Article } from '@shared/contract/schemas';
import { MarkedText } from '../../components/MarkedText';
import type { MarkRange } from '../../lib/textSegments';
import { plural } from '../../lib/format';

/**
 * The text as it was in the file, before clean-up, with what clean-up set aside struck through
 * (hover a passage for why). Whitespace is kept as it was, because layout is part of the evidence.
 */
export function OriginalText({ article, marks }: { article: Article; marks: readonly MarkRange[] }) {
  const removedCount = article.removed.length;
  return (
    <>
      <p className="reader-original__note">
        {article.original === null
          ? 'The file as imported: clean-up changed nothing in it.'
          : removedCount > 0
            ? `The file as imported. ${plural(removedCount, 'passage')} that clean-up left out of the article ${removedCount === 1 ? 'is' : 'are'} struck through; hover one to see why.`
            : 'The file as imported. Clean-up left nothing out of this article.'}
      </p>
      <div className="reader-body reader-body--original" data-testid="reader-body">
        <MarkedText text={article.original ?? article.body} marks={marks} removed={article.removed} />
      </div>
    </>
  );
}
