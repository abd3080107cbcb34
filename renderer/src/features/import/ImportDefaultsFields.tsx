import type { ImportDefaults } from '@shared/contract/schemas';
import { LANGUAGE_CODE } from '@shared/import/languageCode';

/** What the user typed in the three fields, as typed. */
export type DefaultsDraft = Readonly<Record<'outlet' | 'collection' | 'language', string>>;

export const EMPTY_DEFAULTS: DefaultsDraft = { outlet: '', collection: '', language: '' };

/** Why the language field cannot be used, or null (empty is fine: no default). */
export function languageProblem(draft: DefaultsDraft): string | null {
  const language = draft.language.trim();
  return language === '' || LANGUAGE_CODE.test(language) ? null : 'Use a language code such as en, ar or pt-BR.';
}

/** The fields the user filled, trimmed, for `import:paths`; undefined when all are empty. */
export function defaultsOf(draft: DefaultsDraft): ImportDefaults | undefined {
  const entries = Object.entries(draft)
    .map(([key, value]) => [key, value.trim()] as const)
    .filter(([, value]) => value !== '');
  return entries.length > 0 ? (Object.fromEntries(entries) as ImportDefaults) : undefined;
}

const FIELDS = [
  { key: 'outlet', label: 'Outlet', placeholder: 'e.g. BBC News' },
  { key: 'collection', label: 'Collection', placeholder: 'e.g. bbc' },
  { key: 'language', label: 'Language', placeholder: 'e.g. en' }
] as const;

/**
 * Outlet, collection and language for a whole import: most saved folders (a scrape, a corpus)
 * name no outlet in their files, and every row would show "—". A file's own value always wins.
 */
export function ImportDefaultsFields({ draft, onChange }: { draft: DefaultsDraft; onChange: (draft: DefaultsDraft) => void }) {
  const problem = languageProblem(draft);
  return (
    <fieldset className="import-defaults" data-testid="import-defaults">
      <legend className="import-defaults__legend">Details for the whole import (optional)</legend>
      <div className="import-defaults__grid">
        {FIELDS.map((f) => (
          <label key={f.key} className="import-defaults__field">
            <span className="import-defaults__label">{f.label}</span>
            <input
              className="import-defaults__input"
              value={draft[f.key]}
              placeholder={f.placeholder}
              spellCheck={false}
              aria-invalid={f.key === 'language' && problem !== null}
              onChange={(event) => onChange({ ...draft, [f.key]: event.target.value })}
              data-testid={`import-default-${f.key}`}
            />
          </label>
        ))}
      </div>
      {problem ? (
        <p className="import-defaults__problem" role="alert">
          {problem}
        </p>
      ) : (
        <p className="import-defaults__hint">The outlet and language go only to files that name none; the collection to every article.</p>
      )}
    </fieldset>
  );
}
