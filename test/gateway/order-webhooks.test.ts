import { print } from 'graphql';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { deriveSecret } from '../../src/stores/derived-secrets';
import { OrderStatusChangedDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { PORT_IN_STEP_SEC, portableNumber, stepThroughPortIn, submitPortIn } from '../helpers/porting';
import { subscribe, wsClient } from '../helpers/subscriptions';

const ORDER_STATUS = print(OrderStatusChangedDocument);
const EVENTS_PATH = '/webhooks/telegent/events';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Polling so slow that only a webhook can explain a prompt push. */
const SLOW_POLLING = { ORDER_POLL_MIN_INTERVAL_MS: '600000', ORDER_POLL_MAX_INTERVAL_MS: '600000', UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The webhooks the sandbox holds for the gateway's receiver, once registration has run. */
async function registeredHooks(gateway: TestGateway, receiver: string, accounts: number): Promise<any[]> {
  for (let i = 0; i < 100; i += 1) {
    const hooks = (await gateway.sandbox.client().get('/account/webhooks')).body.filter((h: any) => h.WebhookUrl === receiver);
    if (hooks.length >= accounts) return hooks;
    await sleep(50);
  }
  throw new Error('the gateway did not register its webhooks');
}

const receiverOf = (gateway: TestGateway): string => new URL(EVENTS_PATH, gateway.url).toString().replace('localhost', '127.0.0.1');

describe('order webhooks', () => {
  it('should register one Order_Update webhook per account, with a token, and not again after a restart', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, publicUrl: true, env: SLOW_POLLING });
    try {
      const receiver = receiverOf(gateway);
      const hooks = await registeredHooks(gateway, receiver, 2);
      const accounts = Object.values(await gateway.sandbox.accountIds()).slice(0, 2);
      expect(hooks.map((h) => h.AccountId).sort()).toEqual([...accounts].sort());
      expect(hooks.every((h) => h.SubscribedEvents === 'Order_Update' && h.AuthenticationType === 'Token' && h.Active)).toBe(true);

      const port = new URL(gateway.url).port;
      await gateway.app.stop();
      const restarted = await TestGateway.startBeside(gateway, { env: { ...SLOW_POLLING, PORT: port, PUBLIC_URL: `http://127.0.0.1:${port}` } });
      await sleep(500);
      expect(await registeredHooks(restarted, receiver, 2)).toHaveLength(2);
      await restarted.stop();
    } finally {
      await gateway.sandbox.stop();
    }
  });

  it('should push each status of a port-in as its webhooks arrive, without waiting for a poll', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, publicUrl: true, env: SLOW_POLLING });
    const client = wsClient(gateway.url);
    try {
      await registeredHooks(gateway, receiverOf(gateway), 2);
      const orderId = await submitPortIn(gateway, portableNumber('917'));
      const log = subscribe(client, ORDER_STATUS, { orderId });
      await log.until((l) => l.data.length === 1);
      await stepThroughPortIn(gateway, log, 3, 3_000);
      await log.until((l) => l.completed);
      expect(log.data.map((d) => d.orderStatusChanged.status)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });

  it('should refuse a webhook call without the gateway’s token and publish nothing; a genuine one is read and pushed', async () => {
    // No PUBLIC_URL: nothing is registered, so the only webhook calls are this test's.
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: SLOW_POLLING });
    const client = wsClient(gateway.url);
    const receiver = new URL(EVENTS_PATH, gateway.url).toString();
    const post = (body: unknown, authorization?: string) =>
      fetch(receiver, { method: 'POST', headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) }, body: JSON.stringify(body) });
    try {
      const orderId = await submitPortIn(gateway, portableNumber('917'));
      const log = subscribe(client, ORDER_STATUS, { orderId });
      await log.until((l) => l.data.length === 1);
      await gateway.sandbox.advanceClock(PORT_IN_STEP_SEC);
      const event = { EventType: 'Order_Update', OrderId: orderId, OrderStatus: 'Pending Carrier Approval' };
      const reads = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint['GET /v1.0/numbers/order'] ?? 0;
      const before = await reads();

      expect((await post(event)).status).toBe(401);
      expect((await post(event, 'Bearer not-the-token')).status).toBe(401);
      await sleep(300);
      expect(log.data).toHaveLength(1);
      expect(await reads()).toBe(before);

      const token = deriveSecret(SANDBOX_CREDENTIALS[0].accountSecret, 'account-webhook-token');
      expect((await post({ OrderId: orderId }, `Bearer ${token}`)).status).toBe(400);
      expect((await post(event, `Bearer ${token}`)).status).toBe(204);
      await log.until((l) => l.data.length === 2);
      expect(log.data[1]!.orderStatusChanged.status).toBe('PENDING_CARRIER_APPROVAL');
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });

  it('should reach subscribers on another instance through Redis when the webhook lands on one', async () => {
    const receiving = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, publicUrl: true, env: { ...SLOW_POLLING, REDIS_URL } });
    const watching = await TestGateway.startBeside(receiving, { env: { ...SLOW_POLLING, REDIS_URL } });
    const client = wsClient(watching.url);
    try {
      await registeredHooks(receiving, receiverOf(receiving), 2);
      const orderId = await submitPortIn(receiving, portableNumber('917'));
      const log = subscribe(client, ORDER_STATUS, { orderId });
      await log.until((l) => l.data.length === 1);
      await stepThroughPortIn(receiving, log, 3, 3_000);
      await log.until((l) => l.completed);
      expect(log.data.map((d) => d.orderStatusChanged.status)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
    } finally {
      await client.dispose();
      await watching.stop();
      await receiving.stop();
    }
  });
});
