import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from './money.scalar';

@ObjectType({
  description: 'A chargeable capability priced per distributor or aggregator. Not a Node: its SID- prefix is shared with schedules and legacy subscriber IDs.',
  simpleResolvers: true,
})
export class Service {
  @Field({ description: 'The service ID (SID-).' })
  id!: string;

  @Field({ description: 'Display name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the service is.' })
  description!: string | null;

  @Field(() => MoneyScalar, { description: 'Base cost, in USD.' })
  cost!: number;

  @Field({ description: 'MRC (monthly recurring) or NRC (one-time).' })
  billingFrequency!: string;

  @Field({ description: 'Whether the service is active.' })
  active!: boolean;
}
