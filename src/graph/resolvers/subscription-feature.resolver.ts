import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { Account } from '../schema/account.type';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { FeatureAssignment, SubscriptionFeature } from '../schema/subscription-feature.type';

@Resolver(() => SubscriptionFeature)
export class SubscriptionFeatureResolver {
  @FieldResolver(() => Account, { nullable: true, description: 'The account offering the feature; null when every account of the distributor may use it.' })
  account(@Root() feature: SubscriptionFeature, @Ctx() { loaders }: Context): Promise<Account | null> {
    return feature.accountId ? loaders.accountById.load(feature.accountId).catch(nullWhenNotFound) : Promise.resolve(null);
  }
}

@Resolver(() => FeatureAssignment)
export class FeatureAssignmentResolver {
  @FieldResolver(() => SubscriptionFeature, { nullable: true, description: 'The feature attached.' })
  feature(@Root() assignment: FeatureAssignment, @Ctx() { loaders }: Context): Promise<SubscriptionFeature | null> {
    return loaders.featureById.load(assignment.featureId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription carrying it.' })
  subscription(@Root() assignment: FeatureAssignment, @Ctx() { loaders }: Context): Promise<BillingSubscription | null> {
    return loaders.subscriptionById.load(assignment.subscriptionId).catch(nullWhenNotFound);
  }
}
