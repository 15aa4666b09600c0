import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { NumberType } from './enums';
import { Order } from './order.type';

@ObjectType({ description: 'Whether a number can be ported in as asked. Checking changes nothing and costs nothing.' })
export class CheckPortInEligibilityPayload {
  @Field(() => E164Scalar, { description: 'The number checked.' })
  number!: string;

  @Field(() => NumberType, { description: 'The classification asked for (MVNO or IOT).' })
  targetClassification!: NumberType;

  @Field({ description: 'Whether a port-in can be submitted. If not, do not submit: it would be refused.' })
  eligible!: boolean;

  @Field(() => String, { nullable: true, description: 'Telegent’s explanation, e.g. why not, or that a wireline number needs a portInDate.' })
  reason!: string | null;
}

@ObjectType({ description: 'The result of submitPortIn.' })
export class SubmitPortInPayload {
  @Field(() => Order, { description: 'The port-in order, read back: Submitted, then Pending Carrier Approval → Scheduled → Completed (or Rejected).' })
  order!: Order;
}

@ObjectType({ description: 'The result of updatePortIn.' })
export class UpdatePortInPayload {
  @Field(() => Order, { description: 'The port-in order as it is after the correction.' })
  order!: Order;
}

@ObjectType({ description: 'The result of cancelPortIn.' })
export class CancelPortInPayload {
  @Field(() => Order, { description: 'The port-in order, now Cancelled (final).' })
  order!: Order;
}

@ObjectType({ description: 'The result of requestPortOut.' })
export class RequestPortOutPayload {
  @Field(() => Order, { description: 'The port-out order: Pending until the gaining carrier completes the port.' })
  order!: Order;

  /** For `phoneNumber`. */
  number!: string;
}
