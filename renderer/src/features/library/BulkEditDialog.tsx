import { useState } from 'react';
import type { BulkCorrection } from '@shared/contract/schemas';
import { isCalendarDay } from '@shared/import/calendarDay';
import { LANGUAGE_CODE } from '@shared/import/languageCode';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { plural } from '../../lib/format';
import './library.css';

type Field = keyof BulkCorrection;

/** The fields "Edit details…" sets on picked articles, in the order the form shows them. */
const FIELDS: ReadonlyArray<{ key: Field; label: string; placeholder: string }> = [
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. BBC News' },
  { key: 'publishedAt', label: 'Published', placeholder: 'YYYY-MM-DD' },
  { key: 'collection', label: 'Collection', placeholder: 'e.g. bbc' },
  { key: 'language', label: 'Language', placeholder: 'e.g. en' }
];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What is wrong with a typed value, or null; empty fields are fine (they keep each article's own). */
export function bulkFieldProblem(key: Field, value: string): string | null {
  const v = value.trim();
  if (v === '') return null;
  if (key === 'publishedAt' && !DATE.test(v)) return 'Write the date as YYYY-MM-DD, e.g. 2005-03-01.';
  if (key === 'publishedAt' && !isCalendarDay(v)) return `There is no day ${v}; check the month and the day.`;
  if (key === 'language' && !LANGUAGE_CODE.test(v)) return 'Use a language code such as en, ar or pt-BR.';
  return null;
}

/** The fields the user filled, trimmed: the rest keep each article's own value. */
export function bulkChanges(values: Readonly<Partial<Record<Field, string>>>): BulkCorrection {
  const changes: BulkCorrection = {};
  for (const { key } of FIELDS) {
    const v = values[key]?.trim() ?? '';
    if (v !== '') changes[key] = v;
  }
  return changes;
}

/** Props of {@link BulkEditDialog}. */
export interface BulkEditDialogProps {
  ids: readonly number[];
  open: boolean;
  onClose: () => void;
  /** The articles changed: reload what shows them. */
  onSaved: () => void;
}

/**
 * "Edit details…" for the picked articles: the outlet, date, collection or language set on all of
 * them at once (most saved folders name no outlet or date). A field left empty keeps each article's
 * own value. Saved in one transaction, as corrections a re-import keeps.
 */
export function BulkEditDialog({ ids, open, onClose, onSaved }: BulkEditDialogProps) {
  const toast = useToast();
  const [values, setValues] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);
  const changes = bulkChanges(values);
  const problems = FIELDS.map((f) => bulkFieldProblem(f.key, values[f.key] ?? '')).filter((p): p is string => p !== null);
  const ready = Object.keys(changes).length > 0 && problems.length === 0;

  const save = () => {
    if (!ready || saving) return;
    setSaving(true);
    call('articles:correctMany', { ids: [...ids], changes })
      .then(({ updated }) => {
        toast.showMessage(`Updated the details of ${plural(updated, 'article')}.`);
        setValues({});
        onSaved();
        onClose();
      }, toast.showError)
      .finally(() => setSaving(false));
  };

  return (
    <Dialog
      open={open}
      title={`Edit details of ${plural(ids.length, 'article')}`}
      subtitle="Leave a field empty to keep each article’s own. Kept when the files are imported again."
      onClose={onClose}
      testId="bulk-edit"
      busy={saving}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" busy={saving} disabled={!ready} onClick={save} data-testid="bulk-edit-save">
            Set on {plural(ids.length, 'article')}
          </Button>
        </>
      }
    >
      <form
        className="bulk-edit"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        {FIELDS.map((f) => {
          const problem = bulkFieldProblem(f.key, values[f.key] ?? '');
          return (
            <label key={f.key} className="bulk-edit__field">
              <span className="bulk-edit__label">{f.label}</span>
              <input
                className="bulk-edit__input"
                value={values[f.key] ?? ''}
                placeholder={f.placeholder}
                aria-invalid={problem !== null}
                spellCheck={false}
                onChange={(event) => setValues((old) => ({ ...old, [f.key]: event.target.value }))}
                data-testid={`bulk-edit-${f.key}`}
              />
              {problem ? (
                <span className="bulk-edit__problem" role="alert">
                  {problem}
                </span>
              ) : null}
            </label>
          );
        })}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
