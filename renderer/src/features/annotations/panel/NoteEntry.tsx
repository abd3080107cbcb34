import type { Annotation, ColourMeaning } from '@shared/contract/annotationSchemas';
import { Button } from '../../../components/Button';
import { NoteMarkdown } from '../../../components/NoteMarkdown';
import { ArticleDate } from '../../library/ArticleDate';
import { colourLabel } from '../highlight/highlightContext';

const KIND_LABEL: Record<Annotation['kind'], string> = {
  highlight: 'Highlight',
  'article-note': 'Note on the article',
  'story-note': 'Note on the story',
  'passage-note': 'Note on a shared passage'
};

/** The words an entry shows as its quote: the highlight's, or the first article's part of a passage. */
export function quoteOf(annotation: Annotation): string {
  return annotation.anchor?.quote.exact ?? annotation.passage?.[0]?.anchor.quote.exact ?? '';
}

/**
 * Where an entry is: its article's title (or story's name), outlet and date, a date that is only the
 * day the file was saved marked as in the library list.
 */
function WhereOf({ annotation }: { annotation: Annotation }) {
  const title = annotation.article?.title ?? annotation.targetTitle ?? '';
  const outlet = annotation.article?.outlet ?? '';
  const publishedAt = annotation.article?.publishedAt ?? null;
  const words = [title, outlet].filter(Boolean).join(' · ');
  return (
    <span className="notes-entry__where">
      {words}
      {publishedAt ? (
        <>
          {words ? ' · ' : null}
          <ArticleDate value={publishedAt} fromFile={annotation.article?.dateFromFile === true} />
        </>
      ) : null}
    </span>
  );
}

/** Props of {@link NoteEntry}. */
export interface NoteEntryProps {
  annotation: Annotation;
  colours: readonly ColourMeaning[];
  /** A heading over the entry: the first entry of an article when grouping by article. */
  heading: string | null;
  onOpen: (annotation: Annotation) => void;
  onReattach: (annotation: Annotation) => void;
}

/**
 * One highlight or note in the panel: colour and meaning, the quote (an orphan's too, marked as
 * such; a highlight whose words changed under it says the words it was made on), the note as Markdown (text only: NoteMarkdown builds React elements, never HTML), tags,
 * and where it is. The whole entry opens it; an orphan offers Re-attach.
 */
export function NoteEntry({ annotation, colours, heading, onOpen, onReattach }: NoteEntryProps) {
  const quote = quoteOf(annotation);
  const orphan = annotation.state === 'orphan';
  // The words it was made on, when its article was imported again and they now read otherwise.
  const madeOn = annotation.state === 'changed' ? annotation.originalExact : null;
  return (
    <div className="notes-entry-wrap">
      {heading !== null ? <div className="notes-entry__article">{heading}</div> : null}
      <article
        className={`notes-entry${orphan ? ' is-orphan' : ''}`}
        data-testid="notes-entry"
        data-annotation-id={annotation.id}
        data-kind={annotation.kind}
        data-state={annotation.state}
      >
        <button type="button" className="notes-entry__open" onClick={() => onOpen(annotation)} title="Open where it was made">
          <span className="notes-entry__meta">
            {annotation.colour !== null ? (
              <span
                className="notes-entry__dot"
                style={{ background: `var(--hl-${annotation.colour}-bar, var(--passage-${annotation.colour}))` }}
                aria-hidden="true"
              />
            ) : null}
            <span className="notes-entry__kind">
              {annotation.colour !== null ? `${colourLabel(colours, annotation.colour)} · ` : ''}
              {KIND_LABEL[annotation.kind]}
            </span>
            {orphan ? (
              <span className="notes-entry__orphan" data-testid="notes-entry-orphan">
                {annotation.orphanReason === 'deleted' ? 'Article deleted' : 'Not found in the text'}
              </span>
            ) : null}
            {madeOn !== null ? (
              <span className="notes-entry__orphan" data-testid="notes-entry-changed">
                Wording changed
              </span>
            ) : null}
          </span>
          {quote ? (
            <span className="notes-entry__quote" data-testid="notes-entry-quote">
              {quote}
            </span>
          ) : null}
          {madeOn !== null ? (
            <span className="notes-entry__where" data-testid="notes-entry-made-on">
              Made on “{madeOn}”
            </span>
          ) : null}
          <WhereOf annotation={annotation} />
        </button>
        {annotation.note ? <NoteMarkdown text={annotation.note} className="notes-entry__note" /> : null}
        {annotation.tags.length || orphan ? (
          <div className="notes-entry__foot">
            {annotation.tags.map((tag) => (
              <span key={tag} className="notes-tag" data-testid="notes-entry-tag">
                {tag}
              </span>
            ))}
            {orphan && annotation.kind === 'highlight' ? (
              <Button
                size="sm"
                variant="ghost"
                icon="link"
                className="notes-entry__reattach"
                onClick={() => onReattach(annotation)}
              >
                Re-attach
              </Button>
            ) : null}
          </div>
        ) : null}
      </article>
    </div>
  );
}
