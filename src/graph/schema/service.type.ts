import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from './money.scalar';

@ObjectType({
  description: 'A price point of a service for one scope: an aggregator, a distributor, or neither (the base price). Telegent gives items no ID; the service and scope name one.',
  simpleResolvers: true,
})
export class ServiceItem {
  @Field(() => String, { nullable: true, description: 'The aggregator this price applies to (AGID-, AGG-…), if scoped to one.' })
  aggregatorId!: string | null;

  @Field(() => String, { nullable: true, description: 'The distributor this price applies to (DID-), if scoped to one.' })
  distributorId!: string | null;

  @Field(() => MoneyScalar, { description: 'The price, in USD.' })
  price!: number;

  @Field({ description: 'Whether the price recurs monthly (otherwise it is charged once).' })
  monthly!: boolean;
}

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
