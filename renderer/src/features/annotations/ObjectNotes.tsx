import { useState } from 'react';
import {
  passageKey,
  type Annotation,
  type AnnotationCreate,
  type AnnotationFilter
} from '@shared/contract/annotationSchemas';
import { Button } from '../../components/Button';
import { NoteMarkdown } from '../../components/NoteMarkdown';
import { useToast } from '../../components/useToast';
import { useAnnotationList, useAnnotationWrites } from './useAnnotations';
import './annotations.css';

/** One article's part of a shared passage: where it is, and its words. */
export interface PassageSpanText {
  readonly articleId: number;
  readonly start: number;
  readonly end: number;
  readonly exact: string;
}

/** What the notes are on: a whole article, a story, or a passage a comparison found shared. */
export type NoteTarget =
  | { readonly kind: 'article-note'; readonly articleId: number }
  | { readonly kind: 'story-note'; readonly storyId: number }
  | { readonly kind: 'passage-note'; readonly spans: readonly PassageSpanText[] };

function filterOf(target: NoteTarget): AnnotationFilter {
  if (target.kind === 'article-note') return { articleId: target.articleId, kinds: ['article-note'] };
  if (target.kind === 'story-note') return { storyId: target.storyId, kinds: ['story-note'] };
  return { passageKey: passageKey(target.spans), kinds: ['passage-note'] };
}

function createOf(target: NoteTarget, note: string): AnnotationCreate {
  if (target.kind === 'article-note') return { kind: 'article-note', articleId: target.articleId, note };
  if (target.kind === 'story-note') return { kind: 'story-note', storyId: target.storyId, note };
  return {
    kind: 'passage-note',
    // NB: the contract takes at most 24 spans; a passage is rarely in more sources than a comparison holds (12).
    spans: target.spans.slice(0, 24).map(({ articleId, start, end }) => ({ articleId, start, end })),
    note
  };
}

/** Props of {@link ObjectNotes}. */
export interface ObjectNotesProps {
  target: NoteTarget;
  /** What the notes are on, for the empty state and labels ("this article"). */
  label: string;
  testId?: string;
}

/**
 * The notes on a whole article, a story or a shared passage: each shown as Markdown (text only),
 * editable and deletable, and a field to add one. They also appear in the notes panel.
 */
export function ObjectNotes({ target, label, testId = 'object-notes' }: ObjectNotesProps) {
  const toast = useToast();
  const annotationsApi = useAnnotationWrites();
  const items = useAnnotationList(filterOf(target), { sort: 'created', limit: 100 }).value?.items ?? [];
  const [draft, setDraft] = useState<{ id: number | null; text: string } | null>(null);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    if (!draft) return;
    const text = draft.text.trim();
    if (!text) {
      setDraft(null);
      return;
    }
    setSaving(true);
    try {
      if (draft.id === null) await annotationsApi.create(createOf(target, text));
      else await annotationsApi.update(draft.id, { note: text });
      setDraft(null);
    } catch (error) {
      toast.showError(error);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (annotation: Annotation) => {
    try {
      await annotationsApi.remove(annotation.id);
      toast.showMessage('Note deleted.');
    } catch (error) {
      toast.showError(error);
    }
  };

  return (
    <section className="object-notes" aria-label={`Notes on ${label}`} data-testid={testId}>
      {items.map((item) =>
        draft?.id === item.id ? null : (
          <div key={item.id} className="object-notes__item" data-testid="object-note">
            <NoteMarkdown text={item.note} />
            <div className="object-notes__item-actions">
              <Button size="sm" variant="ghost" onClick={() => setDraft({ id: item.id, text: item.note })}>
                Edit
              </Button>
              <Button size="sm" variant="ghost" onClick={() => void remove(item)}>
                Delete
              </Button>
            </div>
          </div>
        )
      )}
      {draft ? (
        <form
          className="object-notes__editor"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <textarea
            value={draft.text}
            autoFocus
            maxLength={100_000}
            placeholder="Markdown: **bold**, *italic*, lists, links"
            aria-label={`Note on ${label}`}
            onChange={(e) => setDraft({ ...draft, text: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
              if (e.key === 'Escape') {
                e.stopPropagation();
                setDraft(null);
              }
            }}
            data-testid="object-note-input"
          />
          <div className="object-notes__buttons">
            <Button size="sm" onClick={() => setDraft(null)}>
              Cancel
            </Button>
            <Button size="sm" variant="primary" type="submit" busy={saving} data-testid="object-note-save">
              Save note
            </Button>
          </div>
        </form>
      ) : (
        <Button
          size="sm"
          variant="ghost"
          icon="pencil"
          onClick={() => setDraft({ id: null, text: '' })}
          data-testid="object-note-add"
        >
          {items.length ? 'Add another note' : `Add a note on ${label}`}
        </Button>
      )}
    </section>
  );
}
