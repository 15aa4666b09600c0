import { Field, ObjectType } from 'type-graphql';
import { BillingSubscription } from './billing-subscription.type';

@ObjectType({ description: 'The result of createSubscription: the subscription, and the subscriber now paying for it.' })
export class CreateSubscriptionPayload {
  @Field(() => BillingSubscription, { description: 'The new subscription.' })
  subscription!: BillingSubscription;
}

@ObjectType({ description: 'The result of updateSubscription: the subscription, and the subscriber it bills.' })
export class UpdateSubscriptionPayload {
  @Field(() => BillingSubscription, { description: 'The subscription as it is now.' })
  subscription!: BillingSubscription;
}

@ObjectType({ description: 'The result of cancelSubscription: the subscription, now inactive, and its subscriber.' })
export class CancelSubscriptionPayload {
  /** For `subscription` and `subscriber`: the cancel answer carries only the ID. */
  subscriptionId!: string;
}
