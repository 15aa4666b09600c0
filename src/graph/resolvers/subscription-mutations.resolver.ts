import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { CancelSubscriptionInput, CreateSubscriptionInput, UpdateSubscriptionInput } from '../schema/billing-subscription.input';
import { CancelSubscriptionPayload, CreateSubscriptionPayload, UpdateSubscriptionPayload } from '../schema/billing-subscription.payload';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { Subscriber } from '../schema/subscriber.type';
import { payloadRelation } from './payload-relations';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class SubscriptionMutationResolver {
  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => CreateSubscriptionPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Starts a subscription: the subscriber pays for the package, usually on one number (it starts recurring charges). ' +
      'With an idempotency key a retry never subscribes twice; after UPSTREAM_OUTCOME_UNKNOWN it finds the subscription on the number.',
  })
  createSubscription(
    @Arg('input', () => CreateSubscriptionInput, { description: 'Who pays for what, on which number.' }) input: CreateSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateSubscriptionPayload> {
    return writes.subscriptions.create(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => UpdateSubscriptionPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Swaps a subscription’s package, number, SIM or subscriber.' })
  updateSubscription(
    @Arg('input', () => UpdateSubscriptionInput, { description: 'The subscription and what to change.' }) input: UpdateSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateSubscriptionPayload> {
    return writes.subscriptions.update(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => CancelSubscriptionPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Ends a subscription: its charges stop; it stays readable, inactive, and the subscriber and number stay.',
  })
  cancelSubscription(
    @Arg('input', () => CancelSubscriptionInput, { description: 'The subscription to end.' }) input: CancelSubscriptionInput,
    @Ctx() { writes }: Context,
  ): Promise<CancelSubscriptionPayload> {
    return writes.subscriptions.cancel(input);
  }
}

const subscriberField = (name: string, description: string) => ({ name, type: Subscriber, description });

/** The `subscriber`, `previousSubscriber` and `subscription` fields of the subscription payloads. */
export const SUBSCRIPTION_PAYLOAD_RESOLVERS = [
  payloadRelation(CreateSubscriptionPayload, subscriberField('subscriber', 'The subscriber now paying for it.'), (root, { loaders }) =>
    loaders.subscriberById.load(root.subscription.subscriberId),
  ),
  payloadRelation(UpdateSubscriptionPayload, subscriberField('subscriber', 'The subscriber it bills now.'), (root, { loaders }) =>
    loaders.subscriberById.load(root.subscription.subscriberId),
  ),
  payloadRelation(
    UpdateSubscriptionPayload,
    subscriberField('previousSubscriber', 'The subscriber it billed before, when it moved to another one; null otherwise.'),
    (root, { loaders }) => (root.previousSubscriberId ? loaders.subscriberById.load(root.previousSubscriberId) : null),
  ),
  payloadRelation(CancelSubscriptionPayload, { name: 'subscription', type: BillingSubscription, description: 'The subscription, now inactive.' }, (root, { loaders }) =>
    loaders.subscriptionById.load(root.subscriptionId),
  ),
  payloadRelation(CancelSubscriptionPayload, subscriberField('subscriber', 'The subscriber who paid for it.'), async (root, { loaders }) => {
    const subscription = await loaders.subscriptionById.load(root.subscriptionId).catch(nullWhenNotFound);
    return subscription ? loaders.subscriberById.load(subscription.subscriberId) : null;
  }),
];
