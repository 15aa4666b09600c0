import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { perListItem } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { checkId } from '../schema/input-rules';
import { Account } from '../schema/account.type';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { Guardian } from '../schema/guardian.type';
import { PhoneNumber } from '../schema/phone-number.type';
import { Subscriber } from '../schema/subscriber.type';
import { Requires } from '../access';

@Resolver(() => Subscriber)
export class SubscriberResolver {
  @Requires('read')
  @Query(() => Subscriber, { nullable: true, description: 'One subscriber by its TSUID- (legacy SID- accepted), or null.' })
  subscriber(@Arg('id', () => ID, { description: 'The subscriber ID (TSUID-…).' }) id: string, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    checkId(id, ['TSUID', 'SID'], 'id');
    return loaders.subscriberById.load(id).catch(nullWhenNotFound);
  }

  @FieldResolver(() => Account, { nullable: true, description: 'The account the subscriber belongs to; null when it is beyond your reach (always, for a subscriber principal).' })
  account(@Root() subscriber: Subscriber, @Ctx() { loaders }: Context): Promise<Account | null> {
    return subscriber.accountId ? loaders.accountById.load(subscriber.accountId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => [PhoneNumber], { nullable: true, complexity: perListItem,  description: 'The numbers bound to the subscriber.' })
  numbers(@Root() subscriber: Subscriber, @Ctx() { loaders }: Context): Promise<PhoneNumber[]> {
    return loaders.numbersBySubscriber.load(subscriber);
  }

  @FieldResolver(() => [BillingSubscription], { nullable: true, complexity: perListItem,  description: 'The subscriber’s subscriptions (one per number), active and ended.' })
  subscriptions(@Root() subscriber: Subscriber, @Ctx() { loaders }: Context): Promise<BillingSubscription[]> {
    return loaders.subscriptionsBySubscriberId.load(subscriber.id);
  }

  @FieldResolver(() => Guardian, { description: 'AI Guardian: feature flags, call and message filters, family relations.' })
  guardian(@Root() subscriber: Subscriber): Guardian {
    return { subscriberId: subscriber.id };
  }
}
