import { useState } from 'react';
import type { WatchedFolder } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { useInvalidate, useQuery } from '../../lib/query/useQuery';
import { useLibraryInfo } from '../library/useLibraryInfo';
import './watched.css';

const NO_FOLDERS: readonly WatchedFolder[] = [];

/**
 * The top bar's "Watched" button and its dialog: folders whose new and changed files Crosscheck
 * imports by itself while it runs (and catches up on at start). Self-contained: it talks to the
 * engine through `watch:*` and needs nothing from the app shell.
 */
export function WatchedFoldersButton() {
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const invalidate = useInvalidate();
  // Asked each time the dialog opens (the query layer forgets watch:list while it is closed).
  const folders: readonly WatchedFolder[] = useQuery('watch:list', open ? {} : null).value?.folders ?? NO_FOLDERS;
  const canPick = useLibraryInfo()?.canPickFiles ?? false;
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const reload = () => invalidate(['watched-folders']);

  const add = (path: string) => {
    if (!path.trim()) return;
    setBusy(true);
    call('watch:add', { path: path.trim() })
      .then(() => {
        setTyped('');
        toast.showMessage('Watching the folder: what it holds now is being imported.');
        reload();
      }, toast.showError)
      .finally(() => setBusy(false));
  };

  const pick = () => {
    call('dialog:pickImportPaths', { folders: true }).then((paths) => paths.forEach(add), toast.showError);
  };

  const remove = (id: number) => {
    call('watch:remove', { id }).then(reload, toast.showError);
  };

  return (
    <>
      <Button
        variant="ghost"
        icon="folder"
        title="Watched folders: their new and changed files are imported while Crosscheck runs"
        onClick={() => setOpen(true)}
        data-testid="watched-button"
      >
        Watched
      </Button>
      <Dialog
        open={open}
        title="Watched folders"
        subtitle="New and changed files in these folders are imported automatically while Crosscheck runs."
        onClose={() => setOpen(false)}
        testId="watched-dialog"
        width={560}
        footer={<Button onClick={() => setOpen(false)}>Done</Button>}
      >
        {folders.length === 0 ? (
          <p className="watched__empty">No folder is watched yet.</p>
        ) : (
          <ul className="watched__list">
            {folders.map((f) => (
              <li key={f.id} className="watched__item" data-testid="watched-folder">
                <span className={`watched__path${f.exists ? '' : ' is-missing'}`} title={f.exists ? f.path : `${f.path} (not found)`}>
                  {f.path}
                </span>
                {f.exists ? null : <span className="watched__missing">not found</span>}
                <Button variant="ghost" size="sm" onClick={() => remove(f.id)} aria-label={`Stop watching ${f.path}`}>
                  Stop watching
                </Button>
              </li>
            ))}
          </ul>
        )}
        {canPick ? (
          <Button icon="folder" busy={busy} onClick={pick}>
            Watch a folder…
          </Button>
        ) : (
          <form
            className="watched__add"
            onSubmit={(e) => {
              e.preventDefault();
              add(typed);
            }}
          >
            <input
              className="watched__input"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
              placeholder="/path/to/a/folder"
              aria-label="Folder to watch"
              data-autofocus
              data-testid="watched-path-input"
            />
            <Button type="submit" variant="primary" busy={busy} disabled={!typed.trim()} data-testid="watched-add">
              Watch
            </Button>
          </form>
        )}
      </Dialog>
    </>
  );
}
