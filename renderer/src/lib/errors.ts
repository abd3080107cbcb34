import { ApiError } from './api';

/** A sentence to show the user for anything thrown: the engine's own message when there is one. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error && error.message) return error.message;
  return 'Something went wrong.';
}
