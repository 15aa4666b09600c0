import { DateTimeResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { E164Scalar } from './e164.scalar';
import { MoneyScalar } from './money.scalar';
import { MessageDirection, MessageKind } from './enums';

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

  @Field({ description: 'Queued, Sent, Delivered, Failed, Undelivered or Received.' })
  status!: string;

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
