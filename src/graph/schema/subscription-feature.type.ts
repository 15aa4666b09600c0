import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An add-on attached to a subscription: roaming, VoIP, an SMS bundle, a speed tier.', simpleResolvers: true })
export class SubscriptionFeature {
  @Field({ description: 'The feature ID (FEID-).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Display name, e.g. International Roaming.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Kind: Data, Voice, SMS, Roaming, VoIP.' })
  type!: string | null;

  @Field(() => String, { nullable: true, description: 'What it does.' })
  description!: string | null;

  @Field({ description: 'Whether the feature is offered.' })
  active!: boolean;

  /** The account offering it; null when every account of the distributor may use it. */
  accountId!: string | null;
}

@ObjectType({ description: 'A feature attached to one subscription; unassigning it by `id` keeps the feature itself.', simpleResolvers: true })
export class FeatureAssignment {
  @Field(() => ID, { description: 'The feature assignment ID (FAID-).' })
  id!: string;

  @Field({ description: 'Whether the assignment is in effect.' })
  active!: boolean;

  /** For `FeatureAssignment.feature` and `FeatureAssignment.subscription`. */
  featureId!: string;
  subscriptionId!: string;
}
