import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { nullWhenNotFound } from '../datasources/errors';
import { Order } from '../schema/order.type';

@Resolver(() => Order)
export class OrderResolver {
  @Query(() => Order, { nullable: true, description: 'A number order by its ID (JNUOID-…), with its status history; null when unknown.' })
  order(@Arg('id', () => ID, { description: 'The order ID (JNUOID-…).' }) id: string, @Ctx() { loaders }: Context): Promise<Order | null> {
    return loaders.orderById.load(id).catch(nullWhenNotFound);
  }
}
