import { useState } from 'react';
import type { SavedSearch } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Icon } from '../../components/Icon';
import { SaveSearchDialog } from './SaveSearchDialog';
import './searches.css';

/** Props of {@link SaveSearchButton}. */
export interface SaveSearchButtonProps {
  /** The query in the search box, trimmed. */
  query: string;
  /** The saved searches, or undefined while they load. */
  saved: readonly SavedSearch[] | undefined;
  onSave: (name: string, query: string) => Promise<boolean>;
}

/**
 * "Save search" in the results header, and the dialog it opens. A query saved already says so
 * instead ("Saved"), with its name in the tooltip: saving it twice would only add a duplicate.
 */
export function SaveSearchButton({ query, saved, onSave }: SaveSearchButtonProps) {
  const [open, setOpen] = useState(false);
  const match = saved?.find((s) => s.query === query);
  return (
    <>
      {match && !open ? (
        <span className="save-search-status" title={`Saved as “${match.name}” — in the sidebar`} data-testid="search-saved">
          <Icon name="check" size={13} />
          Saved
        </span>
      ) : (
        <Button variant="ghost" size="sm" disabled={saved === undefined} onClick={() => setOpen(true)} data-testid="save-search">
          Save search
        </Button>
      )}
      {open ? <SaveSearchDialog query={query} saved={saved ?? []} onSave={onSave} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
