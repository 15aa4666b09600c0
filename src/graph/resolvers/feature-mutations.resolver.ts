import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
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
import { payloadRelation } from './payload-relations';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class FeatureMutationResolver {
  @Requires('catalog:write')
  @Mutation(() => CreateSubscriptionFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Creates an add-on that subscriptions can carry (roaming, VoIP, an SMS bundle…).' })
  createSubscriptionFeature(
    @Arg('input', () => CreateSubscriptionFeatureInput, { description: 'The feature.' }) input: CreateSubscriptionFeatureInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateSubscriptionFeaturePayload> {
    return writes.features.create(input);
  }

  @Requires('catalog:write')
  @Mutation(() => UpdateSubscriptionFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Renames or redescribes a feature.' })
  updateSubscriptionFeature(
    @Arg('input', () => UpdateSubscriptionFeatureInput, { description: 'The feature and what to change.' }) input: UpdateSubscriptionFeatureInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateSubscriptionFeaturePayload> {
    return writes.features.update(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => AssignFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Attaches a feature to a subscription (once per subscription).' })
  assignFeature(@Arg('input', () => AssignFeatureInput, { description: 'The feature and the subscription.' }) input: AssignFeatureInput, @Ctx() { writes }: Context): Promise<AssignFeaturePayload> {
    return writes.features.assign(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => UpdateFeatureAssignmentPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Swaps the feature of an assignment, or moves it to another subscription.' })
  updateFeatureAssignment(
    @Arg('input', () => UpdateFeatureAssignmentInput, { description: 'The assignment and what to change.' }) input: UpdateFeatureAssignmentInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateFeatureAssignmentPayload> {
    return writes.features.updateAssignment(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => UnassignFeaturePayload, { complexity: ONE_CALL_PER_ITEM, description: 'Detaches a feature from a subscription; the feature itself stays.' })
  unassignFeature(@Arg('input', () => UnassignFeatureInput, { description: 'The assignment to remove.' }) input: UnassignFeatureInput, @Ctx() { writes }: Context): Promise<UnassignFeaturePayload> {
    return writes.features.unassign(input);
  }
}

const subscriptionField = (name: string, description: string) => ({ name, type: BillingSubscription, description });

/** The `subscription` and `previousSubscription` fields of the assignment payloads. */
export const FEATURE_PAYLOAD_RESOLVERS = [
  payloadRelation(AssignFeaturePayload, subscriptionField('subscription', 'The subscription now carrying the feature.'), (root, { loaders }) =>
    loaders.subscriptionById.load(root.assignment.subscriptionId),
  ),
  payloadRelation(UpdateFeatureAssignmentPayload, subscriptionField('subscription', 'The subscription carrying the assignment now.'), (root, { loaders }) =>
    loaders.subscriptionById.load(root.assignment.subscriptionId),
  ),
  payloadRelation(
    UpdateFeatureAssignmentPayload,
    subscriptionField('previousSubscription', 'The subscription that carried it before, when it moved to another one; null otherwise.'),
    (root, { loaders }) => (root.previousSubscriptionId ? loaders.subscriptionById.load(root.previousSubscriptionId) : null),
  ),
  payloadRelation(UnassignFeaturePayload, subscriptionField('subscription', 'The subscription, without the feature.'), (root, { loaders }) =>
    loaders.subscriptionById.load(root.subscriptionId),
  ),
];
