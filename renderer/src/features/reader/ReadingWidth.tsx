import { useStoredValue } from '../../lib/useStoredValue';

/** How wide the reader's column of text may grow. */
export type ReadingWidth = 'narrow' | 'medium' | 'wide';

const WIDTHS: readonly ReadingWidth[] = ['narrow', 'medium', 'wide'];
const readWidth = (stored: string | null) => WIDTHS.find((w) => w === stored);

/** The reading width chosen in the reader's toolbar, remembered across sessions (medium at first). */
export function useReadingWidth(): [ReadingWidth, (width: ReadingWidth) => void] {
  return useStoredValue<ReadingWidth>('crosscheck.readingWidth', 'medium', readWidth);
}

/** Props of {@link ReadingWidthSelect}. */
export interface ReadingWidthSelectProps {
  value: ReadingWidth;
  onChange: (width: ReadingWidth) => void;
}

/** The reader toolbar's choice of text width: narrow (about 60 characters a line), medium, wide. */
export function ReadingWidthSelect({ value, onChange }: ReadingWidthSelectProps) {
  return (
    <select
      className="reader__width"
      aria-label="Reading width"
      title="How wide the text may grow"
      value={value}
      onChange={(event) => onChange(readWidth(event.target.value) ?? 'medium')}
      data-testid="reading-width"
    >
      <option value="narrow">Narrow</option>
      <option value="medium">Medium</option>
      <option value="wide">Wide</option>
    </select>
  );
}
