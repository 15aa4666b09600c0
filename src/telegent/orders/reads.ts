import DataLoader from 'dataloader';
import type { Order } from '../../graph/schema/order.type';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { OrderProfiles } from '../../stores/profile-store';
import type { TelegentClient } from '../client';
import { type Within, answered, lookupWithin, perKeyLoader } from '../loader-factories';
import type { RequestPriority } from '../rate-limiter';
import type { Reach } from '../reach';
import { type RawOrder, toOrder } from './mappers';

/** Order watching reads at the background priority, so it never delays interactive queries. */
export function getOrder(client: TelegentClient, orderId: string, priority?: RequestPriority): Promise<RawOrder> {
  return client.get<RawOrder>('/numbers/order', { OrderId: orderId }, priority);
}

/** An order as the graph serves it, read at `priority`. */
export async function readOrder(client: TelegentClient, orderId: string, priority?: RequestPriority): Promise<Order> {
  return toOrder(await getOrder(client, orderId, priority));
}

/**
 * An order is within reach when the account the gateway recorded for it is (`orderProfiles`), or
 * one of the numbers it names is (`numberByE164` answers those within reach); beyond it, an order
 * answers as an unknown one. Telegent reads orders one at a time, so an order ID costs one read
 * whether or not it turns out to be within reach.
 */
export function createOrderLoaders(client: TelegentClient, reach: Reach, orderProfiles: OrderProfiles, numberByE164: DataLoader<string, PhoneNumber>) {
  /** Whether each order is within reach (always, for the operator). */
  const orderWithinReach = new DataLoader<Order, Within, string>(
    async (orders) => {
      if (reach.everything) return orders.map(() => true);
      const numbers = [...new Set(orders.flatMap((o) => o.numbers))];
      const [recorded, verdicts] = await Promise.all([orderProfiles.getMany(orders.map((o) => o.id)), answered(numberByE164, numbers)]);
      const numberWithinReach = new Map(numbers.map((n, i) => [n, verdicts[i]!]));
      return orders.map((order, i) => {
        const ofNumbers = order.numbers.map((n) => numberWithinReach.get(n)!);
        if (reach.order(recorded[i]?.AccountId ?? null, ofNumbers.includes(true))) return true;
        return ofNumbers.find((v): v is Error => v instanceof Error) ?? false;
      });
    },
    { cacheKeyFn: (order) => order.id },
  );
  return {
    orderById: lookupWithin(
      reach,
      perKeyLoader((id: string) => readOrder(client, id)),
      (orders) => orderWithinReach.loadMany(orders),
      'Order',
    ),
    orderWithinReach,
  };
}
