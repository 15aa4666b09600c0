import express, { type Router } from 'express';
import type { Logger } from 'pino';
import type { OrderChange } from '../../telegent/orders/changes';
import { RequestPriority } from '../../telegent/rate-limiter';
import { hasBearer } from './credentials';

/** Where Telegent posts account webhook events (registered by `registerOrderWebhooks`). */
export const ACCOUNT_EVENTS_PATH = '/webhooks/telegent/events';

export interface AccountEventsOptions {
  /** The Bearer token the webhook was registered with. */
  token: string;
  orders: { changed(change: OrderChange): void };
  logger: Logger;
}

/**
 * Receives Telegent's account webhooks. `Order_Update` payloads are undocumented (REFERENCE.md
 * §3.16), so only the order ID is trusted: the order is read again and published if it moved.
 * Webhooks can be missing, late, duplicated or out of order: the order watcher's reads and its
 * de-duplication by status make that harmless. The answer is immediate; the read happens after.
 */
export function accountEventsReceiver({ token, orders, logger }: AccountEventsOptions): Router {
  const router = express.Router();
  // Checked before the body is read: a caller without the token gets nothing parsed.
  const authenticate: express.RequestHandler = (req, res, next) => {
    if (!hasBearer(req.get('authorization'), token)) {
      res.status(401).set('WWW-Authenticate', 'Bearer').json({ error: 'unauthorized' });
      return;
    }
    next();
  };
  const receive: express.RequestHandler = (req, res) => {
    const event = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const type = typeof event.EventType === 'string' ? event.EventType.toLowerCase() : null;
    if (type === null) {
      res.status(400).json({ error: 'EventType is required' });
      return;
    }
    if (type === 'order_update') {
      if (typeof event.OrderId !== 'string' || event.OrderId.trim() === '') {
        res.status(400).json({ error: 'OrderId is required for Order_Update' });
        return;
      }
      const accountId = typeof event.AccountId === 'string' ? event.AccountId : null;
      // The reported status only decides whether to remember the order as open; what subscribers get is read again.
      const status = typeof event.OrderStatus === 'string' ? event.OrderStatus : null;
      orders.changed({ orderId: event.OrderId, accountId, status, priority: RequestPriority.Background, reported: true });
      logger.debug({ orderId: event.OrderId }, 'order webhook');
    }
    // Other events (messages arrive on their routes' URLs, calls are not served) are acknowledged.
    res.status(204).end();
  };
  router.post('/', authenticate, express.json({ limit: '256kb' }), receive);
  router.put('/', authenticate, express.json({ limit: '256kb' }), receive);
  return router;
}
