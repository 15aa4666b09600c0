import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeResolverData } from 'type-graphql';
import type { Context } from '../../context';
import { Order } from '../schema/order.type';
import { checkId } from '../schema/input-rules';
import { ORDER_ID_PREFIXES } from '../schema/port-in.input';
import { Requires } from '../access';

type Subscribe<A> = SubscribeResolverData<unknown, A, Context>;

@Resolver()
export class OrderSubscriptionResolver {
  @Requires('read')
  @Subscription(() => Order, {
    description:
      'One order as it moves: its state now, then each new status (pushed from Telegent’s webhooks and from polling), ' +
      'completing after a final one (Complete, Completed, Rejected, Cancelled, Error). NOT_FOUND for an order you cannot see ' +
      '(unknown, or beyond your reach: they answer alike).',
    subscribe: ({ args, context }: Subscribe<{ orderId: string }>) => {
      checkId(args.orderId, ORDER_ID_PREFIXES, 'orderId');
      return context.orderStreams.statusOf(args.orderId, context);
    },
  })
  orderStatusChanged(
    @Root() order: Order,
    @Arg('orderId', () => ID, { description: 'The order (JNUOID-…).' }) _orderId: string,
  ): Order {
    return order;
  }

  @Requires('read')
  @Subscription(() => Order, {
    description:
      'Every status change of the open orders the gateway knows of (those placed through it, and those Telegent’s ' +
      'Order_Update webhooks name) within your reach: provisioning, updates, status changes, porting. NOT_FOUND for an ' +
      'account beyond your reach.',
    subscribe: ({ args, context }: Subscribe<{ accountId?: string | null }>) => {
      checkId(args.accountId, ['AID'], 'accountId');
      return context.orderStreams.feed(args.accountId ?? null, context);
    },
  })
  orderUpdates(
    @Root() order: Order,
    @Arg('accountId', () => ID, { nullable: true, description: 'Only this account’s orders (those whose account the gateway knows).' }) _accountId: string | null,
  ): Order {
    return order;
  }
}
