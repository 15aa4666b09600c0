import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { toBillingSubscription } from '../../telegent/subscriptions/mappers';
import { CancelSubscriptionInput, CreateSubscriptionInput, UpdateSubscriptionInput } from '../schema/billing-subscription.input';
import { CancelSubscriptionPayload, CreateSubscriptionPayload, UpdateSubscriptionPayload } from '../schema/billing-subscription.payload';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { Subscriber } from '../schema/subscriber.type';

const subscriberOf = (subscription: BillingSubscription | null, { loaders }: Context): Promise<Subscriber | null> =>
  subscription ? loaders.subscriberById.load(subscription.subscriberId).catch(nullWhenNotFound) : Promise.resolve(null);

@Resolver(() => CreateSubscriptionPayload)
export class CreateSubscriptionResolver {
  @Mutation(() => CreateSubscriptionPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Starts a subscription: the subscriber pays for the package, usually on one number (it starts recurring charges). ' +
      'With an idempotency key a retry never subscribes twice; after UPSTREAM_OUTCOME_UNKNOWN it finds the subscription on the number.',
  })
  async createSubscription(
    @Arg('input', () => CreateSubscriptionInput, { description: 'Who pays for what, on which number.' }) input: CreateSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateSubscriptionPayload> {
    return { subscription: toBillingSubscription(await writes.subscriptions.create(input)) };
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber now paying for it.' })
  subscriber(@Root() payload: CreateSubscriptionPayload, @Ctx() ctx: Context): Promise<Subscriber | null> {
    return subscriberOf(payload.subscription, ctx);
  }
}

@Resolver(() => UpdateSubscriptionPayload)
export class UpdateSubscriptionResolver {
  @Mutation(() => UpdateSubscriptionPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Swaps a subscription’s package, number, SIM or subscriber.' })
  async updateSubscription(
    @Arg('input', () => UpdateSubscriptionInput, { description: 'The subscription and what to change.' }) input: UpdateSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateSubscriptionPayload> {
    const { subscription, previousSubscriberId } = await writes.subscriptions.update(input);
    return { subscription: toBillingSubscription(subscription), previousSubscriberId };
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber it bills now.' })
  subscriber(@Root() payload: UpdateSubscriptionPayload, @Ctx() ctx: Context): Promise<Subscriber | null> {
    return subscriberOf(payload.subscription, ctx);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber it billed before, when it moved to another one; null otherwise.' })
  previousSubscriber(@Root() payload: UpdateSubscriptionPayload, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return payload.previousSubscriberId ? loaders.subscriberById.load(payload.previousSubscriberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}

@Resolver(() => CancelSubscriptionPayload)
export class CancelSubscriptionResolver {
  @Mutation(() => CancelSubscriptionPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Ends a subscription: its charges stop; it stays readable, inactive, and the subscriber and number stay.',
  })
  async cancelSubscription(
    @Arg('input', () => CancelSubscriptionInput, { description: 'The subscription to end.' }) input: CancelSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<CancelSubscriptionPayload> {
    return { subscriptionId: await writes.subscriptions.cancel(input) };
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription, now inactive.' })
  subscription(@Root() payload: CancelSubscriptionPayload, @Ctx() { loaders }: Context): Promise<BillingSubscription | null> {
    return loaders.subscriptionById.load(payload.subscriptionId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber who paid for it.' })
  async subscriber(@Root() payload: CancelSubscriptionPayload, @Ctx() ctx: Context): Promise<Subscriber | null> {
    return subscriberOf(await this.subscription(payload, ctx), ctx);
  }
}
