import { useState } from 'react';
import type { StorySummary } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Kbd } from '../../components/Kbd';
import { formatCount } from '../../lib/format';
import { isMac } from '../../lib/platform';
import { compareProblem, MAX_COMPARE } from '../compare/useComparison';
import { ExportButton } from '../export/ExportButton';
import { picksRequest } from '../export/exportRequest';
import { MoveToStoryMenu } from '../stories/MoveToStoryMenu';
import { BulkEditDialog } from './BulkEditDialog';
import { DeleteArticlesDialog } from './DeleteArticlesDialog';
import './library.css';

/** Props of {@link SelectionBar}. */
export interface SelectionBarProps {
  /** The picked articles. */
  ids: readonly number[];
  onCompare: () => void;
  onClear: () => void;
  stories: readonly StorySummary[];
  /** The story the list shows, when it shows one: offers "Split into new story". */
  story: StorySummary | null;
  onMove: (story: StorySummary) => void;
  onSplit: () => void;
  /** "Edit details…" changed the picked articles: reload what shows them. */
  onEdited: () => void;
  /** "Delete…" deleted the picked articles. */
  onDeleted: (ids: readonly number[]) => void;
}

/**
 * The picked articles' actions, at the foot of the list: Compare (2 to 12), Move to story…,
 * Edit details… (outlet, date, collection, language of all of them), Delete… (after a
 * confirmation), and in a story, Split into new story. Says plainly when too many are picked to compare.
 */
export function SelectionBar({ ids, onCompare, onClear, stories, story, onMove, onSplit, onEdited, onDeleted }: SelectionBarProps) {
  const count = ids.length;
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const problem = count > MAX_COMPARE ? compareProblem(count) : null;
  return (
    <div className="selection-bar" role="region" aria-label="Picked articles" data-testid="selection-bar">
      <div className="selection-bar__row">
        <span className="selection-bar__count" aria-live="polite">
          <strong>{formatCount(count)}</strong> picked
        </span>
        <Button
          variant="primary"
          size="sm"
          icon="columns"
          disabled={count < 2 || count > MAX_COMPARE}
          title={
            count < 2
              ? 'Pick one more article to compare'
              : count > MAX_COMPARE
                ? (problem ?? undefined)
                : `Compare the ${count} articles side by side`
          }
          onClick={onCompare}
          data-testid="compare-button"
        >
          Compare {count}
        </Button>
        <MoveToStoryMenu stories={stories} currentId={story?.id ?? null} onMove={onMove} onNewStory={onSplit} />
        <Button
          variant="ghost"
          size="sm"
          icon="pencil"
          onClick={() => setEditing(true)}
          title="Set the outlet, date, collection or language of the picked articles"
          data-testid="bulk-edit-button"
        >
          Edit details…
        </Button>
        <ExportButton
          request={picksRequest(ids)}
          title="Export the picked articles’ highlights and notes"
          data-testid="picks-export"
        />
        <Button
          variant="ghost"
          size="sm"
          onClick={() => setDeleting(true)}
          title="Delete the picked articles (Delete); their highlights and notes are kept"
          data-testid="picks-delete"
        >
          Delete…
        </Button>
        {story ? (
          <Button
            variant="ghost"
            size="sm"
            icon="split"
            onClick={onSplit}
            data-testid="story-split"
            title="Make the picked articles a story of their own"
          >
            Split into new story
          </Button>
        ) : null}
        <Button
          variant="ghost"
          size="sm"
          icon="close"
          aria-label="Let go of the picked articles (Esc)"
          title="Let go (Esc)"
          onClick={onClear}
          className="selection-bar__clear"
        />
      </div>
      {problem ? (
        <p className="selection-bar__note" role="alert" data-testid="compare-limit">
          {problem}
        </p>
      ) : count === 1 ? (
        <p className="selection-bar__note selection-bar__note--quiet">
          <Kbd>{isMac ? '⌘' : 'Ctrl'}</Kbd>-click another article to compare them, or <Kbd>Shift</Kbd>-click for a range.
        </p>
      ) : null}
      {editing ? <BulkEditDialog ids={ids} open onClose={() => setEditing(false)} onSaved={onEdited} /> : null}
      {deleting ? <DeleteArticlesDialog ids={ids} onClose={() => setDeleting(false)} onDeleted={onDeleted} /> : null}
    </div>
  );
}
