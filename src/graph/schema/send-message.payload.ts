import { Field, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { MoneyScalar } from './money.scalar';

/**
 * One send as the gateway keeps it (in idempotency records too): what Telegent answered, without the
 * media itself. `createdOn` is Telegent's timestamp as written in message search, when known.
 */
export interface OutboundSend {
  firstMessageId: string;
  from: string;
  recipients: string[];
  body: string;
  campaignId: string | null;
  cost: number;
  createdOn: string | null;
}

@ObjectType({ description: 'The result of sendMessage: one message per recipient, all Queued at first (receipts follow).' })
export class SendMessagePayload {
  @Field(() => [E164Scalar], { description: 'Every recipient, as Telegent took them.' })
  recipients!: string[];

  @Field(() => MoneyScalar, { description: 'What the send cost in all, in USD.' })
  cost!: number;

  /** The send as answered (or as reconciled), for `messages` and `sender`. */
  send!: OutboundSend;
}
