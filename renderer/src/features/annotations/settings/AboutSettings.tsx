import { version } from '../../../../../package.json';

/**
 * Settings → About (review 11: the window showed its version nowhere and pointed to no help): the
 * version, and where the documentation is. NB: no web link — nothing leaves the machine, and the
 * docs come with the source, so the folder is named instead.
 */
export function AboutSettings() {
  return (
    <section className="settings__about" aria-labelledby="settings-about-title" data-testid="settings-about">
      <h3 id="settings-about-title" className="settings__section">
        About
      </h3>
      <p className="settings__hint-plain" data-testid="settings-version">
        Crosscheck {version}
      </p>
      <p className="settings__hint-plain">
        How each part works (search, stories, compare, notes, the <code>crosscheck</code> command line) is written in the Markdown
        files of the <code>docs</code> folder that comes with Crosscheck’s source, beside its README.md.
      </p>
    </section>
  );
}
