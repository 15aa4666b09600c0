import { Field, ObjectType } from 'type-graphql';

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
}
