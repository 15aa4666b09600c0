import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { toFeatureAssignment, toSubscriptionFeature } from '../../telegent/subscriptions/mappers';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import {
  AssignFeatureInput,
  CreateSubscriptionFeatureInput,
  UnassignFeatureInput,
  UpdateFeatureAssignmentInput,
  UpdateSubscriptionFeatureInput,
} from '../schema/subscription-feature.input';
import {
  AssignFeaturePayload,
  CreateSubscriptionFeaturePayload,
  UnassignFeaturePayload,
  UpdateFeatureAssignmentPayload,
  UpdateSubscriptionFeaturePayload,
} from '../schema/subscription-feature.payload';

const subscriptionOf = (subscriptionId: string, { loaders }: Context): Promise<BillingSubscription | null> =>
  loaders.subscriptionById.load(subscriptionId).catch(nullWhenNotFound);

@Resolver()
export class FeatureMutationResolver {
  @Mutation(() => CreateSubscriptionFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates an add-on that subscriptions can carry (roaming, VoIP, an SMS bundle…).' })
  async createSubscriptionFeature(
    @Arg('input', () => CreateSubscriptionFeatureInput, { description: 'The feature.' }) input: CreateSubscriptionFeatureInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateSubscriptionFeaturePayload> {
    return { feature: toSubscriptionFeature(await writes.features.create(input)) };
  }

  @Mutation(() => UpdateSubscriptionFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Renames or redescribes a feature.' })
  async updateSubscriptionFeature(
    @Arg('input', () => UpdateSubscriptionFeatureInput, { description: 'The feature and what to change.' }) input: UpdateSubscriptionFeatureInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateSubscriptionFeaturePayload> {
    return { feature: toSubscriptionFeature(await writes.features.update(input)) };
  }
}

@Resolver(() => AssignFeaturePayload)
export class AssignFeatureResolver {
  @Mutation(() => AssignFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Attaches a feature to a subscription (once per subscription).' })
  async assignFeature(@Arg('input', () => AssignFeatureInput, { description: 'The feature and the subscription.' }) input: AssignFeatureInput, @Ctx() { writes }: Context): Promise<AssignFeaturePayload> {
    return { assignment: toFeatureAssignment(await writes.features.assign(input)) };
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription now carrying the feature.' })
  subscription(@Root() payload: AssignFeaturePayload, @Ctx() ctx: Context): Promise<BillingSubscription | null> {
    return subscriptionOf(payload.assignment.subscriptionId, ctx);
  }
}

@Resolver(() => UpdateFeatureAssignmentPayload)
export class UpdateFeatureAssignmentResolver {
  @Mutation(() => UpdateFeatureAssignmentPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Swaps the feature of an assignment, or moves it to another subscription.' })
  async updateFeatureAssignment(
    @Arg('input', () => UpdateFeatureAssignmentInput, { description: 'The assignment and what to change.' }) input: UpdateFeatureAssignmentInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateFeatureAssignmentPayload> {
    const { assignment, previousSubscriptionId } = await writes.features.updateAssignment(input);
    return { assignment: toFeatureAssignment(assignment), previousSubscriptionId };
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription carrying the assignment now.' })
  subscription(@Root() payload: UpdateFeatureAssignmentPayload, @Ctx() ctx: Context): Promise<BillingSubscription | null> {
    return subscriptionOf(payload.assignment.subscriptionId, ctx);
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription that carried it before, when it moved to another one; null otherwise.' })
  previousSubscription(@Root() payload: UpdateFeatureAssignmentPayload, @Ctx() ctx: Context): Promise<BillingSubscription | null> {
    return payload.previousSubscriptionId ? subscriptionOf(payload.previousSubscriptionId, ctx) : Promise.resolve(null);
  }
}

@Resolver(() => UnassignFeaturePayload)
export class UnassignFeatureResolver {
  @Mutation(() => UnassignFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Detaches a feature from a subscription; the feature itself stays.' })
  async unassignFeature(@Arg('input', () => UnassignFeatureInput, { description: 'The assignment to remove.' }) input: UnassignFeatureInput, @Ctx() { writes }: Context): Promise<UnassignFeaturePayload> {
    return { deletedId: input.featureAssignmentId, subscriptionId: await writes.features.unassign(input) };
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The subscription, without the feature.' })
  subscription(@Root() payload: UnassignFeaturePayload, @Ctx() ctx: Context): Promise<BillingSubscription | null> {
    return subscriptionOf(payload.subscriptionId, ctx);
  }
}
