import { type GatewayPubSub, type InboundMessageEvent, type MessageStatusEvent, Topic } from './pubsub';
import type { Loaders } from '../telegent/loaders';

/**
 * The message streams GraphQL subscriptions serve: what the message route receivers publish for
 * one platform number. The number is read once, before the stream is returned, so a number the
 * credentials cannot see is refused (NOT_FOUND) rather than watched. A stream is the pub/sub's
 * own: its listener is added when the stream is first read and removed however it ends
 * (completed, or returned by graphql-ws on unsubscribe and disconnect).
 */
export class MessageStreams {
  constructor(private readonly pubSub: GatewayPubSub) {}

  /** Inbound messages to `number` (routed by the receiving number). */
  async received(number: string, loaders: Loaders): Promise<AsyncIterable<InboundMessageEvent>> {
    await loaders.numberByE164.load(number);
    return this.pubSub.subscribe(Topic.MESSAGE_RECEIVED, number);
  }

  /** Delivery receipts of messages `number` sent (routed by the sending number). */
  async statuses(number: string, loaders: Loaders): Promise<AsyncIterable<MessageStatusEvent>> {
    await loaders.numberByE164.load(number);
    return this.pubSub.subscribe(Topic.MESSAGE_STATUS, number);
  }
}
