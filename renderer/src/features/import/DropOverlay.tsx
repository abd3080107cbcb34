import { Icon } from '../../components/Icon';
import './import.css';

/** The drop target shown while files are dragged over the window. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" aria-hidden="true">
      <div className="drop-overlay__card">
        <Icon name="import" size={22} />
        <span className="drop-overlay__title">Drop to import</span>
        <span className="drop-overlay__text">Folders are read with everything inside them.</span>
      </div>
    </div>
  );
}
