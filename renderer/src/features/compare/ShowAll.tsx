import { Icon } from '../../components/Icon';

/** A small button on a panel card that shows the item in every column carrying it at once. */
export function ShowAll({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="show-all" aria-label={label} title={label} data-testid="show-all" onClick={onClick}>
      <Icon name="columns" size={14} />
    </button>
  );
}
