import { Field, ObjectType } from 'type-graphql';
import type { OutboundSend } from '../../telegent/messages/mappers';
import { E164Scalar } from './e164.scalar';
import { MoneyScalar } from './money.scalar';

@ObjectType({ description: 'The result of sendMessage: one message per recipient, all Queued at first (receipts follow).' })
export class SendMessagePayload {
  @Field(() => [E164Scalar], { description: 'Every recipient, as Telegent took them.' })
  recipients!: string[];

  @Field(() => MoneyScalar, { description: 'What the send cost in all, in USD.' })
  cost!: number;

  /** The send as answered (or as reconciled), for `messages` and `sender`. */
  send!: OutboundSend;
}
