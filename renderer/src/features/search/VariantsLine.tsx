import { Fragment } from 'react';
import { Icon } from '../../components/Icon';
import type { VariantGroup } from './variantWords';

/**
 * The quiet line that says which other spellings were searched: "Also searched: Daraa (for
 * Deraa)". News spells names many ways, so a researcher must see why an article matched a word
 * it does not contain, and how to turn that off (quotes).
 */
export function VariantsLine({ groups }: { groups: readonly VariantGroup[] }) {
  const searched = groups.filter((g) => g.included);
  const leftOut = groups.filter((g) => !g.included);
  const example = groups[0]?.typed ?? 'Deraa';
  return (
    <p
      className="results__variants"
      data-testid="search-variants"
      title={`Put a word in quotes to search only that spelling: "${example}"`}
    >
      <Icon name="approx" size={13} className="results__variants-icon" />
      <span>
        {searched.length > 0 ? (
          <>
            Also searched: <Groups groups={searched} />
          </>
        ) : null}
        {searched.length > 0 && leftOut.length > 0 ? '. ' : null}
        {leftOut.length > 0 ? (
          <>
            Also left out: <Groups groups={leftOut} />
          </>
        ) : null}
      </span>
    </p>
  );
}

function Groups({ groups }: { groups: readonly VariantGroup[] }) {
  return groups.map((group, g) => (
    <Fragment key={group.typed}>
      {g > 0 ? '; ' : null}
      {group.variants.map((variant, v) => (
        <Fragment key={variant}>
          {v > 0 ? ', ' : null}
          <span className="results__variant">{variant}</span>
        </Fragment>
      ))}
      <span className="results__variant-source"> (for {group.included ? group.typed : `-${group.typed}`})</span>
    </Fragment>
  ));
}
