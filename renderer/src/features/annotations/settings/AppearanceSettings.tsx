import { readAppearance, useAppearance } from '../../../app/appearance';

/**
 * Settings → Appearance (review 14 #17: dark followed the OS alone): System, Light or Dark. A
 * choice applies at once and is remembered on this computer, without Save: it is how the window
 * looks, not something the library keeps.
 */
export function AppearanceSettings() {
  const [appearance, setAppearance] = useAppearance();
  return (
    <section className="settings__appearance" aria-labelledby="settings-appearance-title" data-testid="settings-appearance">
      <h3 id="settings-appearance-title" className="settings__section">
        Appearance
      </h3>
      <label className="settings__field">
        <span>Theme</span>
        <select
          value={appearance}
          onChange={(event) => setAppearance(readAppearance(event.target.value) ?? 'system')}
          data-testid="settings-theme"
        >
          <option value="system">System (follow the computer)</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <p className="settings__hint">Applies at once and is remembered on this computer.</p>
    </section>
  );
}
