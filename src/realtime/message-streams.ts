import { map, pipe } from '@graphql-yoga/subscription';
import type { DeliveryReceipt } from '../graph/schema/delivery-receipt.type';
import type { Message } from '../graph/schema/message.type';
import type { Loaders } from '../telegent/loaders';
import { toDeliveryReceipt, toInboundMessage } from '../telegent/messages/mappers';
import { type GatewayPubSub, Topic } from './pubsub';

/**
 * The message streams GraphQL subscriptions serve: what the message route receivers publish for
 * one platform number, as graph objects (events cross the pub/sub as plain JSON and are mapped
 * here, on the subscriber's side). The number is read once, before the stream is returned, through
 * the subscription's loaders, so a number the credentials cannot see, or beyond the subscriber's
 * reach, is refused (NOT_FOUND, alike) rather than watched; events are routed by that number only.
 * The pub/sub's listener is added when the stream is first read and removed however it ends
 * (completed, or returned by graphql-ws on unsubscribe and disconnect).
 */
export class MessageStreams {
  constructor(private readonly pubSub: GatewayPubSub) {}

  /** Inbound messages to `number` (routed by the receiving number). */
  async received(number: string, loaders: Loaders): Promise<AsyncIterable<Message>> {
    await loaders.numberByE164.load(number);
    return pipe(this.pubSub.subscribe(Topic.MESSAGE_RECEIVED, number), map(toInboundMessage));
  }

  /** Delivery receipts of messages `number` sent (routed by the sending number). */
  async statuses(number: string, loaders: Loaders): Promise<AsyncIterable<DeliveryReceipt>> {
    await loaders.numberByE164.load(number);
    return pipe(this.pubSub.subscribe(Topic.MESSAGE_STATUS, number), map(toDeliveryReceipt));
  }
}
