import { setMaxListeners } from 'node:events';
import { type PubSub, createPubSub } from '@graphql-yoga/subscription';
import type { RawOrder } from '../telegent/orders/mappers';
import type { Logger } from 'pino';
import { type PubSubRedis, RedisEventTarget } from './redis-event-target';
import type { InboundMessageEvent, MessageStatusEvent } from '../telegent/messages/mappers';

/** What the gateway pushes to GraphQL subscriptions. Payloads are plain JSON: they may cross Redis. */
export enum Topic {
  /** One order's status changed (routed by order ID). */
  ORDER_STATUS = 'ORDER_STATUS',
  /** Any order's status changed (for `orderUpdates`). */
  ORDER_UPDATES = 'ORDER_UPDATES',
  /** An inbound SMS/MMS reached a platform number (routed by that number). */
  MESSAGE_RECEIVED = 'MESSAGE_RECEIVED',
  /** A delivery receipt for a message a platform number sent (routed by the sending number). */
  MESSAGE_STATUS = 'MESSAGE_STATUS',
}

/** An order as Telegent reports it now, with its account when the gateway knows it. */
export interface OrderEvent {
  order: RawOrder;
  accountId: string | null;
}

/** Each topic's publish arguments: `[routing id, payload]` or `[payload]`. */
export type TopicPayloads = {
  [Topic.ORDER_STATUS]: [orderId: string, event: OrderEvent];
  [Topic.ORDER_UPDATES]: [event: OrderEvent];
  [Topic.MESSAGE_RECEIVED]: [number: string, event: InboundMessageEvent];
  [Topic.MESSAGE_STATUS]: [number: string, event: MessageStatusEvent];
};

export type GatewayPubSub = PubSub<TopicPayloads>;

/**
 * The gateway's pub/sub: in-process by default; through Redis when `redis` is set, so an event
 * one instance learns of (a webhook, a poll) reaches subscribers on every instance. Channels are
 * scoped by `scope` (the upstream credential's id): gateways of other distributors sharing the
 * Redis never see each other's events.
 */
export function createGatewayPubSub(redis: PubSubRedis | null, scope: string, logger: Logger): { pubSub: GatewayPubSub; close(): Promise<void> } {
  if (redis === null) {
    // Hundreds of subscribers may listen to one order or number: no listener-count warning.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubSub: createPubSub<TopicPayloads>({ eventTarget: eventTarget as never }), close: async () => undefined };
  }
  const eventTarget = new RedisEventTarget(redis, `telegent-graph:pubsub:${scope}:`, logger);
  return { pubSub: createPubSub<TopicPayloads>({ eventTarget: eventTarget as never }), close: () => eventTarget.close() };
}
