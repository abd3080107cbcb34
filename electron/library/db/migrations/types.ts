import type { WritableDb } from '../connection';

/** One schema step. `up` runs inside the migration transaction; it must not commit. */
export interface Migration {
  /** Becomes `PRAGMA user_version` once applied; numbered from 1 without gaps. */
  readonly version: number;
  readonly name: string;
  up(db: WritableDb): void;
}
