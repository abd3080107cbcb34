import { useEffect, useState, type ReactNode } from 'react';
import { useToast } from '../../components/useToast';
import { call, onEvent } from '../api';
import { QueryClient } from './queryClient';
import { QueryContext } from './queryContext';
import { scopeOfChange, topicsOfChange } from './topics';

/**
 * Gives the window its query cache (lib/query/useQuery.ts): fetched through lib/api.ts, failures
 * shown as toasts, and answers invalidated by what the engine's `library:changed` names.
 */
export function QueryProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [client] = useState(() => new QueryClient(call, (error) => toast.showError(error)));
  useEffect(() => onEvent('library:changed', (event) => client.invalidate(topicsOfChange(event), scopeOfChange(event))), [client]);
  return <QueryContext value={client}>{children}</QueryContext>;
}
