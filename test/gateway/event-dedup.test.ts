import { print } from 'graphql';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { deriveSecret } from '../../src/stores/derived-secrets';
import { OrderUpdatesDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import {
  MESSAGE_RECEIVED,
  MESSAGE_STATUS_CHANGED,
  authorizationOf,
  createGatewayRoute,
  deliver,
  deliveriesOf,
  inboundProbe,
  injectInbound,
  putOnRoute,
  receiptProbe,
  receivedMessages,
  receivedReceipts,
  storedRoute,
  untilListening,
} from '../helpers/message-routes';
import { seededNumbers } from '../helpers/numbers';
import { PORT_IN_STEP_SEC, portableNumber, submitPortIn } from '../helpers/porting';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORDER_UPDATES = print(OrderUpdatesDocument);
const EVENTS_PATH = '/webhooks/telegent/events';
const QUOTA = { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' };
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** `url` (a receiver of `from`) on `to`'s origin: the same receiver on another instance. */
const onInstance = (url: string, from: TestGateway, to: TestGateway): string => url.replace(new URL(from.url).origin, new URL(to.url).origin);

describe('de-duplicated events (replayed deliveries, several instances on one Redis)', () => {
  it('should publish a message route delivery replayed 20 times, across two instances, once; and a receipt once per status', async () => {
    const first = await TestGateway.start({ publicUrl: true, sandbox: { rateLimitPerMinute: 100_000 }, env: { ...QUOTA, REDIS_URL } });
    const second = await TestGateway.startBeside(first, { env: { ...QUOTA, REDIS_URL } });
    const [onFirst, onSecond] = [wsClient(first.url), wsClient(second.url)];
    try {
      const seeded = await seededNumbers(first.sandbox);
      const number = seeded.voip[15]!.Number;
      const route = await createGatewayRoute(first, { accountId: seeded.acmeId, name: 'Replayed' });
      await putOnRoute(first, number, route.id);
      const stored = await storedRoute(first, route.id);
      const [auth, receiptAuth] = [authorizationOf(stored), authorizationOf(stored, 'CallbackMessage')];
      const logs: SubscriptionLog[] = [];
      for (const [client, gateway] of [[onFirst, first], [onSecond, second]] as const) {
        const messages = subscribe(client, MESSAGE_RECEIVED, { phoneNumber: number });
        await untilListening(messages, onInstance(route.messageUrl, first, gateway), auth, inboundProbe(number));
        const receipts = subscribe(client, MESSAGE_STATUS_CHANGED, { phoneNumber: number });
        await untilListening(receipts, onInstance(route.callbackUrl!, first, gateway), receiptAuth, receiptProbe(number));
        logs.push(messages, receipts);
      }
      const [messagesOnFirst, receiptsOnFirst, messagesOnSecond, receiptsOnSecond] = logs as [SubscriptionLog, SubscriptionLog, SubscriptionLog, SubscriptionLog];

      // A genuine delivery from the sandbox, then its captured payload replayed 20 times, half on each instance, at once.
      const messageId = await injectInbound(first, number, 'Only once');
      const [captured] = await deliveriesOf(first, 'message', messageId);
      const replies = await Promise.all(
        Array.from({ length: 20 }, (_, i) => deliver(onInstance(route.messageUrl, first, i % 2 ? second : first), captured.payload, auth)),
      );
      expect(replies.map((r) => r.status)).toEqual(Array(20).fill(200));

      const receipt = { MessageId: 'TMID-replayed-receipt', From: number, To: '+13125550188' };
      for (const status of ['Sent', 'Sent', 'Delivered', 'Delivered']) {
        for (const gateway of [first, second]) {
          expect((await deliver(onInstance(route.callbackUrl!, first, gateway), { ...receipt, Status: status }, receiptAuth)).status).toBe(200);
        }
      }

      await messagesOnSecond.until((l) => receivedMessages(l).length >= 1);
      await receiptsOnSecond.until((l) => receivedReceipts(l).length >= 2);
      // Generous: a repeat would have arrived within this.
      await sleep(500);
      for (const log of [messagesOnFirst, messagesOnSecond]) {
        expect(receivedMessages(log).map((m) => m.id)).toEqual([messageId]);
      }
      for (const log of [receiptsOnFirst, receiptsOnSecond]) {
        expect(receivedReceipts(log).map((r) => `${r.messageId} ${r.status}`)).toEqual(['TMID-replayed-receipt SENT', 'TMID-replayed-receipt DELIVERED']);
      }
      logs.forEach((log) => log.dispose());
    } finally {
      await onFirst.dispose();
      await onSecond.dispose();
      await second.stop();
      await first.stop();
    }
  });

  it('should publish a replayed delivery once without Redis too (in-process claims)', async () => {
    const gateway = await TestGateway.start({ publicUrl: true, sandbox: { rateLimitPerMinute: 100_000 }, env: QUOTA });
    const client = wsClient(gateway.url);
    try {
      const seeded = await seededNumbers(gateway.sandbox);
      const number = seeded.voip[16]!.Number;
      const route = await createGatewayRoute(gateway, { accountId: seeded.acmeId, name: 'Replayed here' });
      await putOnRoute(gateway, number, route.id);
      const auth = authorizationOf(await storedRoute(gateway, route.id));
      const log = subscribe(client, MESSAGE_RECEIVED, { phoneNumber: number });
      await untilListening(log, route.messageUrl, auth, inboundProbe(number));
      const delivery = { MessageId: 'TMID-replayed-here', To: number, From: '+13125550143', Body: 'Again?' };
      for (let i = 0; i < 20; i += 1) expect((await deliver(route.messageUrl, delivery, auth)).status).toBe(200);
      await log.until((l) => receivedMessages(l).length >= 1);
      await sleep(500);
      expect(receivedMessages(log).map((m) => m.id)).toEqual(['TMID-replayed-here']);
      log.dispose();
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });

  it('should give orderUpdates subscribers on two instances each status of a port-in once, however often its webhook is replayed', async () => {
    // Slow polls: the statuses come from the mutation, the webhooks and their replays.
    const env = { ...QUOTA, REDIS_URL, ORDER_POLL_MIN_INTERVAL_MS: '600000', ORDER_POLL_MAX_INTERVAL_MS: '600000' };
    const first = await TestGateway.start({ publicUrl: true, sandbox: { rateLimitPerMinute: 100_000 }, env });
    const second = await TestGateway.startBeside(first, { env });
    const [onFirst, onSecond] = [wsClient(first.url), wsClient(second.url)];
    const token = deriveSecret(SANDBOX_CREDENTIALS[0].accountSecret, 'account-webhook-token');
    const replay = (gateway: TestGateway, orderId: string): Promise<Response> =>
      fetch(new URL(EVENTS_PATH, gateway.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ EventType: 'Order_Update', OrderId: orderId }),
      });
    try {
      const feeds = [subscribe(onFirst, ORDER_UPDATES), subscribe(onSecond, ORDER_UPDATES)] as const;
      await sleep(300);
      const orderId = await submitPortIn(second, portableNumber('917'));
      // The mutation's read and a burst of replayed webhooks on both instances race for the first status.
      await Promise.all(Array.from({ length: 10 }, (_, i) => replay(i % 2 ? second : first, orderId)));
      // The sandbox's seeded orders move with its clock too: only this order's statuses count.
      const statuses = (feed: SubscriptionLog): string[] => feed.data.filter((d) => d.orderUpdates.id === orderId).map((d) => d.orderUpdates.status);
      for (let step = 1; step <= 3; step += 1) {
        await feeds[1].until((l) => statuses(l).length >= step);
        await first.sandbox.advanceClock(PORT_IN_STEP_SEC);
      }
      await feeds[1].until((l) => statuses(l).includes('COMPLETED'));
      for (let i = 0; i < 10; i += 1) await replay(i % 2 ? second : first, orderId);
      // Generous: a repeat would have arrived within this.
      await sleep(500);
      for (const feed of feeds) {
        expect(statuses(feed)).toEqual([
          'SUBMITTED',
          'PENDING_CARRIER_APPROVAL',
          'SCHEDULED',
          'COMPLETED',
        ]);
      }
      feeds.forEach((feed) => feed.dispose());
    } finally {
      await onFirst.dispose();
      await onSecond.dispose();
      await second.stop();
      await first.stop();
    }
  });
});
