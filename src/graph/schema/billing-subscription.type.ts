import { Field, ObjectType } from 'type-graphql';
import { NumberType, SubscriptionStatus } from './enums';
import { IccidScalar } from './iccid.scalar';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description:
    'A Telegent "Subscription": the billing relationship of one subscriber, one package and (usually) one number. ' +
    'Named BillingSubscription so it does not clash with GraphQL’s root Subscription type.',
})
export class BillingSubscription extends Node {
  @Field({ description: 'The kind of number it bills: Mvno, Iot or Voip, as Telegent records it.' })
  type!: string;

  @Field(() => NumberType, { nullable: true, description: '`type` as a number kind (what createSubscription takes); null when Telegent’s type names none.' })
  numberType!: NumberType | null;

  @Field({ description: 'Whether the subscription is active (deleted subscriptions stay readable, inactive).' })
  active!: boolean;

  @Field(() => SubscriptionStatus, { description: 'ACTIVE or INACTIVE: `active` as a status.' })
  status!: SubscriptionStatus;

  @Field(() => IccidScalar, { nullable: true, description: 'ICCID of the SIM bound to the subscription.' })
  iccid!: string | null;

  /** Foreign keys for the relations. */
  subscriberId!: string;
  packageId!: string;
  numberId!: string | null;
}
