import { useEffect, useState } from 'react';
import type { RecentLibraries } from '@shared/contract/librarySchemas';
import { Button } from '../../components/Button';
import { MiddleEllipsis } from '../../components/MiddleEllipsis';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { libraryName } from './libraryName';
import { useLibrarySwitch } from './useLibrarySwitch';
import './libraries.css';

/**
 * Settings → Library's Switch library… (docs/ui.md, "Libraries"): the recent libraries (a missing
 * one said so, with Remove), Open Library… and New Library…, as the desktop File menu has them.
 * Where the host cannot switch (browser mode is bound to its `--db`), the sentence saying so
 * stands in place of the control.
 */
export function LibrarySwitcher() {
  const toast = useToast();
  const libraries = useLibrarySwitch();
  const [choices, setChoices] = useState<RecentLibraries | null>(null);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('library:recent', {}).then(
      (answer) => live && setChoices(answer),
      (error: unknown) => live && toast.showError(error)
    );
    return () => {
      live = false;
    };
  }, [toast]);

  if (!choices) return null;
  if (choices.unavailable !== undefined)
    return (
      <p className="settings__note" data-testid="library-switch-unavailable">
        {choices.unavailable}
      </p>
    );

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const change = (work: () => Promise<RecentLibraries>) =>
    run(async () => {
      try {
        setChoices(await work());
      } catch (error) {
        toast.showError(error);
      }
    });

  return (
    <div className="library-switch" data-testid="library-switch">
      <Button aria-expanded={open} onClick={() => setOpen(!open)} data-testid="library-switch-button">
        Switch library…
      </Button>
      {open ? (
        <div className="library-switch__panel" role="group" aria-label="Switch library">
          <h4 className="settings__subsection">Recent libraries</h4>
          <ul className="library-switch__recent" data-testid="library-recent">
            {choices.recent.map((library) => (
              <li key={library.path} className={library.missing ? 'is-missing' : undefined}>
                <span className="library-switch__name">{libraryName(library.path)}</span>
                <MiddleEllipsis text={library.path} className="library-switch__path" />
                {library.open ? (
                  <span className="library-switch__tag">open now</span>
                ) : library.missing ? (
                  <>
                    <span
                      className="library-switch__tag"
                      title="The file was moved, renamed or deleted, or its disk is not connected."
                    >
                      missing
                    </span>
                    <Button
                      size="sm"
                      disabled={busy}
                      onClick={() => void change(() => call('library:forgetRecent', { path: library.path }))}
                    >
                      Remove
                    </Button>
                  </>
                ) : (
                  <Button size="sm" disabled={busy} onClick={() => void run(() => libraries.open(library.path))}>
                    Open
                  </Button>
                )}
              </li>
            ))}
          </ul>
          <div className="settings__actions">
            <Button disabled={busy} onClick={() => void run(() => libraries.open())} data-testid="library-open">
              Open Library…
            </Button>
            <Button disabled={busy} onClick={() => void run(() => libraries.create())} data-testid="library-new">
              New Library…
            </Button>
            <Button
              disabled={busy || choices.recent.length <= 1}
              onClick={() => void change(() => call('library:clearRecent', {}))}
              data-testid="library-clear-recent"
            >
              Clear Recent
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
