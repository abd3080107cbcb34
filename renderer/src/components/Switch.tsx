import { useId } from 'react';
import './Switch.css';

/** Props of {@link Switch}. */
export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  testId?: string;
  disabled?: boolean;
  /**
   * Why it cannot be switched now: it is then greyed out but keeps the focus (`aria-disabled`), and
   * the reason is its tooltip and its accessible description, so neither the mouse nor the keyboard
   * meets a greyed control that does not say why (as the menus' items, Menu.tsx).
   */
  disabledReason?: string | null;
}

/** An on/off toggle with its label, announced as an ARIA switch. */
export function Switch({ checked, onChange, label, testId, disabled, disabledReason }: SwitchProps) {
  const reasonId = useId();
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      className="switch"
      data-testid={testId}
      disabled={disabled}
      aria-disabled={disabledReason ? true : undefined}
      aria-describedby={disabledReason ? reasonId : undefined}
      title={disabledReason ?? undefined}
      onClick={disabledReason ? undefined : () => onChange(!checked)}
    >
      <span className="switch__track" aria-hidden="true">
        <span className="switch__thumb" />
      </span>
      <span className="switch__label">{label}</span>
      {disabledReason ? (
        <span id={reasonId} hidden>
          {disabledReason}
        </span>
      ) : null}
    </button>
  );
}
