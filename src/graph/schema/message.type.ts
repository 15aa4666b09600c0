import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { MoneyScalar } from './money.scalar';
import { MessageDirection, MessageKind } from './enums';
import { MessageStatus } from './message-status.enum';

@ObjectType({ description: 'One SMS or MMS to or from a platform number (one per recipient).', simpleResolvers: true })
export class Message {
  @Field({ description: 'The message ID (TMID-).' })
  id!: string;

  @Field(() => MessageDirection, { description: 'Inbound or outbound.' })
  direction!: MessageDirection;

  @Field(() => E164Scalar, { description: 'Sender.' })
  from!: string;

  @Field(() => E164Scalar, { description: 'Recipient.' })
  to!: string;

  @Field({ description: 'Text of the message.' })
  body!: string;

  @Field(() => MessageStatus, { description: 'Where it stands: QUEUED, SENT, DELIVERED, FAILED or UNDELIVERED (outbound), RECEIVED (inbound); OTHER for a status Telegent added since this gateway was built.' })
  status!: MessageStatus;

  @Field({ description: 'The status as Telegent words it (Queued, Delivered, Received…): what an OTHER status is.' })
  statusText!: string;

  @Field(() => MessageKind, { description: 'SMS or MMS.' })
  kind!: MessageKind;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the message was created.' })
  sentAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The campaign it was sent for (free-form tracking ID, e.g. JCID-…).' })
  campaignId!: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: 'What the message cost, in USD.' })
  cost!: number | null;

  @Field(() => [String], { description: 'URLs of its media (MMS sent by URL); empty for SMS.' })
  mediaUrls!: string[];
}

@ObjectType({ description: 'One page of a number’s messages, newest first (Telegent pages message history itself).', simpleResolvers: true })
export class MessagePage {
  @Field(() => Int, { description: 'How many messages match.' })
  totalCount!: number;

  @Field(() => Int, { description: 'This page (1-based).' })
  page!: number;

  @Field(() => Int, { description: 'How many pages there are.' })
  pageCount!: number;

  @Field(() => [Message], { description: 'The messages of this page.' })
  items!: Message[];
}
