import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { oneCallThenPerListItem } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { Package } from '../schema/package.type';
import { PhoneNumber } from '../schema/phone-number.type';
import { Subscriber } from '../schema/subscriber.type';
import { FeatureAssignment, SubscriptionFeature } from '../schema/subscription-feature.type';

@Resolver(() => BillingSubscription)
export class BillingSubscriptionResolver {
  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber billed.' })
  subscriber(@Root() subscription: BillingSubscription, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return loaders.subscriberById.load(subscription.subscriberId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => PhoneNumber, { nullable: true, description: 'The number the subscription bills, if it has one.' })
  number(@Root() subscription: BillingSubscription, @Ctx() { loaders }: Context): Promise<PhoneNumber | null> {
    return subscription.numberId ? loaders.numberById.load(subscription.numberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => Package, { nullable: true, description: 'The package the subscriber pays for.' })
  package(@Root() subscription: BillingSubscription, @Ctx() { loaders }: Context): Promise<Package | null> {
    return loaders.packageById.load(subscription.packageId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => [SubscriptionFeature], {
    nullable: true,
    complexity: oneCallThenPerListItem,
    description: 'The add-ons attached to the subscription. Costs one upstream call per subscription (Telegent lists assignments per subscription only): avoid it on long lists.',
  })
  features(@Root() subscription: BillingSubscription, @Ctx() { loaders }: Context): Promise<SubscriptionFeature[]> {
    return loaders.featuresBySubscriptionId.load(subscription.id);
  }

  @FieldResolver(() => [FeatureAssignment], {
    nullable: true,
    complexity: oneCallThenPerListItem,
    description:
      'The assignments attaching features to the subscription, with their IDs (to unassign one). Shares its upstream call with `features`: one per subscription.',
  })
  featureAssignments(@Root() subscription: BillingSubscription, @Ctx() { loaders }: Context): Promise<FeatureAssignment[]> {
    return loaders.featureAssignmentsBySubscriptionId.load(subscription.id);
  }
}
