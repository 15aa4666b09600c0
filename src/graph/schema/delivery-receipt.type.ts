import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { DeliveryStatus } from './delivery-status.enum';
import { E164Scalar } from './e164.scalar';

@ObjectType({
  description: 'A delivery receipt: Telegent’s word on where a message a platform number sent now stands (one per recipient).',
  simpleResolvers: true,
})
export class DeliveryReceipt {
  @Field({ description: 'The message (TMID-…), one per recipient, as in sendMessage’s messages.' })
  messageId!: string;

  @Field(() => DeliveryStatus, { description: 'Where the message stands now.' })
  status!: DeliveryStatus;

  @Field({ description: 'Telegent’s own word for the status (`Delivered`, …), also for one `status` reads as OTHER.' })
  statusText!: string;

  @Field(() => E164Scalar, { description: 'The platform number that sent it.' })
  from!: string;

  @Field(() => E164Scalar, { description: 'The recipient.' })
  to!: string;

  @Field(() => DateTimeResolver, { description: 'When the status was reached (Telegent’s time; when it gives none, when the gateway heard of it).' })
  at!: Date;

  @Field(() => Int, { nullable: true, description: 'Telegent’s error code when the message failed (e.g. 30003, unreachable handset).' })
  errorCode!: number | null;

  @Field(() => String, { nullable: true, description: 'Telegent’s explanation when the message failed.' })
  errorMessage!: string | null;
}
