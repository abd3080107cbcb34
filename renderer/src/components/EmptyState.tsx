import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';
import './EmptyState.css';

/** Props of {@link EmptyState}. */
export interface EmptyStateProps {
  icon: IconName;
  title: string;
  children?: ReactNode;
  /** Buttons or links offered as the way forward. */
  actions?: ReactNode;
  testId?: string;
}

/** A calm, centred explanation for a view with nothing to show, and what to do about it. */
export function EmptyState({ icon, title, children, actions, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      <div className="empty-state__icon">
        <Icon name={icon} size={22} />
      </div>
      <h2 className="empty-state__title">{title}</h2>
      {children ? <div className="empty-state__text">{children}</div> : null}
      {actions ? <div className="empty-state__actions">{actions}</div> : null}
    </div>
  );
}
