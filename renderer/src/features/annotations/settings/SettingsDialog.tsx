import { useState } from 'react';
import type { ColourMeaning } from '../../../../../shared/contract/annotationSchemas';
import { Button } from '../../../components/Button';
import { Dialog } from '../../../components/Dialog';
import { useToast } from '../../../components/useToast';
import { colourLabel } from '../highlight/highlightContext';
import { annotationsApi, useColourMeanings } from '../useAnnotations';
import '../annotations.css';

/** Props of {@link SettingsDialog}. */
export interface SettingsDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * Settings: what each highlight colour means (`annotations:colours:set`). The names show in the
 * legends of the reader, the comparison and the notes panel.
 */
export function SettingsDialog({ open, onClose }: SettingsDialogProps) {
  return open ? <SettingsForm onClose={onClose} /> : null;
}

function SettingsForm({ onClose }: { onClose: () => void }) {
  const toast = useToast();
  const colours = useColourMeanings();
  const [edits, setEdits] = useState<Record<number, string>>({});
  const [saving, setSaving] = useState(false);
  const valueOf = (colour: number) => edits[colour] ?? colourLabel(colours, colour);
  const empty = [1, 2, 3, 4, 5, 6].filter((c) => valueOf(c).trim() === '');
  const tooLong = [1, 2, 3, 4, 5, 6].filter((c) => valueOf(c).trim().length > 60);

  const save = async () => {
    const changed: ColourMeaning[] = Object.entries(edits)
      .map(([colour, label]) => ({ colour: Number(colour), label: label.trim() }))
      .filter((c) => c.label !== colourLabel(colours, c.colour));
    if (changed.length === 0) {
      onClose();
      return;
    }
    setSaving(true);
    try {
      await annotationsApi.setColours(changed);
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
      subtitle="What each highlight colour means. The names show in the legends and the notes panel."
      onClose={onClose}
      testId="settings-dialog"
      width={440}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button
            variant="primary"
            busy={saving}
            disabled={empty.length > 0 || tooLong.length > 0}
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
            />
          </label>
        ))}
        {empty.length ? (
          <p className="colour-settings__error">Every colour needs a name: type one, or keep the old one.</p>
        ) : null}
        {tooLong.length ? <p className="colour-settings__error">A colour’s name is at most 60 characters.</p> : null}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
