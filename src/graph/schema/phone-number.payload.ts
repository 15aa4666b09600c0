import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { NumberStatusChange } from './enums';
import { MoneyScalar } from './money.scalar';
import { Order } from './order.type';

@ObjectType({ description: 'The result of updateNumber: the update order and the number as it is now.' })
export class UpdateNumberPayload {
  @Field(() => Order, { description: 'The update order (Complete once applied).' })
  order!: Order;

  /** For `phoneNumber`. */
  number!: string;
}

@ObjectType({ description: 'What a status change did to one number.' })
export class NumberStatusChangeResult {
  @Field(() => E164Scalar, { description: 'The number the change was asked for.' })
  number!: string;

  @Field(() => E164Scalar, { nullable: true, description: 'SWAP and REPLACE: the number that took its place.' })
  newNumber!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'The fee charged for this number, in USD, when Telegent states one.' })
  fee!: number | null;

  @Field(() => String, { nullable: true, description: 'ACTIVATE: the eSIM activation QR code image URL (LPA), for mobile lines.' })
  qrCode!: string | null;
}

@ObjectType({ description: 'The result of changeNumberStatus and reactivateNumbers: one order for the whole batch.' })
export class ChangeNumberStatusPayload {
  @Field(() => Order, { description: 'The order: Complete when it took effect at once, Pending until a later effective date.' })
  order!: Order;

  @Field(() => NumberStatusChange, { nullable: true, description: 'The change made; null for a reactivation.' })
  change!: NumberStatusChange | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'The day the change takes effect.' })
  effectiveDate!: string | null;

  @Field(() => [NumberStatusChangeResult], { description: 'Per number: the new number, fee and activation code, as they apply.' })
  results!: NumberStatusChangeResult[];
}
