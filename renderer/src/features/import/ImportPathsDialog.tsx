import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { ImportDefaults, ImportProgressEvent } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Kbd } from '../../components/Kbd';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import { shortcutLabel } from '../../lib/platform';
import { type DefaultsDraft, EMPTY_DEFAULTS, ImportDefaultsFields, defaultsOf, languageProblem } from './ImportDefaultsFields';
import { ImportProgressPanel } from './ImportProgress';
import { isFullPath, parsePathList } from './parsePathList';
import type { ImportFlow } from './useImportFlow';
import './import.css';

/** Props of {@link ImportPathsDialog}. */
export interface ImportPathsDialogProps {
  open: boolean;
  /** An import is running: the dialog follows it instead of asking for paths. */
  busy: boolean;
  progress: ImportProgressEvent | null;
  cancelling: boolean;
  /** What the running import was given. */
  importingPaths: readonly string[];
  /** Files dropped on the window: the dialog lists them instead of opening the picker. */
  dropped: ImportFlow['dropped'];
  /** `defaults`: outlet, collection and language for the import, when the user gave any. */
  onSubmit: (paths: string[], defaults?: ImportDefaults) => void;
  onCancelImport: () => void;
  /** Closes the dialog; a running import goes on, followed in the window's status bar. */
  onClose: () => void;
}

/**
 * Where every import made by choosing files starts, in both hosts: the paths to read and the
 * details for the whole import (outlet, collection, language). On the desktop the system's picker
 * opens over it at once and only supplies paths (more can be chosen, or pasted); in browser mode a
 * page is never told where files live on disk, so the user types or pastes the paths, which the
 * engine reads on its own machine. Once the import runs, the dialog shows its progress; closing it
 * sends the import to the background.
 */
export function ImportPathsDialog(props: ImportPathsDialogProps) {
  const { open, busy, progress, cancelling, importingPaths, dropped, onSubmit, onCancelImport, onClose } = props;
  const toast = useToast();
  const [text, setText] = useState('');
  const [draft, setDraft] = useState<DefaultsDraft>(EMPTY_DEFAULTS);
  const [canPick, setCanPick] = useState(false);
  const [picking, setPicking] = useState(false);
  const paths = parsePathList(text);
  // A relative path would be read against the folder the engine was started in, unseen.
  const partial = paths.filter((p) => !isFullPath(p));
  const ready = paths.length > 0 && partial.length === 0 && languageProblem(draft) === null;

  // The system's picker supplies paths only: they join the list, and the import waits for Import.
  const choose = useCallback(() => {
    setPicking(true);
    call('dialog:pickImportPaths', { folders: true })
      .then((picked) => {
        if (picked.length > 0) setText((current) => withPaths(current, picked));
      }, toast.showError)
      .finally(() => setPicking(false));
  }, [toast]);

  // A drop lists its files (replacing what an earlier visit left, or joining the list when the
  // dialog was open); the import still waits for its details and Import.
  // (Set while rendering, React's way to follow a prop: no effect, no second paint.)
  const [listedDrop, setListedDrop] = useState(0);
  if (dropped && dropped.id !== listedDrop) {
    setListedDrop(dropped.id);
    setText(dropped.adds ? withPaths(text, dropped.paths) : dropped.paths.join('\n'));
  }

  // Each time the dialog opens to ask for paths, ask the host whether it has a picker (the desktop
  // app) and, if so, open it straight away unless files were dropped: Import… then reads as
  // before, picker first, with the details step after it.
  const asked = useRef(false);
  useEffect(() => {
    if (!open || busy) {
      asked.current = false;
      return;
    }
    if (asked.current) return;
    asked.current = true;
    call('library:info', {}).then(
      (info) => {
        setCanPick(info.canPickFiles);
        if (info.canPickFiles && !dropped) choose();
      },
      // Without an answer the dialog still takes typed paths.
      () => {}
    );
  }, [open, busy, choose, dropped]);

  const submit = () => {
    if (ready && !busy) onSubmit(paths, defaultsOf(draft));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  if (busy) {
    const onePath = importingPaths.length === 1 ? importingPaths[0] : undefined;
    return (
      <Dialog
        open={open}
        title="Importing articles"
        subtitle={
          onePath ? (
            <span className="import-report__source" title={onePath}>
              {onePath}
            </span>
          ) : (
            <span title={importingPaths.join('\n')}>From {plural(importingPaths.length, 'location')}</span>
          )
        }
        onClose={onClose}
        width={560}
        testId="import-dialog"
        footer={
          <>
            <span className="import-paths__hint">The import goes on if you close this.</span>
            {/* Every file is in once stories are being grouped: nothing is left to cancel. */}
            <Button
              onClick={onCancelImport}
              busy={cancelling}
              disabled={progress?.phase === 'grouping'}
              data-testid="import-cancel"
            >
              {cancelling ? 'Cancelling…' : 'Cancel import'}
            </Button>
            {/* Mounted afresh (key) so autoFocus takes focus from the text box that just went away. */}
            <Button key="background" variant="primary" onClick={onClose} autoFocus>
              Run in background
            </Button>
          </>
        }
      >
        <ImportProgressPanel progress={progress} cancelling={cancelling} roots={importingPaths} />
      </Dialog>
    );
  }

  return (
    <Dialog
      open={open}
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
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" icon="import" disabled={!ready} onClick={submit} data-testid="import-submit">
            {paths.length > 1 ? `Import ${plural(paths.length, 'path')}` : 'Import'}
          </Button>
        </>
      }
    >
      <div className="import-paths__head">
        <label className="import-paths__label" htmlFor="import-paths">
          Folders or files, one per line
        </label>
        {canPick ? (
          <Button icon="folder" onClick={choose} busy={picking} data-testid="import-choose">
            Choose…
          </Button>
        ) : null}
      </div>
      <textarea
        id="import-paths"
        className="import-paths__input"
        value={text}
        rows={5}
        autoFocus
        data-autofocus
        spellCheck={false}
        placeholder={'/Users/ana/Research/Daraa coverage\n/Users/ana/Downloads/reuters-2018-07-04.txt'}
        data-testid="import-paths-input"
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      {partial.length > 0 ? (
        <p className="import-paths__dropped import-paths__partial" role="status" data-testid="import-paths-partial">
          {partial.length === 1 ? 'Not a full path: ' : 'Not full paths: '}
          {partial.join(', ')}. Give each from the top (<code>/…</code>, or <code>~/…</code> for your home folder), as your
          file manager or terminal shows it.
        </p>
      ) : null}
      {dropped && dropped.unplaced.length > 0 ? (
        <p className="import-paths__dropped" role="status" data-testid="import-dropped-unplaced">
          {canPick ? 'Crosscheck was not told where these dropped items are kept: ' : 'A browser does not tell Crosscheck where dropped files are kept: '}
          {dropped.unplaced.join(', ')}. Paste the full path of each above.
        </p>
      ) : null}
      {canPick ? (
        <p className="import-paths__help">
          Choose folders or files, or paste the full path of each, as your file manager shows it.
        </p>
      ) : (
        <p className="import-paths__help">
          Crosscheck is running in a browser, which cannot open a folder picker. Paste the full path of each folder or file, as
          your file manager or terminal shows it. They are read on the computer running <code>crosscheck serve</code>.
        </p>
      )}
      <ImportDefaultsFields draft={draft} onChange={setDraft} />
    </Dialog>
  );
}

/** The list's text with `picked` added on lines of their own, each path once. */
function withPaths(text: string, picked: readonly string[]): string {
  const listed = parsePathList(text);
  const added = picked.filter((p) => !listed.includes(p));
  if (added.length === 0) return text;
  return [text.trimEnd(), ...added].filter((line) => line !== '').join('\n');
}
