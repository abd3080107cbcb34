import { useEffect, useState } from 'react';
import type { ArticlesDeleted } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import './library.css';

/** "3 highlights and 1 note", or null when there are none. */
export function orphansText({ orphaned }: ArticlesDeleted): string | null {
  const parts = [
    orphaned.highlights ? plural(orphaned.highlights, 'highlight') : '',
    orphaned.notes ? plural(orphaned.notes, 'note') : ''
  ];
  const named = parts.filter(Boolean);
  return named.length ? named.join(' and ') : null;
}

/** Props of {@link DeleteArticlesDialog}. */
export interface DeleteArticlesDialogProps {
  ids: readonly number[];
  onClose: () => void;
  /** The articles are gone: let go of them and reload what showed them. */
  onDeleted: (ids: readonly number[]) => void;
}

/**
 * "Delete…" on the picked articles (or the Delete key in the list): says how many articles go and
 * how many highlights and notes on them will become orphans (asked of the engine as a dry run, so
 * the count is the one the delete will make), with the focus on Cancel, so Enter or a second
 * Delete does not delete. The articles go in one transaction; their notes stay, in the notes panel.
 */
export function DeleteArticlesDialog({ ids, onClose, onDeleted }: DeleteArticlesDialogProps) {
  const toast = useToast();
  const [preview, setPreview] = useState<ArticlesDeleted | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);

  // NB: keyed by the ids' text: the picks bar hands a new array at every render.
  const key = ids.join(',');
  useEffect(() => {
    let live = true;
    call('articles:delete', { ids: key.split(',').map(Number), dryRun: true }).then(
      (answer) => live && setPreview(answer),
      (error: unknown) => live && setProblem(error instanceof Error ? error.message : String(error))
    );
    return () => {
      live = false;
    };
  }, [key]);

  const remove = () => {
    if (deleting) return;
    setDeleting(true);
    call('articles:delete', { ids: [...ids] })
      .then((done) => {
        const orphans = orphansText(done);
        toast.showMessage(
          `Deleted ${plural(done.deleted, 'article')}.${orphans ? ` ${orphans} kept as orphans in the notes panel.` : ''}`
        );
        onDeleted(ids);
        onClose();
      }, toast.showError)
      .finally(() => setDeleting(false));
  };

  const orphans = preview ? orphansText(preview) : null;
  return (
    <Dialog
      open
      title={`Delete ${plural(ids.length, 'article')}?`}
      subtitle="They leave the library, its search and its stories. This cannot be undone."
      onClose={onClose}
      testId="delete-articles"
      busy={deleting}
      footer={
        <>
          <Button onClick={onClose} disabled={deleting} data-autofocus data-testid="delete-articles-cancel">
            Cancel
          </Button>
          <Button
            variant="primary"
            busy={deleting}
            disabled={preview === null}
            onClick={remove}
            data-testid="delete-articles-confirm"
          >
            Delete {plural(ids.length, 'article')}
          </Button>
        </>
      }
    >
      <p className="delete-articles__orphans" data-testid="delete-articles-orphans" aria-live="polite">
        {problem
          ? problem
          : preview === null
            ? 'Counting the highlights and notes on them…'
            : orphans
              ? `${orphans} on ${ids.length === 1 ? 'it' : 'them'} will become ${preview.orphaned.highlights + preview.orphaned.notes === 1 ? 'an orphan' : 'orphans'}: kept, with ${preview.orphaned.highlights + preview.orphaned.notes === 1 ? 'its words and note' : 'their quotes and notes'}, in the notes panel under “Not found in the text”.`
              : `There are no highlights or notes on ${ids.length === 1 ? 'it' : 'them'}.`}
      </p>
    </Dialog>
  );
}
