import { useId, useRef, type FocusEvent, type KeyboardEvent, type ToggleEvent } from 'react';
import { Icon } from '../../components/Icon';
import { HELP_SECTIONS } from './searchHelpTopics';
import './search.css';

/** Props of {@link SearchHelp}. */
export interface SearchHelpProps {
  /** An example was chosen: put it in the search box and search. */
  onPick: (query: string) => void;
}

const EXAMPLE = '.search-help__example:not(:disabled)';

/**
 * The "?" of the search box and the popover it opens: the query language in brief, each example a
 * button that runs it. A native popover (`popover="auto"`): it sits in the top layer, closes on
 * Esc and on a click outside, and leaves the rest of the window usable.
 */
export function SearchHelp({ onPick }: SearchHelpProps) {
  const popoverId = useId();
  const popoverRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  const examples = () => [...(popoverRef.current?.querySelectorAll<HTMLButtonElement>(EXAMPLE) ?? [])];

  const onToggle = (event: ToggleEvent<HTMLDivElement>) => {
    if (event.newState === 'open') {
      examples()[0]?.focus();
      return;
    }
    // Closed with the keyboard from inside: give focus back to the "?" rather than to nowhere.
    if (document.activeElement === document.body) buttonRef.current?.focus();
  };

  const pick = (query: string) => {
    popoverRef.current?.hidePopover();
    onPick(query);
  };

  // Up/Down walk the examples, Home/End jump to the first/last; Tab works as everywhere.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const all = examples();
    const at = all.indexOf(document.activeElement as HTMLButtonElement);
    let next: number;
    if (event.key === 'ArrowDown') next = at < 0 ? 0 : Math.min(at + 1, all.length - 1);
    else if (event.key === 'ArrowUp') next = at < 0 ? 0 : Math.max(at - 1, 0);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = all.length - 1;
    else return;
    event.preventDefault();
    all[next]?.focus();
  };

  // Tabbing out of the popover closes it, so it never lingers over the list unnoticed.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const to = event.relatedTarget;
    if (to instanceof Node && !popoverRef.current?.contains(to) && to !== buttonRef.current) popoverRef.current?.hidePopover();
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="search-box__help"
        popoverTarget={popoverId}
        aria-label="Search help"
        aria-haspopup="dialog"
        title="Search help: phrases, OR, -exclude, prefix*, NEAR, filters"
        data-testid="search-help-button"
      >
        <Icon name="help" size={15} />
      </button>
      <div
        ref={popoverRef}
        id={popoverId}
        popover="auto"
        className="search-help"
        role="dialog"
        aria-label="Search help"
        data-testid="search-help"
        onToggle={onToggle}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      >
        <header className="search-help__header">
          <h2 className="search-help__title">Search syntax</h2>
          <span className="search-help__hint">Click an example to try it</span>
        </header>
        {HELP_SECTIONS.map((section) => (
          <section key={section.title} className="search-help__section" aria-label={section.title}>
            <h3 className="search-help__heading">{section.title}</h3>
            <dl className="search-help__list">
              {section.topics.map((topic) => (
                <div key={topic.examples.join(' ')} className={`search-help__row${topic.soon ? ' is-soon' : ''}`}>
                  <dt className="search-help__examples">
                    {topic.examples.map((example) =>
                      topic.soon ? (
                        <code key={example} className="search-help__example">
                          {example}
                        </code>
                      ) : (
                        <button
                          key={example}
                          type="button"
                          className="search-help__example"
                          title={`Search for ${example}`}
                          onClick={() => pick(example)}
                        >
                          {example}
                        </button>
                      )
                    )}
                  </dt>
                  <dd className="search-help__text">
                    {topic.text}
                    {topic.soon ? <span className="search-help__soon">Soon</span> : null}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
        <footer className="search-help__footer">
          Case and accents never matter. Plain words also find other spellings (<code>Deraa</code> finds Daraa); put a word in
          quotes to search only that spelling: <code>"Deraa"</code>.
        </footer>
      </div>
    </>
  );
}
