import { DateTimeResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { Node } from './node.interface';
import { OrderStatus } from './order-status.enum';

@ObjectType({ description: 'One status an order went through.', simpleResolvers: true })
export class OrderStatusChange {
  @Field(() => OrderStatus, { description: 'The status entered.' })
  status!: OrderStatus;

  @Field({ description: 'Telegent’s word for it (e.g. Pending Carrier Approval).' })
  statusText!: string;

  @Field(() => DateTimeResolver, { description: 'When the order entered it.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Why, when Telegent says (e.g. a rejection reason).' })
  message!: string | null;
}

@ObjectType({
  implements: Node,
  description:
    'A number order (JNUOID-): provisioning, configuration update, status change, port-in or port-out. ' +
    'Port-ins move SUBMITTED → PENDING_CARRIER_APPROVAL → SCHEDULED → COMPLETED (or REJECTED / CANCELLED).',
})
export class Order extends Node {
  @Field(() => OrderStatus, { description: 'Current status; COMPLETED, REJECTED, CANCELLED and ERROR are final. OTHER for a status Telegent added since this gateway was built.' })
  status!: OrderStatus;

  @Field({ description: 'Current status as Telegent words it (Complete, Submitted, Pending Carrier Approval, Scheduled, Completed, Rejected, Cancelled, Error…): what an OTHER status is.' })
  statusText!: string;

  @Field(() => String, { nullable: true, description: 'Provision, PortIn, PortOut, Update, StatusChange or Reactivate.' })
  type!: string | null;

  @Field(() => DateTimeResolver, { description: 'When the order was placed.' })
  orderDate!: Date;

  @Field(() => String, { nullable: true, description: 'Telegent’s explanation of the current status, e.g. a carrier rejection reason.' })
  statusMessage!: string | null;

  @Field(() => [E164Scalar], { description: 'The numbers the order is about.' })
  numbers!: string[];

  @Field(() => [OrderStatusChange], { description: 'Every status so far, oldest first (empty when Telegent does not report a history).' })
  history!: OrderStatusChange[];
}
