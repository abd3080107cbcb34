import { useEffect, useRef, useState } from 'react';
import type { Annotation } from '@shared/contract/annotationSchemas';
import { Button } from '../../../components/Button';
import { NoteMarkdown } from '../../../components/NoteMarkdown';
import { colourLabel, type HighlightApi } from './highlightContext';
import { TagEditor } from './TagEditor';

/** Props of {@link HighlightPopover}. */
export interface HighlightPopoverProps {
  annotation: Annotation;
  /** The article's body, to show what a changed highlight reads now. */
  body: string;
  api: HighlightApi;
  at: { readonly left: number; readonly top: number };
  onClose: () => void;
  /** Starts changing the highlight's extent (the popover closes). */
  onAdjust: () => void;
}

/**
 * A highlight's popover: its colour (recolour), note (Markdown, saved when the field is left or on
 * Ctrl/⌘+Enter), tags, Adjust and Delete; a highlight whose words changed shows both wordings.
 */
export function HighlightPopover({ annotation, body, api, at, onClose, onAdjust }: HighlightPopoverProps) {
  const [draft, setDraft] = useState(annotation.note);
  const savedNote = useRef(annotation.note);
  const noteRef = useRef<HTMLTextAreaElement>(null);

  // The note field takes the focus: `Enter` on a highlight opens it to write the note, and the
  // first colour button there turned a typed space into a recolour (review 13, #1).
  useEffect(() => {
    const note = noteRef.current;
    note?.focus();
    note?.setSelectionRange(note.value.length, note.value.length);
  }, [annotation.id]);

  const saveNote = async () => {
    if (draft === savedNote.current) return;
    savedNote.current = draft;
    await api.update(annotation, { note: draft }, 'Note edited');
  };
  const close = () => {
    void saveNote();
    onClose();
  };
  const now = annotation.current ? body.slice(annotation.current.start, annotation.current.end) : null;

  return (
    <div
      className="hl-popover"
      role="dialog"
      aria-label={`Highlight: ${colourLabel(api.colours, annotation.colour)}`}
      data-testid="highlight-popover"
      data-annotation-id={annotation.id}
      style={{ left: at.left, top: at.top }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <div
        className="hl-popover__colours"
        role="group"
        aria-label="Colour"
        onKeyDown={(event) => {
          // A letter typed on a colour button was meant for the note: it goes there, never to a button.
          if (event.key.length === 1 && /\p{L}/u.test(event.key) && !event.ctrlKey && !event.metaKey && !event.altKey) {
            noteRef.current?.focus();
          }
        }}
      >
        {[1, 2, 3, 4, 5, 6].map((colour) => {
          const label = colourLabel(api.colours, colour);
          return (
            <button
              key={colour}
              type="button"
              className="hl-swatch hl-swatch--round"
              aria-pressed={annotation.colour === colour}
              aria-label={`${label} (colour ${colour})`}
              title={label}
              data-testid={`highlight-recolour-${colour}`}
              onClick={() => {
                if (annotation.colour !== colour) void api.update(annotation, { colour }, 'Highlight recoloured');
              }}
            >
              <span className="hl-swatch__dot" style={{ background: `var(--hl-${colour}-bar)` }} aria-hidden="true" />
            </button>
          );
        })}
        <span className="hl-popover__meaning">{colourLabel(api.colours, annotation.colour)}</span>
      </div>
      {annotation.state === 'changed' && annotation.originalExact !== null ? (
        <div className="hl-popover__changed" data-testid="highlight-changed">
          <p>
            <span className="hl-popover__caption">Made on</span> <q>{annotation.originalExact}</q>
          </p>
          <p>
            <span className="hl-popover__caption">Now reads</span> <q>{now}</q>
          </p>
        </div>
      ) : null}
      <label className="hl-popover__caption" htmlFor={`hl-note-${annotation.id}`}>
        Note
      </label>
      <textarea
        ref={noteRef}
        id={`hl-note-${annotation.id}`}
        className="hl-popover__note"
        value={draft}
        rows={3}
        placeholder="Markdown: **bold**, _italic_, [link](https://…)"
        data-testid="highlight-note-input"
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => void saveNote()}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void saveNote();
          }
        }}
      />
      {draft.trim() ? <NoteMarkdown text={draft} className="hl-popover__preview" /> : null}
      <TagEditor tags={annotation.tags} onChange={(tags) => void api.update(annotation, { tags }, 'Tags changed')} />
      <div className="hl-popover__actions">
        <Button variant="ghost" size="sm" onClick={onAdjust} data-testid="highlight-adjust">
          Adjust
        </Button>
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            onClose();
            void api.remove(annotation);
          }}
          data-testid="highlight-delete"
        >
          Delete
        </Button>
        <Button variant="ghost" size="sm" onClick={close} data-testid="highlight-close">
          Done
        </Button>
      </div>
    </div>
  );
}
