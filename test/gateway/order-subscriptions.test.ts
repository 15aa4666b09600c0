import type { Client } from 'graphql-ws';
import { print } from 'graphql';
import { OrderStatus } from '../../src/graph/schema/order-status.enum';
import { isFinalOrder } from '../../src/realtime/order-watcher';
import { toOrder } from '../../src/telegent/orders/mappers';
import { CancelPortInDocument, OrderStatusChangedDocument, OrderUpdatesDocument, UpdateNumberDocument } from '../__generated__/operations';
import { seededNumbers } from '../helpers/numbers';
import { TestGateway } from '../helpers/gateway';
import { portableNumber, stepThroughPortIn, submitPortIn as submit } from '../helpers/porting';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';

/** A port-in on a 646 number; the sandbox rejects one ending in 9. */
const submitPortIn = (gateway: TestGateway, number = portableNumber('646')): Promise<string> => submit(gateway, number);
const portable = (last: '1' | '9' = '1'): string => portableNumber('646', last);

const ORDER_STATUS = print(OrderStatusChangedDocument);
const ORDER_UPDATES = print(OrderUpdatesDocument);
const ORDER_READS = 'GET /v1.0/numbers/order';
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** A gateway whose order polling is fast (or, with `pollMs`, fixed), and whose quota is not in the way. */
async function startGateway(pollMs: { min: number; max: number }, publicUrl = false): Promise<TestGateway> {
  return TestGateway.start({
    sandbox: { rateLimitPerMinute: 100_000 },
    publicUrl,
    env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', ORDER_POLL_MIN_INTERVAL_MS: String(pollMs.min), ORDER_POLL_MAX_INTERVAL_MS: String(pollMs.max) },
  });
}

const statuses = (log: SubscriptionLog): string[] => log.data.map((d) => (d.orderStatusChanged ?? d.orderUpdates).status);

describe('orderStatusChanged', () => {
  let gateway: TestGateway;
  let client: Client;
  const orderReads = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[ORDER_READS] ?? 0;

  beforeAll(async () => {
    gateway = await startGateway({ min: 50, max: 400 });
    client = wsClient(gateway.url);
  });
  afterAll(async () => {
    await client.dispose();
    await gateway.stop();
  });

  it('should emit a port-in order’s status now, then each status in order as the sandbox clock moves, then complete', async () => {
    const orderId = await submitPortIn(gateway);
    const log = subscribe(client, ORDER_STATUS, { orderId });
    await log.until((l) => l.data.length === 1);
    await stepThroughPortIn(gateway, log, 3);
    await log.until((l) => l.completed);
    expect(statuses(log)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
    expect(log.data.map((d) => d.orderStatusChanged.statusText)).toEqual(['Submitted', 'Pending Carrier Approval', 'Scheduled', 'Completed']);
    expect(log.data[0]!.orderStatusChanged).toMatchObject({ id: orderId, type: 'PortIn' });
    expect(log.error).toBeNull();
  });

  it('should push a rejection with the losing carrier’s reason, and complete', async () => {
    const orderId = await submitPortIn(gateway, portable('9'));
    const log = subscribe(client, ORDER_STATUS, { orderId });
    await log.until((l) => l.data.length === 1);
    await stepThroughPortIn(gateway, log, 2);
    await log.until((l) => l.completed);
    expect(statuses(log)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'REJECTED']);
    expect(log.data.at(-1)!.orderStatusChanged.statusMessage).toMatch(/losing carrier/);
  });

  it('should emit a final order once and complete', async () => {
    const orderId = await submitPortIn(gateway);
    await gateway.query(CancelPortInDocument, { input: { orderId } });
    const log = subscribe(client, ORDER_STATUS, { orderId });
    await log.until((l) => l.completed);
    expect(statuses(log)).toEqual(['CANCELLED']);
  });

  it('should refuse an order the credentials cannot see, with NOT_FOUND', async () => {
    const log = subscribe(client, ORDER_STATUS, { orderId: 'JNUOID-00000000-0000-4000-8000-000000000000' });
    await log.until((l) => l.completed);
    const errors = (log.error as { extensions?: unknown }[] | null) ?? log.results.flatMap((r) => r.errors ?? []);
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
  });

  it('should poll an order as often for 200 subscribers as for one, and stop polling when the last one leaves', async () => {
    // Fixed intervals make the count a matter of time only.
    const fixed = await startGateway({ min: 250, max: 250 });
    // One WebSocket connection per client, as 200 apps would open.
    const clients = Array.from({ length: 200 }, () => wsClient(fixed.url));
    try {
      const reads = async (): Promise<number> => (await fixed.sandbox.stats()).byEndpoint[ORDER_READS] ?? 0;
      const window = async (subscribers: number): Promise<number> => {
        const orderId = await submitPortIn(fixed);
        const logs = Array.from({ length: subscribers }, (_, i) => subscribe(clients[i % clients.length]!, ORDER_STATUS, { orderId }));
        await Promise.all(logs.map((log) => log.until((l) => l.data.length === 1)));
        // Counted once every subscriber is in: the same stretch of time for one and for 200.
        const before = await reads();
        await sleep(1_300);
        const during = (await reads()) - before;
        logs.forEach((log) => log.dispose());
        await sleep(300);
        const afterLeaving = await reads();
        await sleep(1_000);
        expect(await reads()).toBe(afterLeaving);
        return during;
      };
      const one = await window(1);
      const many = await window(200);
      expect(one).toBeGreaterThanOrEqual(3); // a poll every 250 ms
      // One poll loop, not one per subscriber (that would be some 200 times as many); timers on a busy
      // machine are not exact, hence the margin.
      expect(many).toBeLessThanOrEqual(2 * one + 2);
    } finally {
      await Promise.all(clients.map((c) => c.dispose()));
      await fixed.stop();
    }
  });

  it('should publish a cancellation made through the gateway at once, without waiting for a poll', async () => {
    const slow = await startGateway({ min: 60_000, max: 60_000 });
    const slowClient = wsClient(slow.url);
    try {
      const orderId = await submitPortIn(slow);
      const log = subscribe(slowClient, ORDER_STATUS, { orderId });
      await log.until((l) => l.data.length === 1);
      const started = Date.now();
      await slow.query(CancelPortInDocument, { input: { orderId } });
      await log.until((l) => l.completed, 3_000);
      expect(statuses(log)).toEqual(['SUBMITTED', 'CANCELLED']);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await slowClient.dispose();
      await slow.stop();
    }
  });

  it('should count the upstream reads of a subscription: one to start, then the polls', async () => {
    const orderId = await submitPortIn(gateway);
    const before = await orderReads();
    const log = subscribe(client, ORDER_STATUS, { orderId });
    await log.until((l) => l.data.length === 1);
    expect((await orderReads()) - before).toBe(1);
    log.dispose();
  });
});

describe('orderUpdates', () => {
  it('should not read, when the feed starts, orders that were already final when they were placed', async () => {
    const gateway = await startGateway({ min: 50, max: 400 });
    const client = wsClient(gateway.url);
    try {
      const { mvno } = await seededNumbers(gateway.sandbox);
      for (const row of mvno.slice(0, 3)) {
        const reply = await gateway.query(UpdateNumberDocument, { input: { number: row.Number, callerIdName: 'ACME' } });
        expect(reply.body.data!.updateNumber.order.status).toBe('COMPLETED');
      }
      const reads = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[ORDER_READS] ?? 0;
      const before = await reads();
      const feed = subscribe(client, ORDER_UPDATES);
      await sleep(400);
      expect(await reads()).toBe(before);
      expect(feed.data).toEqual([]);
      feed.dispose();
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });

  it('should push every status change of the orders placed through the gateway, for one account or all', async () => {
    const gateway = await startGateway({ min: 50, max: 400 });
    const client = wsClient(gateway.url);
    try {
      const ids = await gateway.sandbox.accountIds();
      const all = subscribe(client, ORDER_UPDATES);
      const acme = subscribe(client, ORDER_UPDATES, { accountId: ids['Acme Mobile'] });
      const doe = subscribe(client, ORDER_UPDATES, { accountId: ids['Doe Family'] });
      await sleep(200);
      const orderId = await submitPortIn(gateway);
      await all.until((l) => l.data.length === 1);
      // Polling sees one status per step when the clock moves one step at a time.
      await stepThroughPortIn(gateway, all, 3);
      await acme.until((l) => statuses(l).includes('COMPLETED'));
      expect(all.data.every((d) => d.orderUpdates.id === orderId)).toBe(true);
      expect(statuses(all)).toEqual(['SUBMITTED', 'PENDING_CARRIER_APPROVAL', 'SCHEDULED', 'COMPLETED']);
      expect(statuses(acme)).toEqual(statuses(all));
      expect(doe.data).toEqual([]);
      [all, acme, doe].forEach((log) => log.dispose());
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });
});

describe('order status words', () => {
  const raw = (OrderStatus: string) => ({ OrderId: 'JNUOID-1', OrderDate: '2026-01-01T00:00:00Z', OrderStatus });

  it.each([
    ['Complete', OrderStatus.COMPLETED, true],
    ['Completed', OrderStatus.COMPLETED, true],
    ['Port Out Complete', OrderStatus.COMPLETED, true],
    ['completed', OrderStatus.COMPLETED, true],
    ['Error', OrderStatus.ERROR, true],
    ['Failed', OrderStatus.ERROR, true],
    ['Rejected', OrderStatus.REJECTED, true],
    ['Cancelled', OrderStatus.CANCELLED, true],
    ['Submitted', OrderStatus.SUBMITTED, false],
    ['Pending', OrderStatus.PENDING, false],
    ['Processing', OrderStatus.PROCESSING, false],
    ['Pending Carrier Approval', OrderStatus.PENDING_CARRIER_APPROVAL, false],
    ['Scheduled', OrderStatus.SCHEDULED, false],
    ['Awaiting Documents', OrderStatus.OTHER, false],
  ])('should read Telegent’s %p as %s (final: %p), keeping the word in statusText', (word, status, final) => {
    expect(toOrder(raw(word))).toMatchObject({ status, statusText: word });
    expect(isFinalOrder(raw(word))).toBe(final);
  });
});
