import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { ORDER_ID_PREFIXES } from '../schema/port-in.input';
import { checkId } from '../schema/input-rules';
import { Order } from '../schema/order.type';
import { Requires } from '../access';

@Resolver(() => Order)
export class OrderResolver {
  @Requires('read')
  @Query(() => Order, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'A number order by its ID (JNUOID-…), with its status history; null when unknown.' })
  order(@Arg('id', () => ID, { description: 'The order ID (JNUOID-…).' }) id: string, @Ctx() { loaders }: Context): Promise<Order | null> {
    checkId(id, ORDER_ID_PREFIXES, 'id');
    return loaders.orderById.load(id).catch(nullWhenNotFound);
  }
}
