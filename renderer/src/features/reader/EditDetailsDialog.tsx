import { useState } from 'react';
import type { Article, ArticleCorrection } from '@shared/contract/schemas';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useToast } from '../../components/useToast';
import { call } from '../../lib/api';
import { sourceNote } from './fieldSources';
import './editDetails.css';

/** The fields a user can correct, in the order the form shows them. */
const FIELDS: ReadonlyArray<{ key: keyof ArticleCorrection; label: string; hint?: string }> = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet', hint: 'The publication, e.g. The New Arab' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedAt', label: 'Published', hint: 'YYYY-MM-DD' },
  { key: 'url', label: 'URL' },
  { key: 'language', label: 'Language', hint: 'e.g. en, ar' }
];

function valueOf(article: Article, key: keyof ArticleCorrection): string {
  const v = article[key];
  return typeof v === 'string' ? (key === 'publishedAt' ? v.slice(0, 10) : v) : '';
}

/**
 * Corrects an article's metadata. Only changed fields are sent; the engine remembers them, so a
 * re-import of a changed version of the file keeps the user's corrections. Under each field, where
 * its value came from (the file's metadata, the text, the file's properties, detection).
 */
export function EditDetailsDialog({
  article,
  open,
  onClose,
  onSaved
}: {
  article: Article;
  open: boolean;
  onClose: () => void;
  onSaved: (a: Article) => void;
}) {
  const toast = useToast();
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(FIELDS.map((f) => [f.key, valueOf(article, f.key)]))
  );
  const [saving, setSaving] = useState(false);

  const save = () => {
    const changes: ArticleCorrection = {};
    for (const f of FIELDS) {
      const v = values[f.key] ?? '';
      if (v !== valueOf(article, f.key)) changes[f.key] = v;
    }
    if (Object.keys(changes).length === 0) return onClose();
    setSaving(true);
    call('articles:correct', { id: article.id, changes })
      .then((updated) => {
        onSaved(updated);
        onClose();
      }, toast.showError)
      .finally(() => setSaving(false));
  };

  return (
    <Dialog
      open={open}
      title="Edit details"
      subtitle="Corrections are kept when the file is imported again."
      onClose={onClose}
      testId="edit-details"
      busy={saving}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>
            Cancel
          </Button>
          <Button variant="primary" busy={saving} onClick={save} data-testid="edit-details-save">
            Save
          </Button>
        </>
      }
    >
      <form
        className="edit-details"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {FIELDS.map((f, i) => (
          <label key={f.key} className="edit-details__field">
            <span className="edit-details__label">
              {f.label}
              {article.corrected.includes(f.key) ? <span className="edit-details__badge">corrected</span> : null}
            </span>
            <input
              className="edit-details__input"
              value={values[f.key] ?? ''}
              placeholder={f.hint}
              onChange={(e) => setValues((old) => ({ ...old, [f.key]: e.target.value }))}
              data-testid={`edit-${f.key}`}
              data-autofocus={i === 0 || undefined}
            />
            <SourceNote field={f.key} article={article} />
          </label>
        ))}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}

function SourceNote({ field, article }: { field: keyof ArticleCorrection; article: Article }) {
  const source = article.sources[field];
  // The title is never filled from a copy (every article has one).
  const copiedFrom = field === 'title' ? undefined : article.copiedFrom[field];
  const note = sourceNote(field, source, copiedFrom);
  if (note === undefined) return null;
  return (
    <span
      className={`edit-details__source${source === 'file' ? ' edit-details__source--file' : ''}`}
      data-testid={`source-${field}`}
      title={source === 'copy' ? copiedFrom : undefined}
    >
      {note}
    </span>
  );
}
