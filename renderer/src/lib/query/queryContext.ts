import { createContext, useContext } from 'react';
import type { QueryClient } from './queryClient';

/** The window's one {@link QueryClient}, provided by `QueryProvider`. */
export const QueryContext = createContext<QueryClient | null>(null);

/** The nearest provider's client; a component outside any provider is a programming error. */
export function useQueryClient(): QueryClient {
  const client = useContext(QueryContext);
  if (!client) throw new Error('useQueryClient: no QueryProvider above this component.');
  return client;
}
