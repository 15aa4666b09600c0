import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from './money.scalar';
import { Node } from './node.interface';

@ObjectType({ implements: Node, description: 'The smallest billable unit (an eSIM, a data bucket, an SMS bundle, a feature); packages bundle products.' })
export class Product extends Node {
  @Field({ description: 'Stock-keeping code; reports key off it.' })
  sku!: string;

  @Field({ description: 'What the product is.' })
  description!: string;

  @Field({ description: 'Product family, e.g. esim, data, sms, VAS.' })
  type!: string;

  @Field(() => String, { nullable: true, description: 'Finer family.' })
  subType!: string | null;

  @Field(() => MoneyScalar, { description: 'Wholesale cost to the distributor, in USD.' })
  cost!: number;

  @Field({ description: 'MRC (monthly recurring) or NRC (one-time).' })
  billingFrequency!: string;

  @Field({ description: 'Whether the product is active.' })
  active!: boolean;
}
