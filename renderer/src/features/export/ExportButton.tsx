import { Button, type ButtonProps } from '../../components/Button';
import { useOpenExport } from './exportContext';
import type { ExportRequest } from './exportRequest';

/** Props of {@link ExportButton}: a button's look, and what it exports. */
export interface ExportButtonProps extends Omit<ButtonProps, 'onClick'> {
  /** The scope to fill in; a function when it is only known at the click. */
  request: ExportRequest | (() => ExportRequest);
  /** The icon alone (a crowded toolbar), named for screen readers and in its tooltip. */
  compact?: boolean;
}

/** An entry point to the Export dialog: a quiet button that opens it with this view's scope. */
export function ExportButton({
  request,
  compact = false,
  children = 'Export…',
  variant = 'ghost',
  size = 'sm',
  ...rest
}: ExportButtonProps) {
  const openExport = useOpenExport();
  return (
    <Button
      variant={variant}
      size={size}
      icon="export"
      onClick={() => openExport(typeof request === 'function' ? request() : request)}
      aria-label={compact ? 'Export…' : undefined}
      {...rest}
    >
      {compact ? null : children}
    </Button>
  );
}
