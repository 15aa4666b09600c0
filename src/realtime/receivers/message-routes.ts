import express, { type RequestHandler, type Router } from 'express';
import type { Logger } from 'pino';
import type { EventClaims } from '../../stores/event-claims';
import type { MessageRouteReceivers } from '../../stores/message-route-receivers';
import { type GatewayPubSub, Topic } from '../pubsub';
import { type DeliveredFields, MalformedEvent, toInboundMessageEvent, toMessageStatusEvent } from './message-events';

export interface MessageRouteReceiverOptions {
  receivers: MessageRouteReceivers;
  pubSub: GatewayPubSub;
  /** First sightings of deliveries (Redis with REDIS_URL): a redelivered event is published once. */
  claims: EventClaims;
  /** The upstream credential's id: claims of one distributor's gateways only. */
  scope: string;
  logger: Logger;
}

/** Inbound messages carry media URLs, never the media: a generous bound all the same. */
const MAX_BODY = '1mb';

/** `locals` a request carries from authentication to the handler. */
interface Authenticated {
  routeId: string | null;
}

/** Express 5's query parser gives strings or lists of them; a repeated parameter counts once (its first value). */
function queryFields(query: Record<string, unknown>): DeliveredFields {
  return Object.fromEntries(Object.entries(query).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]));
}

/**
 * The receivers a message route points at when the gateway set it up (createGatewayMessageRoute,
 * pointMessageRouteAtGateway): `<key>/messages` for inbound SMS/MMS (MessageUrl) and
 * `<key>/receipts` for delivery receipts (CallbackMessageUrl), by POST (JSON) or GET (query
 * parameters), as the route says. A call must carry the route's credentials (Basic or Bearer,
 * checked in constant time against their keyed hash in the shared store): otherwise 401 and
 * nothing is published. A delivery that is not an event is 400. An accepted one is published
 * to subscribers (through Redis with REDIS_URL, so every instance's subscribers get it) once,
 * however often it is delivered, and answered 200.
 */
export function messageRouteReceivers({ receivers, pubSub, claims, scope, logger }: MessageRouteReceiverOptions): Router {
  const router = express.Router();

  /**
   * Whether this is the first delivery of an event (identity: the route's receiver, the message
   * ID and, for a receipt, its status). Telegent redelivers when it loses our answer, and a
   * captured delivery can be replayed: either is answered 200 and published no more. When the
   * claim store fails, the event is published: a repeat is better than a loss.
   */
  const firstDelivery = async (identity: string, routeId: string | null): Promise<boolean> => {
    try {
      return await claims.claim(`${scope}:${identity}`);
    } catch (error) {
      logger.warn({ routeId, err: (error as Error).message }, 'delivery de-duplication unavailable; publishing');
      return true;
    }
  };

  const authenticate: RequestHandler<{ routeKey: string; side: string }> = async (req, res, next) => {
    if (req.params.side !== 'messages' && req.params.side !== 'receipts') {
      res.status(404).json({ error: 'not found' });
      return;
    }
    const route = await receivers.verify(req.params.routeKey, req.get('authorization'));
    if (route === null) {
      res.status(401).set('WWW-Authenticate', 'Basic realm="telegent-graph", Bearer').json({ error: 'unauthorized' });
      return;
    }
    (res.locals as Authenticated).routeId = route.routeId;
    next();
  };

  const receive: RequestHandler<{ routeKey: string; side: string }> = async (req, res) => {
    const delivered: unknown = req.method === 'GET' ? queryFields(req.query as Record<string, unknown>) : req.body;
    if (typeof delivered !== 'object' || delivered === null || Array.isArray(delivered)) {
      res.status(400).json({ error: 'expected a JSON object (POST) or query parameters (GET)' });
      return;
    }
    const { routeId } = res.locals as Authenticated;
    try {
      if (req.params.side === 'messages') {
        const event = toInboundMessageEvent(delivered as DeliveredFields, new Date());
        const first = await firstDelivery(`${req.params.routeKey}:message:${event.messageId}`, routeId);
        if (first) pubSub.publish(Topic.MESSAGE_RECEIVED, event.to, event);
        logger.debug({ routeId, messageId: event.messageId, repeat: !first }, 'inbound message');
      } else {
        const event = toMessageStatusEvent(delivered as DeliveredFields, new Date());
        const first = await firstDelivery(`${req.params.routeKey}:receipt:${event.messageId}:${event.status === 'OTHER' ? event.statusText : event.status}`, routeId);
        if (first) pubSub.publish(Topic.MESSAGE_STATUS, event.from, event);
        logger.debug({ routeId, messageId: event.messageId, status: event.status, repeat: !first }, 'delivery receipt');
      }
    } catch (error) {
      if (!(error instanceof MalformedEvent)) throw error;
      logger.warn({ routeId, side: req.params.side, problem: error.message }, 'malformed message route delivery');
      res.status(400).json({ error: error.message });
      return;
    }
    res.status(200).json({ received: true });
  };

  const path = '/:routeKey/:side';
  router.get(path, authenticate, receive);
  router.post(path, authenticate, express.json({ limit: MAX_BODY }), receive);
  router.all(path, (_req, res) => {
    res.status(405).set('Allow', 'GET, POST').json({ error: 'method not allowed' });
  });
  return router;
}
