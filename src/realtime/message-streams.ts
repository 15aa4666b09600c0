import { map, pipe } from '@graphql-yoga/subscription';
import type { DeliveryReceipt } from '../graph/schema/delivery-receipt.type';
import type { Message } from '../graph/schema/message.type';
import { ErrorCode, GatewayError } from '../errors';
import type { MessageRouteReceivers, ReceiverSide } from '../stores/message-route-receivers';
import type { Loaders } from '../telegent/loaders';
import { toDeliveryReceipt, toInboundMessage } from '../telegent/messages/mappers';
import { type GatewayPubSub, Topic } from './pubsub';

/** Why a number's deliveries do not reach the gateway (`extensions.reason` of MESSAGE_ROUTE_NOT_AT_GATEWAY). */
export type NotAtGatewayReason = 'NO_MESSAGE_ROUTE' | 'NOT_AT_GATEWAY' | 'NO_RECEIPTS_AT_GATEWAY' | 'RECEIVER_FORGOTTEN';

const WHAT: Record<ReceiverSide, string> = { messages: 'inbound messages (MessageUrl)', receipts: 'delivery receipts (CallbackMessageUrl)' };

/**
 * The message streams GraphQL subscriptions serve: what the message route receivers publish for
 * one platform number, as graph objects (events cross the pub/sub as plain JSON and are mapped
 * here, on the subscriber's side). The number is read once, before the stream is returned, through
 * the subscription's loaders, so a number the credentials cannot see, or beyond the subscriber's
 * reach, is refused (NOT_FOUND, alike) rather than watched; events are routed by that number only.
 * So is a number whose route does not deliver to the gateway (MESSAGE_ROUTE_NOT_AT_GATEWAY): such
 * a subscription would wait forever. The check is made once, at subscribe time: a route moved away
 * later silently ends the events, as it would for any webhook.
 * The pub/sub's listener is added when the stream is first read and removed however it ends
 * (completed, or returned by graphql-ws on unsubscribe and disconnect).
 */
export class MessageStreams {
  constructor(
    private readonly pubSub: GatewayPubSub,
    private readonly receivers: MessageRouteReceivers,
  ) {}

  /** Inbound messages to `number` (routed by the receiving number). */
  async received(number: string, loaders: Loaders): Promise<AsyncIterable<Message>> {
    await this.checkDeliveries(number, 'messages', loaders);
    return pipe(this.pubSub.subscribe(Topic.MESSAGE_RECEIVED, number), map(toInboundMessage));
  }

  /** Delivery receipts of messages `number` sent (routed by the sending number). */
  async statuses(number: string, loaders: Loaders): Promise<AsyncIterable<DeliveryReceipt>> {
    await this.checkDeliveries(number, 'receipts', loaders);
    return pipe(this.pubSub.subscribe(Topic.MESSAGE_STATUS, number), map(toDeliveryReceipt));
  }

  /** Reads the number (NOT_FOUND beyond reach), then where its route delivers `side`: a gateway receiver this gateway's store knows. */
  private async checkDeliveries(number: string, side: ReceiverSide, loaders: Loaders): Promise<void> {
    const { messageRouteId } = await loaders.numberByE164.load(number);
    if (messageRouteId === null) {
      throw notAtGateway(`${number} has no message route, so Telegent delivers its ${WHAT[side]} nowhere: create one with createGatewayMessageRoute and put the number on it (updateNumber).`, 'NO_MESSAGE_ROUTE', number, null);
    }
    const route = await loaders.messageRouteTargetsById.load(messageRouteId);
    const state = await this.receivers.stateOf(side === 'messages' ? route.messageUrl : route.callbackUrl, side, route.id);
    if (state === 'receiving') return;
    if (state === 'forgotten') {
      throw notAtGateway(
        `${number}'s message route ${route.id} points at a gateway receiver this gateway no longer knows (a restart without REDIS_URL, or the route was pointed again), so its ${WHAT[side]} would be refused: call pointMessageRouteAtGateway again.`,
        'RECEIVER_FORGOTTEN', number, route.id,
      );
    }
    throw notAtGateway(
      `${number}'s message route ${route.id} sends its ${WHAT[side]} elsewhere, not to this gateway: call pointMessageRouteAtGateway (every number on the route follows), or put the number on a route made by createGatewayMessageRoute${side === 'receipts' ? ' with receipts' : ''}.`,
      side === 'receipts' && (await this.receivers.stateOf(route.messageUrl, 'messages', route.id)) === 'receiving' ? 'NO_RECEIPTS_AT_GATEWAY' : 'NOT_AT_GATEWAY',
      number, route.id,
    );
  }
}

function notAtGateway(message: string, reason: NotAtGatewayReason, phoneNumber: string, messageRouteId: string | null): GatewayError {
  return new GatewayError(message, ErrorCode.MESSAGE_ROUTE_NOT_AT_GATEWAY, { reason, phoneNumber, messageRouteId });
}
