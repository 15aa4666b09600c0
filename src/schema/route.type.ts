import { Field, ObjectType } from 'type-graphql';
import { Node } from './node.interface';

@ObjectType({
  implements: Node,
  description: 'Where Telegent delivers a number’s inbound messages (MessageUrl) and delivery receipts (CallbackMessageUrl). Its credentials are never exposed.',
})
export class MessageRoute extends Node {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Receives every inbound SMS/MMS for the numbers on this route.' })
  messageUrl!: string;

  @Field({ description: 'HTTP method used for MessageUrl (GET or POST).' })
  messageUrlMethod!: string;

  @Field({ description: 'Whether the route delivers.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'How Telegent authenticates to MessageUrl: None, Basic or Bearer.' })
  authenticationType!: string | null;

  @Field(() => String, { nullable: true, description: 'Receives delivery receipts and status callbacks.' })
  callbackUrl!: string | null;

  /** The owning account, for `Account.messageRoutes`. */
  accountId!: string | null;
}

@ObjectType({ implements: Node, description: 'Where a number’s inbound calls go: a SIP trunk, a webhook URL or a PSTN forward.' })
export class VoiceRoute extends Node {
  @Field({ description: 'Display name.' })
  name!: string;

  @Field({ description: 'Trunk, URL or Forward.' })
  routeType!: string;

  @Field({ description: 'Whether the route carries calls.' })
  enabled!: boolean;

  @Field(() => String, { nullable: true, description: 'The primary SIP trunk (URI or IP) of a Trunk route.' })
  trunk!: string | null;

  @Field(() => String, { nullable: true, description: 'The webhook of a URL route.' })
  voiceUrl!: string | null;

  /** The owning account, for `Account.voiceRoutes`. */
  accountId!: string | null;
}
