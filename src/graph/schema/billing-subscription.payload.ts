import { Field, ObjectType } from 'type-graphql';
import { BillingSubscription } from './billing-subscription.type';

@ObjectType({ description: 'The result of createSubscription: the subscription, and the subscriber now paying for it.' })
export class CreateSubscriptionPayload {
  @Field(() => BillingSubscription, { description: 'The new subscription.' })
  subscription!: BillingSubscription;
}

@ObjectType({ description: 'The result of updateSubscription: the subscription, the subscriber it bills, and the one it left if it moved.' })
export class UpdateSubscriptionPayload {
  @Field(() => BillingSubscription, { description: 'The subscription as it is now.' })
  subscription!: BillingSubscription;

  /** For `previousSubscriber`: set when the subscription moved to another subscriber. */
  previousSubscriberId!: string | null;
}

@ObjectType({ description: 'The result of cancelSubscription: the subscription, now inactive, and its subscriber.' })
export class CancelSubscriptionPayload {
  /** For `subscription` and `subscriber`: the cancel answer carries only the ID. */
  subscriptionId!: string;
}
