/** What an order that completes changes in the cached lists (README "The read cache"): for the order watcher. */
import type { TelegentClient } from '../client';
import { numbersChanged, numbersJoined } from '../numbers/cache-changes';
import { getNumber } from '../numbers/reads';
import type { CacheChange } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import { listersOf, subscribersChanged } from '../subscribers/cache-changes';
import { type RawOrder, isCompletedOrderStatus } from './mappers';

/** Order types whose numbers join the inventory when they complete (the sandbox provisions at once; the platform may not). */
const JOINING_ORDER_TYPES: ReadonlySet<string> = new Set(['portin', 'provision']);

/**
 * What an order that completed after it was placed changed in the cached lists. A port-in's (or a
 * late provisioning's) numbers joined the account's inventory, bound to the subscriber named at
 * submit, whose directory record lists them now (one read of each number says which); other
 * orders' numbers changed in place (a port-out's status, a future-dated status change), and a
 * record that listed one is read again (a port-out unbinds it). An order complete as it was placed
 * changed nothing its write did not declare. `accountId`: the order's, when known.
 */
export async function completedOrderChanges(order: RawOrder, accountId: string | null, sources: { client: TelegentClient; cache: CacheView }): Promise<CacheChange[]> {
  const numbers = (order.PhoneNumbersOrdered ?? []).map((n) => n.Number);
  // Without a history the order may have moved: it is taken as having done so.
  const placedComplete = (order.StatusHistory?.length ?? 2) < 2;
  if (!isCompletedOrderStatus(order.OrderStatus) || placedComplete || numbers.length === 0) return [];
  const joined = JOINING_ORDER_TYPES.has((order.OrderType ?? '').toLowerCase());
  const [listers, bound] = await Promise.all([
    listersOf(sources.cache, numbers),
    joined ? Promise.all(numbers.map((n) => getNumber(sources.client, n).then((row) => row.AssignedSubscriberId ?? null, () => null))) : [],
  ]);
  return [
    ...(joined ? numbersJoined(accountId, numbers) : numbersChanged(numbers)),
    ...subscribersChanged([...listers.map((s) => s.SubscriberId), ...bound]),
  ];
}
