import { useContext } from 'react';
import { ToastContext, type ToastApi } from './ToastContext';

/** The toast functions of the nearest {@link ToastProvider}. */
export function useToast(): ToastApi {
  return useContext(ToastContext);
}
