/** What writes elsewhere (numbers, orders) change in the cached directory (README "The read cache"). */
import type { CacheChange } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import type { RawSubscriber } from './mappers';
import { DIRECTORY } from './reads';

/**
 * Subscribers whose directory records changed in a way no answer at hand shows (a number bound to
 * or taken from them by a number write): read again, one call each.
 */
export function subscribersChanged(ids: readonly (string | null | undefined)[]): CacheChange[] {
  const named = [...new Set(ids.filter((id): id is string => typeof id === 'string' && id !== ''))];
  return named.length === 0 ? [] : [{ entry: DIRECTORY, reread: named }];
}

/**
 * The directory records that list any of `numbers`, as this process holds the directory: none when
 * it holds none (the graph serves a subscriber's numbers from the inventories, not from these
 * lists, so an instance's copy not found here catches up at its next refresh).
 */
export async function listersOf(cache: CacheView, numbers: readonly string[]): Promise<RawSubscriber[]> {
  const held = await cache.peek(DIRECTORY);
  if (!held || numbers.length === 0) return [];
  const wanted = new Set(numbers);
  return held.list().filter((subscriber) => (subscriber.PhoneNumbers ?? []).some((n) => wanted.has(n)));
}
