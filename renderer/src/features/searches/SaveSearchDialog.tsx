import { useState } from 'react';
import type { SavedSearch } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import './searches.css';

/** Props of {@link SaveSearchDialog}. */
export interface SaveSearchDialogProps {
  /** The query to save, as in the search box. */
  query: string;
  /** The searches saved already: saving under one of their names replaces its query. */
  saved: readonly SavedSearch[];
  /** Saves; resolves false when the engine refused (the dialog stays open, a toast says why). */
  onSave: (name: string, query: string) => Promise<boolean>;
  onClose: () => void;
}

/** Names are short labels in the sidebar; the engine allows 200 characters. */
const MAX_NAME = 200;

/**
 * Asks for the name of a search to save, prefilled with the query (often name enough). Mounted
 * only while open, so every opening starts from the current query.
 */
export function SaveSearchDialog({ query, saved, onSave, onClose }: SaveSearchDialogProps) {
  const [name, setName] = useState(() => query.slice(0, MAX_NAME));
  const [saving, setSaving] = useState(false);
  const trimmed = name.trim();
  const folded = trimmed.toLocaleLowerCase();
  // The engine matches names in any case; say so before the user overwrites one by accident.
  const existing = saved.find((s) => s.name.toLocaleLowerCase() === folded);

  const save = () => {
    if (trimmed === '' || saving) return;
    setSaving(true);
    onSave(trimmed, query).then((ok) => {
      setSaving(false);
      if (ok) onClose();
    });
  };

  return (
    <Dialog
      open
      title="Save search"
      subtitle="It stays in the sidebar, with how many articles match it now."
      onClose={onClose}
      width={460}
      busy={saving}
      testId="save-search-dialog"
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" busy={saving} disabled={trimmed === ''} onClick={save} data-testid="save-search-submit">
            {existing && existing.query !== query ? 'Replace' : 'Save'}
          </Button>
        </>
      }
    >
      <form
        className="save-search"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <label className="save-search__field">
          <span className="save-search__label">Name</span>
          <input
            className="save-search__input"
            value={name}
            maxLength={MAX_NAME}
            autoFocus
            data-autofocus
            spellCheck={false}
            data-testid="save-search-name"
            onFocus={(event) => event.currentTarget.select()}
            onChange={(event) => setName(event.target.value)}
          />
        </label>
        <div className="save-search__query">
          <span className="save-search__label">Query</span>
          <code className="save-search__code">{query}</code>
        </div>
        {existing && existing.query !== query ? (
          <p className="save-search__note" role="status">
            A saved search is already called “{existing.name}”. Saving replaces its query (<code>{existing.query}</code>).
          </p>
        ) : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
