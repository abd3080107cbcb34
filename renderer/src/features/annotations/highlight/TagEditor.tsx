import { useId, useState } from 'react';
import { tagKey } from '@shared/annotations/tagKey';
import { useAnnotationTags } from '../useAnnotations';

/** A highlight's tags: chips to remove, a field to add one (suggesting the tags in use). */
export function TagEditor({ tags, onChange }: { tags: readonly string[]; onChange: (tags: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const listId = useId();
  const suggestions = useAnnotationTags(draft.trim()) ?? [];
  const add = () => {
    const tag = draft.trim();
    setDraft('');
    // The same tag in another case (Été, été) is already there: tagKey, as the library compares tags.
    if (!tag || tags.some((t) => tagKey(t) === tagKey(tag))) return;
    onChange([...tags, tag]);
  };
  return (
    <div className="hl-tags">
      <ul className="hl-tags__list" aria-label="Tags">
        {tags.map((tag) => (
          <li key={tag} className="tag hl-tags__tag" data-testid="highlight-tag">
            {tag}
            <button
              type="button"
              className="hl-tags__remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <input
        className="hl-tags__input"
        list={listId}
        value={draft}
        maxLength={100}
        placeholder="Add a tag…"
        aria-label="Add a tag"
        data-testid="highlight-tag-input"
        onChange={(event) => setDraft(event.target.value.replace(/[\r\n\t]/g, ' '))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
      />
      <datalist id={listId}>
        {suggestions
          .filter((s) => !tags.includes(s.tag))
          .map((s) => (
            <option key={s.tag} value={s.tag} />
          ))}
      </datalist>
    </div>
  );
}
