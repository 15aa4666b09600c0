import type { Order } from '../../graph/schema/order.type';
import type { TelegentClient } from '../client';
import { perKeyLoader } from '../loader-factories';
import type { RequestPriority } from '../rate-limiter';
import { type RawOrder, toOrder } from './mappers';

/** Order watching reads at the background priority, so it never delays interactive queries. */
export function getOrder(client: TelegentClient, orderId: string, priority?: RequestPriority): Promise<RawOrder> {
  return client.get<RawOrder>('/numbers/order', { OrderId: orderId }, priority);
}

/** An order as the graph serves it, read at `priority`. */
export async function readOrder(client: TelegentClient, orderId: string, priority?: RequestPriority): Promise<Order> {
  return toOrder(await getOrder(client, orderId, priority));
}

export function createOrderLoaders(client: TelegentClient) {
  return { orderById: perKeyLoader((id: string) => readOrder(client, id)) };
}
