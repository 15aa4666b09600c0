import type { Client } from 'graphql-ws';
import { SendMessageDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import {
  type GatewayRoute,
  MESSAGE_RECEIVED,
  MESSAGE_STATUS_CHANGED,
  OUTSIDE_SENDER,
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
import { type SeededNumbers, seededNumbers } from '../helpers/numbers';
import { PORT_IN_STEP_SEC, portableNumber, submitPortIn } from '../helpers/porting';
import { testPrincipal } from '../helpers/principals';
import { type SubscriptionLog, subscribe, wsClient } from '../helpers/subscriptions';

const NUMBER_READS = 'GET /v1.0/numbers';
/** Recipients off the platform; the sandbox fails messages to numbers ending in 999. */
const REACHABLE = '+13125550188';
const UNREACHABLE = '+13125550999';

/** The errors a subscription ended with, however graphql-ws carried them (an `error` message, or a result with errors). */
const subscriptionErrors = (log: SubscriptionLog): any[] => (Array.isArray(log.error) ? log.error : log.results.flatMap((r) => r.errors ?? []));

describe('message subscriptions through the gateway’s route receivers', () => {
  let gateway: TestGateway;
  let client: Client;
  let seeded: SeededNumbers;
  /** A POST route with receipts (Bearer), and a GET route without receipts (Basic). */
  let postRoute: GatewayRoute;
  let getRoute: GatewayRoute;
  let postAuth: string;
  let getAuth: string;
  /** Unbound VoIP lines of Acme, free for these tests. */
  let onPost: string;
  let onGet: string;

  beforeAll(async () => {
    gateway = await TestGateway.start({ publicUrl: true, sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    client = wsClient(gateway.url);
    seeded = await seededNumbers(gateway.sandbox);
    [onPost, onGet] = [seeded.voip[10]!.Number, seeded.voip[11]!.Number];
    postRoute = await createGatewayRoute(gateway, { accountId: seeded.acmeId, name: 'Gateway inbound' });
    getRoute = await createGatewayRoute(gateway, { accountId: seeded.acmeId, name: 'Gateway inbound (GET)', method: 'GET', authenticationType: 'BASIC', receipts: false });
    await putOnRoute(gateway, onPost, postRoute.id);
    await putOnRoute(gateway, onGet, getRoute.id);
    postAuth = authorizationOf(await storedRoute(gateway, postRoute.id));
    getAuth = authorizationOf(await storedRoute(gateway, getRoute.id));
  });
  afterAll(async () => {
    await client.dispose();
    await gateway.stop();
  });

  /** A messageReceived subscription on `number`, listening once it returns. */
  async function listenForMessages(number: string, route = postRoute, auth = postAuth): Promise<SubscriptionLog> {
    const log = subscribe(client, MESSAGE_RECEIVED, { phoneNumber: number });
    await untilListening(log, route.messageUrl, auth, inboundProbe(number));
    return log;
  }

  describe('messageReceived', () => {
    it('should push an inbound SMS injected at the sandbox, which Telegent delivered to the route’s receiver', async () => {
      const log = await listenForMessages(onPost);
      const messageId = await injectInbound(gateway, onPost, 'Hello from the sandbox');
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log)).toEqual([
        {
          id: messageId,
          direction: 'INBOUND',
          from: OUTSIDE_SENDER,
          to: onPost,
          body: 'Hello from the sandbox',
          status: 'RECEIVED',
          statusText: 'Received',
          kind: 'SMS',
          sentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
          campaignId: null,
          cost: null,
          mediaUrls: [],
        },
      ]);
      const [delivery] = await deliveriesOf(gateway, 'message', messageId);
      expect(delivery).toMatchObject({ url: postRoute.messageUrl, method: 'POST', authentication: 'Bearer', state: 'delivered', attempts: [{ status: 200 }] });
      log.dispose();
    });

    it('should push an MMS with its media URLs', async () => {
      const log = await listenForMessages(onPost);
      const messageId = await injectInbound(gateway, onPost, 'A picture', { MmsMedia: [{ MediaUrl: 'https://cdn.example.com/cat.png' }] });
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log)).toEqual([expect.objectContaining({ id: messageId, kind: 'MMS', mediaUrls: ['https://cdn.example.com/cat.png'] })]);
      log.dispose();
    });

    it('should receive a GET route’s deliveries (query parameters, Basic credentials)', async () => {
      const log = await listenForMessages(onGet, getRoute, getAuth);
      const messageId = await injectInbound(gateway, onGet, 'Sent by GET', { MmsMedia: [{ MediaUrl: 'https://cdn.example.com/dog.png' }] });
      await log.until((l) => receivedMessages(l).length === 1);
      // A GET delivery carries scalar fields only: the media URLs stay at Telegent.
      expect(receivedMessages(log)).toEqual([expect.objectContaining({ id: messageId, to: onGet, body: 'Sent by GET', kind: 'MMS', mediaUrls: [] })]);
      const [delivery] = await deliveriesOf(gateway, 'message', messageId);
      expect(delivery).toMatchObject({ method: 'GET', authentication: 'Basic', state: 'delivered' });
      log.dispose();
    });

    it('should refuse a delivery without the route’s credentials with 401, and publish nothing', async () => {
      const log = await listenForMessages(onPost);
      const forged = { MessageId: 'TMID-forged', To: onPost, From: OUTSIDE_SENDER, Body: 'forged' };
      const [, token] = postAuth.split(' ');
      const otherKey = postRoute.messageUrl.replace(/routes\/[^/]+\//, 'routes/AAAAAAAAAAAAAAAAAAAAAAAA/');
      const refusals = [
        await deliver(postRoute.messageUrl, forged, null),
        await deliver(postRoute.messageUrl, forged, 'Bearer not-the-token'),
        await deliver(postRoute.messageUrl, forged, `Basic ${Buffer.from(`telegent-graph:${token}`).toString('base64')}`),
        await deliver(postRoute.messageUrl, forged, getAuth),
        await deliver(postRoute.messageUrl, forged, 'Bearer not-the-token', 'GET'),
        await deliver(otherKey, forged, postAuth),
        await deliver(postRoute.callbackUrl!, { MessageId: 'TMID-forged', Status: 'Delivered', From: onPost, To: OUTSIDE_SENDER }, 'Bearer not-the-token'),
      ];
      expect(refusals.map((r) => r.status)).toEqual([401, 401, 401, 401, 401, 401, 401]);
      expect(refusals[0]!.body).toEqual({ error: 'unauthorized' });
      // The pub/sub keeps order: a forged event would have come before this one.
      const messageId = await injectInbound(gateway, onPost, 'The real one');
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log).map((m) => m.id)).toEqual([messageId]);
      log.dispose();
    });

    it('should answer 400 to a delivery that is not an event, and publish nothing', async () => {
      const log = await listenForMessages(onPost);
      const malformed = [
        await deliver(postRoute.messageUrl, { To: onPost, From: OUTSIDE_SENDER, Body: 'no id' }, postAuth),
        await deliver(postRoute.messageUrl, { MessageId: 'TMID-x1', To: onPost, From: 'ACME', Body: 'sender not E.164' }, postAuth),
        await deliver(postRoute.messageUrl, { MessageId: 'TMID-x2', To: onPost, From: OUTSIDE_SENDER, Body: 42 }, postAuth),
        await deliver(postRoute.messageUrl, { MessageId: 'TMID-x3', To: onPost, From: OUTSIDE_SENDER, MmsMedia: 'https://x.example/a.png' }, postAuth),
        await deliver(postRoute.messageUrl, '{"MessageId": ', postAuth),
        await deliver(postRoute.messageUrl, '[]', postAuth),
        await deliver(postRoute.callbackUrl!, { MessageId: 'TMID-x5', Status: 'Failed', From: onPost, To: OUTSIDE_SENDER, ErrorCode: 'soon' }, postAuth),
      ];
      expect(malformed.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400, 400]);
      expect(malformed.map((r) => r.body.error)).toEqual([
        'MessageId is required.',
        'From must be a phone number in E.164 form, got "ACME".',
        'Body must be a string.',
        'MmsMedia must be a list of {MediaUrl}.',
        'body is not valid JSON',
        'expected a JSON object (POST) or query parameters (GET)',
        'ErrorCode must be an integer.',
      ]);
      const messageId = await injectInbound(gateway, onPost, 'After the bad ones');
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log).map((m) => m.id)).toEqual([messageId]);
      log.dispose();
    });

    it('should push a status Telegent adds later as OTHER, with its word in statusText', async () => {
      const log = await listenForMessages(onPost);
      const event = { MessageId: 'TMID-held-1', To: onPost, From: OUTSIDE_SENDER, Body: 'held for review', Status: 'Held For Review' };
      expect((await deliver(postRoute.messageUrl, event, postAuth)).status).toBe(200);
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log)).toEqual([expect.objectContaining({ id: 'TMID-held-1', status: 'OTHER', statusText: 'Held For Review' })]);
      log.dispose();
    });

    it('should answer 405 to other methods and 404 to other paths', async () => {
      const put = await fetch(postRoute.messageUrl, { method: 'PUT', headers: { Authorization: postAuth } });
      expect([put.status, put.headers.get('allow')]).toEqual([405, 'GET, POST']);
      expect((await deliver(postRoute.messageUrl.replace(/messages$/, 'calls'), {}, postAuth)).status).toBe(404);
    });
  });

  describe('messageStatusChanged', () => {
    it('should push a receipt status Telegent adds later as OTHER with its word in statusText, once, rather than refuse it', async () => {
      const log = subscribe(client, MESSAGE_STATUS_CHANGED, { phoneNumber: onPost });
      await untilListening(log, postRoute.callbackUrl!, postAuth, receiptProbe(onPost));
      const receipt = { MessageId: 'TMID-new-status', Status: 'Carrier Filtered', From: onPost, To: OUTSIDE_SENDER };
      expect((await deliver(postRoute.callbackUrl!, receipt, postAuth)).status).toBe(200);
      expect((await deliver(postRoute.callbackUrl!, receipt, postAuth)).status).toBe(200);
      expect((await deliver(postRoute.callbackUrl!, { ...receipt, Status: 'Delivered' }, postAuth)).status).toBe(200);
      await log.until((l) => receivedReceipts(l).filter((r) => r.messageId === 'TMID-new-status').length === 2);
      expect(receivedReceipts(log).filter((r) => r.messageId === 'TMID-new-status').map((r) => [r.status, r.statusText])).toEqual([
        ['OTHER', 'Carrier Filtered'],
        ['DELIVERED', 'Delivered'],
      ]);
      log.dispose();
    });

    it('should push each receipt of a message sent with sendMessage as the sandbox clock moves it Queued → Sent → Delivered (or Failed)', async () => {
      const log = subscribe(client, MESSAGE_STATUS_CHANGED, { phoneNumber: onPost });
      await untilListening(log, postRoute.callbackUrl!, postAuth, receiptProbe(onPost));
      const sent = await gateway.query(SendMessageDocument, { input: { from: onPost, to: [REACHABLE, UNREACHABLE], body: 'Your code is 4242' } });
      expect(sent.body.errors).toBeUndefined();
      const [reachable, unreachable] = sent.body.data!.sendMessage.messages.map((m) => m.id);
      await gateway.sandbox.advanceClock(1);
      await log.until((l) => receivedReceipts(l).filter((r) => r.status === 'SENT').length === 2);
      await gateway.sandbox.advanceClock(2);
      await log.until((l) => receivedReceipts(l).length === 4);
      const of = (messageId: string): any[] => receivedReceipts(log).filter((r) => r.messageId === messageId);
      const at = expect.stringMatching(/^\d{4}-\d\d-\d\dT/);
      expect(of(reachable!)).toEqual([
        { messageId: reachable, status: 'SENT', statusText: 'Sent', from: onPost, to: REACHABLE, at, errorCode: null, errorMessage: null },
        { messageId: reachable, status: 'DELIVERED', statusText: 'Delivered', from: onPost, to: REACHABLE, at, errorCode: null, errorMessage: null },
      ]);
      expect(of(unreachable!)).toEqual([
        { messageId: unreachable, status: 'SENT', statusText: 'Sent', from: onPost, to: UNREACHABLE, at, errorCode: null, errorMessage: null },
        { messageId: unreachable, status: 'FAILED', statusText: 'Failed', from: onPost, to: UNREACHABLE, at, errorCode: 30003, errorMessage: 'Unreachable destination handset.' },
      ]);
      await deliveriesOf(gateway, 'receipt', reachable!, 2);
      log.dispose();
    });

    it('should push a receipt delivered by GET with its error code read from the query string', async () => {
      const log = subscribe(client, MESSAGE_STATUS_CHANGED, { phoneNumber: onPost });
      await untilListening(log, postRoute.callbackUrl!, postAuth, receiptProbe(onPost));
      const receipt = { MessageId: 'TMID-by-get', Status: 'undelivered', From: onPost, To: REACHABLE, Timestamp: '2025-05-15T20:15:37.157', ErrorCode: '30005', ErrorMessage: 'Unknown destination handset.' };
      expect((await deliver(postRoute.callbackUrl!, receipt, postAuth, 'GET')).status).toBe(200);
      await log.until((l) => receivedReceipts(l).length === 1);
      expect(receivedReceipts(log)).toEqual([
        { messageId: 'TMID-by-get', status: 'UNDELIVERED', statusText: 'undelivered', from: onPost, to: REACHABLE, at: '2025-05-15T20:15:37.157Z', errorCode: 30005, errorMessage: 'Unknown destination handset.' },
      ]);
      log.dispose();
    });
  });

  describe('Subscribe', () => {
    it.each([MESSAGE_RECEIVED, MESSAGE_STATUS_CHANGED])('should refuse a number not in E.164 with BAD_USER_INPUT naming phoneNumber, before any upstream call (%#)', async (query) => {
      const before = (await gateway.sandbox.stats()).total;
      const log = subscribe(client, query, { phoneNumber: '801-555-0100' });
      await log.until((l) => l.completed);
      expect(subscriptionErrors(log)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'phoneNumber' }) })]);
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it.each([MESSAGE_RECEIVED, MESSAGE_STATUS_CHANGED])('should refuse another distributor’s number with NOT_FOUND after one read (%#)', async (query) => {
      const reads = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[NUMBER_READS] ?? 0;
      const before = await reads();
      const log = subscribe(client, query, { phoneNumber: seeded.initech[0]!.Number });
      await log.until((l) => l.completed);
      expect(subscriptionErrors(log)).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'NOT_FOUND' }) })]);
      expect((await reads()) - before).toBe(1);
    });

    /** The one error a subscription on `number` ended with, once it ended. */
    async function refusal(query: string, number: string, on: Client = client): Promise<any> {
      const log = subscribe(on, query, { phoneNumber: number });
      await log.until((l) => l.completed);
      const errors = subscriptionErrors(log);
      expect(errors).toHaveLength(1);
      return errors[0];
    }

    it.each([MESSAGE_RECEIVED, MESSAGE_STATUS_CHANGED])('should refuse a number whose route delivers elsewhere with MESSAGE_ROUTE_NOT_AT_GATEWAY naming the route (%#)', async (query) => {
      const error = await refusal(query, seeded.mvno[0]!.Number);
      expect(error.extensions).toEqual({ code: 'MESSAGE_ROUTE_NOT_AT_GATEWAY', reason: 'NOT_AT_GATEWAY', phoneNumber: seeded.mvno[0]!.Number, messageRouteId: seeded.smsRouteId, requestId: expect.any(String) });
      expect(error.message).toContain('pointMessageRouteAtGateway');
      expect(error.message).toContain(seeded.smsRouteId);
    });

    it('should refuse messageStatusChanged on a route whose receipts do not come to the gateway (NO_RECEIPTS_AT_GATEWAY), while messageReceived on it is served', async () => {
      const error = await refusal(MESSAGE_STATUS_CHANGED, onGet);
      expect(error.extensions).toEqual({ code: 'MESSAGE_ROUTE_NOT_AT_GATEWAY', reason: 'NO_RECEIPTS_AT_GATEWAY', phoneNumber: onGet, messageRouteId: getRoute.id, requestId: expect.any(String) });
      const log = await listenForMessages(onGet, getRoute, getAuth);
      expect(log.completed).toBe(false);
      log.dispose();
    });

    it.each([MESSAGE_RECEIVED, MESSAGE_STATUS_CHANGED])('should refuse a number with no message route (a completed port-in) with NO_MESSAGE_ROUTE (%#)', async (query) => {
      const number = portableNumber('801');
      await submitPortIn(gateway, number);
      for (let step = 0; step < 6 && !(await gateway.sandbox.client().get('/numbers', { Number: number })).body?.Number; step += 1) {
        await gateway.sandbox.advanceClock(PORT_IN_STEP_SEC);
      }
      const error = await refusal(query, number);
      expect(error.extensions).toEqual({ code: 'MESSAGE_ROUTE_NOT_AT_GATEWAY', reason: 'NO_MESSAGE_ROUTE', phoneNumber: number, messageRouteId: null, requestId: expect.any(String) });
      expect(error.message).toContain('createGatewayMessageRoute');
    });

    it('should tell a subscriber principal where its own number’s deliveries go, though it cannot read its account’s routes', async () => {
      const { doeSubscriber } = gateway.sandbox.sandbox.demoIdentities();
      const john = await testPrincipal('John Doe', { role: 'subscriber', sub: 'john', subscriber: doeSubscriber.subscriberId });
      const johns = seeded.doe.find((n) => n.AssignedSubscriberId === doeSubscriber.subscriberId)!;
      const asJohn = wsClient(gateway.url, { connectionParams: john.headers });
      try {
        const error = await refusal(MESSAGE_RECEIVED, johns.Number, asJohn);
        expect(error.extensions).toMatchObject({ code: 'MESSAGE_ROUTE_NOT_AT_GATEWAY', reason: 'NOT_AT_GATEWAY', messageRouteId: seeded.doeRouteId });
      } finally {
        await asJohn.dispose();
      }
    });

    it('should refuse, on an instance without the shared store (as after a restart without REDIS_URL), a route pointed at another gateway process: RECEIVER_FORGOTTEN', async () => {
      const restarted = await TestGateway.startBeside(gateway, { env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
      const onRestarted = wsClient(restarted.url);
      try {
        const error = await refusal(MESSAGE_RECEIVED, onPost, onRestarted);
        expect(error.extensions).toEqual({ code: 'MESSAGE_ROUTE_NOT_AT_GATEWAY', reason: 'RECEIVER_FORGOTTEN', phoneNumber: onPost, messageRouteId: postRoute.id, requestId: expect.any(String) });
        expect(error.message).toContain('pointMessageRouteAtGateway');
      } finally {
        await onRestarted.dispose();
        await restarted.stop();
      }
    });

    it('should push to every subscriber of a number, and only theirs', async () => {
      const first = await listenForMessages(onPost);
      const second = await listenForMessages(onPost);
      const other = await listenForMessages(onGet, getRoute, getAuth);
      const messageId = await injectInbound(gateway, onPost, 'For both');
      await first.until((l) => receivedMessages(l).length === 1);
      await second.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(second).map((m) => m.id)).toEqual([messageId]);
      expect(receivedMessages(other)).toEqual([]);
      [first, second, other].forEach((log) => log.dispose());
    });
  });
});
