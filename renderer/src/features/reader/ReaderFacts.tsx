import type { Article } from '@shared/contract/schemas';
import { MiddleEllipsis } from '../../components/MiddleEllipsis';
import { formatCount } from '../../lib/format';

/** The article's provenance: length, where it came from, and whose copy it carries. */
export function ReaderFacts({ article }: { article: Article }) {
  return (
    <dl className="reader-facts">
      <div className="reader-facts__item">
        <dt>Words</dt>
        <dd>{formatCount(article.wordCount)}</dd>
      </div>
      {article.dateline ? (
        <div className="reader-facts__item">
          <dt>Dateline</dt>
          <dd>{article.dateline}</dd>
        </div>
      ) : null}
      {article.wireCredits.length > 0 ? (
        <div className="reader-facts__item">
          <dt>Wire</dt>
          <dd className="reader-facts__chips">
            {article.wireCredits.map((credit) => (
              <span key={credit} className="chip" title="Copy credited to this news agency">
                {credit}
              </span>
            ))}
          </dd>
        </div>
      ) : null}
      {article.nearDuplicates.length > 0 ? (
        <div className="reader-facts__item reader-facts__item--wide">
          <dt>Near-duplicates</dt>
          <dd>
            {article.nearDuplicates.map((d) => (
              <div key={d.id} data-testid="near-duplicate" data-article-id={d.id} title="A lightly edited copy of the same story">
                {d.title}
                {d.outlet ? ` — ${d.outlet}` : ''} · about {Math.round(d.score * 100)}% the same
              </div>
            ))}
          </dd>
        </div>
      ) : null}
      {article.language ? (
        <div className="reader-facts__item">
          <dt>Language</dt>
          <dd>{article.language}</dd>
        </div>
      ) : null}
      {article.url ? (
        <div className="reader-facts__item reader-facts__item--wide">
          <dt>URL</dt>
          {/* Shown, not linked: the app is offline, and a click must never open a page. */}
          <dd className="reader-facts__path">
            <MiddleEllipsis text={article.url} />
          </dd>
        </div>
      ) : null}
      {article.sourcePath ? (
        <div className="reader-facts__item reader-facts__item--wide">
          <dt>Source</dt>
          <dd className="reader-facts__path" data-testid="reader-source-path">
            <MiddleEllipsis text={article.sourcePath} title={`${article.sourcePath} (${article.sourceFormat})`} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
