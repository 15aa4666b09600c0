/** What number writes (and orders that complete) change in the cached inventories (README "The read cache"). */
import type { CacheChange } from '../read-cache/collection';
import { INVENTORY, inventoryOf } from './reads';

/** Numbers changed in place (status, routes, CNAM, flags, binding): every inventory entry that holds them reads them again. */
export function numbersChanged(numbers: readonly string[]): CacheChange[] {
  return numbers.length === 0 ? [] : [{ every: INVENTORY, rereadHeld: [...new Set(numbers)] }];
}

/**
 * Numbers that joined an account (bought, ported in, moved, swapped in): the distributor's
 * inventory reads them; the account's is read again whole (a page), as the one-number read does not
 * tell the account. An unknown account's entry catches up at its max age.
 */
export function numbersJoined(accountId: string | null, numbers: readonly string[]): CacheChange[] {
  if (numbers.length === 0) return [];
  return [{ entry: inventoryOf(null), reread: [...new Set(numbers)] }, ...(accountId ? [{ entry: inventoryOf(accountId), invalidate: true as const }] : [])];
}
