import { useState, type KeyboardEvent } from 'react';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Kbd } from '../../components/Kbd';
import { plural } from '../../lib/format';
import { shortcutLabel } from '../../lib/platform';
import { parsePathList } from './parsePathList';
import './import.css';

/** Props of {@link ImportPathsDialog}. */
export interface ImportPathsDialogProps {
  open: boolean;
  busy: boolean;
  onSubmit: (paths: string[]) => void;
  onClose: () => void;
}

/**
 * Browser mode's stand-in for the native folder picker: a page is never told where files live on
 * disk, so the user types or pastes the paths, which the engine reads on its own machine.
 */
export function ImportPathsDialog({ open, busy, onSubmit, onClose }: ImportPathsDialogProps) {
  const [text, setText] = useState('');
  const paths = parsePathList(text);

  const submit = () => {
    if (paths.length > 0 && !busy) onSubmit(paths);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <Dialog
      open={open}
      busy={busy}
      title="Import articles"
      subtitle="Folders are read with everything inside them."
      onClose={onClose}
      width={560}
      testId="import-dialog"
      footer={
        <>
          <span className="import-paths__hint">
            <Kbd>{shortcutLabel('Enter')}</Kbd> to import
          </span>
          <Button onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button variant="primary" icon="import" busy={busy} disabled={paths.length === 0} onClick={submit} data-testid="import-submit">
            {busy ? 'Importing…' : paths.length > 1 ? `Import ${plural(paths.length, 'path')}` : 'Import'}
          </Button>
        </>
      }
    >
      <label className="import-paths__label" htmlFor="import-paths">
        Folders or files, one per line
      </label>
      <textarea
        id="import-paths"
        className="import-paths__input"
        value={text}
        rows={5}
        autoFocus
        spellCheck={false}
        placeholder={'/Users/ana/Research/Daraa coverage\n/Users/ana/Downloads/reuters-2018-07-04.txt'}
        readOnly={busy}
        data-testid="import-paths-input"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {busy ? (
        <p className="import-paths__help" role="status">
          Reading and cleaning up every file. A large folder can take a minute; the report opens when it is done.
        </p>
      ) : (
        <p className="import-paths__help">
          Crosscheck is running in a browser, which cannot open a folder picker. Paste the full path of each folder or file, as your
          file manager or terminal shows it. They are read on the computer running <code>crosscheck serve</code>.
        </p>
      )}
    </Dialog>
  );
}
