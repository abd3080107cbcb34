import { useState } from 'react';
import type { ColourMeaning } from '@shared/contract/annotationSchemas';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { useToast } from '../../../components/useToast';
import { call } from '../../../lib/api';
import { useInvalidate, useQuery } from '../../../lib/query/useQuery';
import { colourLabel } from '../highlight/highlightContext';
import { useAnnotationWrites, useColourMeanings } from '../useAnnotations';
import { AboutSettings } from './AboutSettings';
import { AppearanceSettings } from './AppearanceSettings';
import { LibrarySettings } from './LibrarySettings';
import '../annotations.css';
import './settings.css';

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Settings: what each highlight colour means (`annotations:colours:set`), shown in the legends of
 * the reader, the comparison and the notes panel; the name exported reports say they were
 * made by (`export:settings:set`, optional); the theme (applied at once, remembered in
 * this window's local storage); the library and the version.
 */
export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  return open ? <SettingsForm onClose={onClose} /> : null;
}

function SettingsForm({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const colours = useColourMeanings();
  const [edits, setEdits] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const annotationsApi = useAnnotationWrites();
  const invalidate = useInvalidate();
  const storedAuthor = useQuery('export:settings:get', {}).value?.author ?? '';
  // null until typed in: the stored name shows, even when it arrives after the dialog opened.
  const [authorEdit, setAuthorEdit] = useState<string | null>(null);
  const author = authorEdit ?? storedAuthor;
  const authorTooLong = author.trim().length > 200;
  const valueOf = (colour: number) => edits[colour] ?? colourLabel(colours, colour);
  const empty = [1, 2, 3, 4, 5, 6].filter((c) => valueOf(c).trim() === '');
  const tooLong = [1, 2, 3, 4, 5, 6].filter((c) => valueOf(c).trim().length > 60);

  const save = async () => {
    const changed: ColourMeaning[] = Object.entries(edits)
      .map(([colour, label]) => ({ colour: Number(colour), label: label.trim() }))
      .filter((c) => c.label !== colourLabel(colours, c.colour));
    const authorChanged = authorEdit !== null && authorEdit.trim() !== storedAuthor;
    if (changed.length === 0 && !authorChanged) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      if (changed.length > 0) await annotationsApi.setColours(changed);
      if (authorChanged) {
        await call('export:settings:set', { author: authorEdit.trim() || null });
        invalidate(['settings']);
      }
      onClose();
    } catch (error) {
      toast.showError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog
      open
      title="Settings"
      subtitle="What each highlight colour means, who exported reports say made them, the theme, and where the library is, checked and backed up."
      onClose={onClose}
      testId="settings-dialog"
      width={440}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            busy={saving}
            disabled={empty.length > 0 || tooLong.length > 0 || authorTooLong}
            onClick={save}
            data-testid="settings-save"
          >
            Save
          </Button>
        </>
      }
    >
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3 className="settings__section">Highlight colours</h3>
        {[1, 2, 3, 4, 5, 6].map((colour) => (
          <label key={colour} className="colour-settings__row">
            <span
              className="colour-legend__dot"
              style={{ background: `var(--hl-${colour}-bar, var(--passage-${colour}))` }}
              aria-hidden="true"
            />
            <span>Colour {colour}</span>
            <input
              value={valueOf(colour)}
              maxLength={80}
              onChange={(e) => setEdits((all) => ({ ...all, [colour]: e.target.value }))}
              data-testid={`colour-name-${colour}`}
              data-autofocus={colour === 1 || undefined}
            />
          </label>
        ))}
        {empty.length ? (
          <p className="colour-settings__error">Every colour needs a name: type one, or keep the old one.</p>
        ) : null}
        {tooLong.length ? <p className="colour-settings__error">A colour’s name is at most 60 characters.</p> : null}
        <h3 className="settings__section">Reports</h3>
        <label className="settings__field">
          <span>Your name</span>
          <input
            value={author}
            maxLength={220}
            placeholder="Optional"
            autoComplete="name"
            onChange={(e) => setAuthorEdit(e.target.value)}
            data-testid="settings-author"
          />
        </label>
        <p className="settings__hint">Exported reports say they were made by this name. Leave it empty to name no one.</p>
        {authorTooLong ? <p className="colour-settings__error">A name is at most 200 characters.</p> : null}
        <button type="submit" hidden />
      </form>
      <AppearanceSettings />
      <LibrarySettings />
      <AboutSettings />
    </Dialog>
  );
}
