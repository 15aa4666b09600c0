import type { CacheKind } from '../../config';
import type { TelegentClient } from '../client';

export type { CacheKind } from '../../config';

/**
 * One kind of upstream list the read cache keeps, declared by the area that owns its endpoint: how
 * to read it whole (every page), how to name a record, and how to read one record again when a
 * write names it.
 */
export interface Collection<R> {
  kind: CacheKind;
  /**
   * Every page of the list for `param` ('' for a distributor-wide list, an account ID for one
   * account's); `beforeCall` runs before each upstream call (the refresh budget).
   */
  fetch(client: TelegentClient, param: string, beforeCall: () => Promise<void>): Promise<R[][]>;
  idOf(record: R): string;
  /**
   * Reads one record again (null: it is gone). Absent for lists with no one-record read: a
   * record a write names then makes the whole entry be read again.
   */
  fetchOne?(client: TelegentClient, param: string, id: string): Promise<R | null>;
}

/**
 * Every page of a paged upstream list: `readPage` reads page 1, 2 … (`beforeCall` before each call)
 * until a page comes back short or `total` rows have been read.
 */
export async function fetchPages<R>(pageSize: number, beforeCall: () => Promise<void>, readPage: (page: number) => Promise<{ rows: R[]; total: number }>): Promise<R[][]> {
  const pages: R[][] = [];
  let read = 0;
  for (let page = 1; ; page += 1) {
    await beforeCall();
    const { rows, total } = await readPage(page);
    pages.push(rows);
    read += rows.length;
    if (rows.length < pageSize || read >= total) return pages;
  }
}

/** An entry of the cache: one list, for one parameter. */
export interface EntryRef<R> {
  collection: Collection<R>;
  param: string;
}

/**
 * What a write changed in the cached lists, as its area declares it (`WriteSpec.changes`). Each
 * change reaches every instance before the write's answer leaves, so the next read anywhere sees
 * the write (README "Read-your-writes").
 */
export type CacheChange<R = unknown> =
  /** These records changed or appeared: read them again (one call each) before the entry is served next. */
  | { entry: EntryRef<R>; reread: readonly string[] }
  /** The write's answer is the record as it now is. */
  | { entry: EntryRef<R>; upsert: readonly R[] }
  /** These records are gone. */
  | { entry: EntryRef<R>; remove: readonly string[] }
  /** The entry as a whole changed in ways one-record reads cannot follow: it is read again before it is served next. */
  | { entry: EntryRef<R>; invalidate: true }
  /**
   * These records changed, in whichever entries of the kind hold them (every account's inventory,
   * the distributor's): each entry that holds one reads it again; none gains a record it did not hold.
   */
  | { every: Collection<R>; rereadHeld: readonly string[] };

/** A change to declare: `entry` with one parameter. */
export function entryOf<R>(collection: Collection<R>, param = ''): EntryRef<R> {
  return { collection, param };
}
