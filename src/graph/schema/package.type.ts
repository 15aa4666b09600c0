import { Field, ObjectType } from 'type-graphql';
import { MoneyScalar } from './money.scalar';
import { Node } from './node.interface';

@ObjectType({ description: 'One product in a package, at its price in the package.' })
export class PackageItem {
  @Field({ description: 'The package item ID (PIID-).' })
  id!: string;

  /** The product sold, for `PackageItem.product`. */
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'Item kind, e.g. esim, data, sms.' })
  type!: string | null;

  @Field(() => MoneyScalar, { description: 'Price of the item in the package, in USD.' })
  price!: number;

  @Field({ description: 'Whether the item is charged monthly (otherwise once).' })
  monthly!: boolean;
}

@ObjectType({ implements: Node, description: 'A sellable bundle of products at one price; subscriptions tie a package to a subscriber.' })
export class Package extends Node {
  @Field({ description: 'Display name, e.g. "Family 10GB".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the package offers.' })
  description!: string | null;

  @Field({ description: 'Package kind as Telegent records it, e.g. esim, sip.' })
  type!: string;

  @Field(() => MoneyScalar, { description: 'Price the subscriber pays, in USD.' })
  price!: number;

  @Field({ description: 'Whether the price recurs monthly.' })
  monthly!: boolean;

  @Field({ description: 'Whether the package is active.' })
  active!: boolean;

  /** The subscriber the package is tied to, if any, for `Package.subscriber`. */
  subscriberId!: string | null;
}
