import type { ReactNode } from 'react';
import { Button } from '../components/Button';
import { WatchedFoldersButton } from '../features/import/WatchedFolders';
import { shortcutLabel } from '../lib/platform';
import { Logo } from './Logo';

/** Props of {@link TopBar}. */
export interface TopBarProps {
  /** The search field. */
  search: ReactNode;
  importBusy: boolean;
  /** False until the app knows how it may import (picker or typed paths). */
  importReady: boolean;
  onImport: () => void;
  hasLastReport: boolean;
  onShowLastReport: () => void;
  /** The stories sidebar is showing. */
  storiesOpen: boolean;
  /** The sidebar is set aside to leave the reader room beside the notes (showing it closes the notes). */
  sidebarAside?: boolean;
  onStoriesOpenChange: (open: boolean) => void;
  /** The notes panel is showing. */
  notesOpen: boolean;
  onNotesOpenChange: (open: boolean) => void;
  onOpenSettings: () => void;
}

/** The window's top bar: the app's name and the stories toggle, the search field in the middle, and the import actions. */
export function TopBar(props: TopBarProps) {
  const { search, importBusy, importReady, onImport, hasLastReport, onShowLastReport, storiesOpen, onStoriesOpenChange } = props;
  const { notesOpen, onNotesOpenChange, onOpenSettings, sidebarAside = false } = props;
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <Logo />
        <span className="topbar__name">Crosscheck</span>
        <Button
          variant="ghost"
          size="sm"
          icon="sidebar"
          className="topbar__stories"
          aria-pressed={storiesOpen}
          // NB: a toggle keeps one name (its pressed state says open or not), and the sidebar's own
          // head has "Hide sidebar": two buttons of the same name read as one to a screen reader.
          aria-label="Sidebar: stories and searches"
          title={
            storiesOpen
              ? 'Hide the sidebar (stories and searches)'
              : sidebarAside
                ? 'Show the sidebar (stories and searches): set aside to leave the reader room, it comes back in place of the notes'
                : 'Show the sidebar (stories and searches)'
          }
          data-testid="stories-toggle"
          onClick={() => onStoriesOpenChange(!storiesOpen)}
        />
      </div>
      <div className="topbar__search">{search}</div>
      <div className="topbar__actions">
        <Button
          variant="ghost"
          icon="panel-right"
          aria-pressed={notesOpen}
          title={`${notesOpen ? 'Hide' : 'Show'} highlights and notes (${shortcutLabel('J')})`}
          onClick={() => onNotesOpenChange(!notesOpen)}
          data-testid="notes-button"
        >
          Notes
        </Button>
        <Button
          variant="ghost"
          icon="settings"
          aria-label="Settings"
          title="Settings: highlight colours, your name on reports, the library and its backups, the version"
          onClick={onOpenSettings}
          data-testid="settings-button"
        />
        <WatchedFoldersButton />
        {hasLastReport ? (
          <Button
            variant="ghost"
            icon="history"
            title="Last import: show its report again"
            onClick={onShowLastReport}
            data-testid="last-import-button"
          >
            Last import
          </Button>
        ) : null}
        <Button variant="primary" icon="import" busy={importBusy} disabled={!importReady} onClick={onImport} data-testid="import-button">
          {importBusy ? 'Importing…' : 'Import'}
        </Button>
      </div>
    </header>
  );
}
