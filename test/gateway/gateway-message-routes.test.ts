import { Writable } from 'node:stream';
import { createClient } from '@redis/client';
import pino from 'pino';
import {
  CreateGatewayMessageRouteDocument,
  type CreateGatewayMessageRouteInput,
  CreateMessageRouteDocument,
  PointMessageRouteAtGatewayDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import {
  MESSAGE_RECEIVED,
  authorizationOf,
  createGatewayRoute,
  deliver,
  deliveriesOf,
  inboundProbe,
  injectInbound,
  putOnRoute,
  receivedMessages,
  storedRoute,
  untilListening,
} from '../helpers/message-routes';
import { expectRefusedLocally, firstError } from '../helpers/mutations';
import { seededNumbers } from '../helpers/numbers';
import { WebhookReceiver } from '../helpers/receiver';
import { subscribe, wsClient } from '../helpers/subscriptions';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const FAST = { sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } };
/** `<public URL>/webhooks/telegent/routes/<key>/<side>`, the key 24 URL-safe characters. */
const receiverUrlPattern = (gateway: TestGateway, side: string): RegExp =>
  new RegExp(`^${new URL(gateway.url).origin.replace(/[.]/g, '\\.')}/webhooks/telegent/routes/[A-Za-z0-9_-]{24}/${side}$`);

describe('createGatewayMessageRoute and pointMessageRouteAtGateway', () => {
  let gateway: TestGateway;
  let acme: string;

  beforeAll(async () => {
    gateway = await TestGateway.start({ publicUrl: true, ...FAST });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());

  it('should create a route whose URLs are the gateway’s receivers, with credentials it made and never shows', async () => {
    const reply = await gateway.query(CreateGatewayMessageRouteDocument, { input: { accountId: acme, name: 'Gateway inbound', enabled: false } });
    expect(reply.body.errors).toBeUndefined();
    const { messageRoute, account } = reply.body.data!.createGatewayMessageRoute;
    expect(messageRoute).toEqual({
      id: expect.stringMatching(/^MRID-/),
      name: 'Gateway inbound',
      enabled: false,
      messageUrl: expect.stringMatching(receiverUrlPattern(gateway, 'messages')),
      messageUrlMethod: 'POST',
      authenticationType: 'BEARER',
      callbackUrl: messageRoute.messageUrl.replace(/messages$/, 'receipts'),
      callbackUrlMethod: 'POST',
      callbackAuthenticationType: 'BEARER',
    });
    expect(account).toEqual({ id: acme, name: 'Acme Mobile' });
    const stored = await storedRoute(gateway, messageRoute.id);
    expect(stored.MessagePasswordToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(stored.CallbackMessagePasswordToken).toBe(stored.MessagePasswordToken);
    expect(JSON.stringify(reply.body)).not.toContain(stored.MessagePasswordToken);
  });

  it('should make Basic credentials and a GET route, without receipts when asked', async () => {
    const route = await createGatewayRoute(gateway, { accountId: acme, name: 'By GET', method: 'GET', authenticationType: 'BASIC', receipts: false });
    expect(route).toMatchObject({ messageUrlMethod: 'GET', authenticationType: 'BASIC', callbackUrl: null, callbackAuthenticationType: null });
    const stored = await storedRoute(gateway, route.id);
    expect(stored).toMatchObject({ MessageAuthenticationType: 'Basic', MessageUsername: 'telegent-graph', CallbackMessageUrl: null });
    expect(stored.MessagePasswordToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('should keep Telegent’s refusal, with its endpoint', async () => {
    const reply = await gateway.query(CreateGatewayMessageRouteDocument, { input: { accountId: 'AID-00000000-0000-4000-8000-000000000000', name: 'Nowhere' } });
    expect(firstError(reply)).toMatchObject({ code: 'BAD_USER_INPUT', endpoint: 'POST /v1.0/message/routes' });
  });

  it('should point an existing route at the gateway, and stop accepting the gateway’s earlier credentials for it once pointed again', async () => {
    const partner = await WebhookReceiver.start();
    const client = wsClient(gateway.url);
    try {
      const created = await gateway.query(CreateMessageRouteDocument, { input: { accountId: acme, name: 'Partner inbox', messageUrl: `${partner.url}/sms` } });
      const routeId = created.body.data!.createMessageRoute.messageRoute.id;
      const number = (await seededNumbers(gateway.sandbox)).voip[12]!.Number;
      await putOnRoute(gateway, number, routeId);

      const pointed = await gateway.query(PointMessageRouteAtGatewayDocument, { input: { messageRouteId: routeId } });
      expect(pointed.body.errors).toBeUndefined();
      expect(pointed.body.data!.pointMessageRouteAtGateway).toEqual({
        messageRoute: {
          id: routeId,
          name: 'Partner inbox',
          messageUrl: expect.stringMatching(receiverUrlPattern(gateway, 'messages')),
          messageUrlMethod: 'POST',
          authenticationType: 'BEARER',
          callbackUrl: expect.stringMatching(receiverUrlPattern(gateway, 'receipts')),
          callbackUrlMethod: 'POST',
          callbackAuthenticationType: 'BEARER',
        },
        account: { id: acme },
      });
      const first = { url: pointed.body.data!.pointMessageRouteAtGateway.messageRoute.messageUrl, auth: authorizationOf(await storedRoute(gateway, routeId)) };

      const log = subscribe(client, MESSAGE_RECEIVED, { phoneNumber: number });
      await untilListening(log, first.url, first.auth, inboundProbe(number));
      const messageId = await injectInbound(gateway, number, 'Now through the gateway');
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log).map((m) => m.id)).toEqual([messageId]);
      expect(partner.received).toEqual([]);

      const again = await gateway.query(PointMessageRouteAtGatewayDocument, { input: { messageRouteId: routeId, authenticationType: 'BASIC' } });
      const second = { url: again.body.data!.pointMessageRouteAtGateway.messageRoute.messageUrl, auth: authorizationOf(await storedRoute(gateway, routeId)) };
      expect(second.url).not.toBe(first.url);
      expect((await deliver(first.url, inboundProbe(number)('TMID-old'), first.auth)).status).toBe(401);
      expect((await deliver(second.url, inboundProbe(number)('probe-new'), second.auth)).status).toBe(200);
      log.dispose();
    } finally {
      await client.dispose();
      await partner.stop();
    }
  });

  it('should refuse a route that is not a message route ID before any upstream call', async () => {
    await expectRefusedLocally(gateway, PointMessageRouteAtGatewayDocument, { messageRouteId: 'CRID-1234' }, 'input.messageRouteId');
  });
});

describe('without a public URL', () => {
  let gateway: TestGateway;
  const base = (): CreateGatewayMessageRouteInput => ({ name: 'Gateway inbound' });

  beforeAll(async () => {
    gateway = await TestGateway.start(FAST);
  });
  afterAll(() => gateway.stop());

  it('should fail with PUBLIC_URL_NOT_CONFIGURED before any upstream call', async () => {
    const before = (await gateway.sandbox.stats()).total;
    const created = await gateway.query(CreateGatewayMessageRouteDocument, { input: base() });
    const pointed = await gateway.query(PointMessageRouteAtGatewayDocument, { input: { messageRouteId: 'MRID-00000000-0000-4000-8000-000000000000' } });
    for (const reply of [created, pointed]) {
      expect(firstError(reply).code).toBe('PUBLIC_URL_NOT_CONFIGURED');
      expect(firstError(reply).message).toMatch(/PUBLIC_URL/);
    }
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it.each<[string, Partial<CreateGatewayMessageRouteInput>, string]>([
    ['a blank name', { name: '  ' }, 'input.name'],
    ['a name over 255 characters', { name: 'x'.repeat(256) }, 'input.name'],
    ['an account ID of another kind', { accountId: 'TSUID-1234' }, 'input.accountId'],
    ['no authentication', { authenticationType: 'NONE' }, 'input.authenticationType'],
  ])('should refuse %s with BAD_USER_INPUT before any upstream call', async (_case, change, field) => {
    await expectRefusedLocally(gateway, CreateGatewayMessageRouteDocument, { ...base(), ...change }, field);
  });
});

describe('route credentials in logs', () => {
  it('should never log, answer or repeat a route’s credentials', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) }));
    const gateway = await TestGateway.start({ publicUrl: true, logger, ...FAST });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const number = (await seededNumbers(gateway.sandbox)).voip[13]!.Number;
      const reply = await gateway.query(CreateGatewayMessageRouteDocument, { input: { accountId: acme, name: 'Logged', authenticationType: 'BASIC' } });
      const route = reply.body.data!.createGatewayMessageRoute.messageRoute;
      await putOnRoute(gateway, number, route.id);
      const messageId = await injectInbound(gateway, number, 'Is anything secret logged?');
      await deliveriesOf(gateway, 'message', messageId);
      const stored = await storedRoute(gateway, route.id);
      const refused = await deliver(route.messageUrl, { MessageId: 'x', To: number, From: number }, `Basic ${Buffer.from('telegent-graph:guessed').toString('base64')}`);
      const malformed = await deliver(route.messageUrl, { To: number }, authorizationOf(stored));
      expect([refused.status, malformed.status]).toEqual([401, 400]);
      expect(lines.some((line) => line.includes('inbound message') && line.includes(messageId))).toBe(true);
      const everything = [...lines, JSON.stringify(reply.body), JSON.stringify(refused.body), JSON.stringify(malformed.body)].join('\n');
      expect(everything).not.toContain(stored.MessagePasswordToken);
      expect(everything).not.toContain(authorizationOf(stored).split(' ')[1]);
    } finally {
      await gateway.stop();
    }
  });
});

describe('with Redis (REDIS_URL): two gateways in front of one sandbox', () => {
  it('should publish a delivery one instance receives to the subscribers of another, check credentials on any instance, and release the channel on unsubscribe', async () => {
    const first = await TestGateway.start({ publicUrl: true, ...FAST, env: { ...FAST.env, REDIS_URL } });
    const second = await TestGateway.startBeside(first, { env: { ...FAST.env, REDIS_URL } });
    const client = wsClient(second.url);
    const redis = createClient({ url: REDIS_URL });
    await redis.connect();
    try {
      const acme = (await first.sandbox.accountIds())['Acme Mobile']!;
      const number = (await seededNumbers(first.sandbox)).voip[14]!.Number;
      const route = await createGatewayRoute(first, { accountId: acme, name: 'Scaled out' });
      await putOnRoute(first, number, route.id);
      const auth = authorizationOf(await storedRoute(first, route.id));
      // Channels are scoped by the upstream credential's id: find this number's, then count its listeners.
      const listeners = async (): Promise<number> => {
        const channels = (await redis.sendCommand(['PUBSUB', 'CHANNELS', `telegent-graph:pubsub:*:MESSAGE_RECEIVED:${number}`])) as string[];
        return channels.length === 0 ? 0 : Number(((await redis.sendCommand(['PUBSUB', 'NUMSUB', channels[0]!])) as unknown[])[1]);
      };

      const log = subscribe(client, MESSAGE_RECEIVED, { phoneNumber: number });
      await untilListening(log, route.messageUrl, auth, inboundProbe(number));
      expect(await listeners()).toBe(1);

      const messageId = await injectInbound(first, number, 'Across instances');
      await log.until((l) => receivedMessages(l).length === 1);
      expect(receivedMessages(log)).toEqual([expect.objectContaining({ id: messageId, body: 'Across instances', to: number })]);
      const [delivery] = await deliveriesOf(first, 'message', messageId);
      expect(delivery.url.startsWith(new URL(first.url).origin)).toBe(true);

      // The second instance knows the route's credentials from the shared store.
      const onSecond = route.messageUrl.replace(new URL(first.url).origin, new URL(second.url).origin);
      expect((await deliver(onSecond, { MessageId: 'TMID-on-second', To: number, From: number, Body: 'direct' }, auth)).status).toBe(200);
      expect((await deliver(onSecond, { MessageId: 'TMID-forged', To: number, From: number }, 'Bearer not-the-token')).status).toBe(401);
      await log.until((l) => receivedMessages(l).length === 2);
      expect(receivedMessages(log).map((m) => m.id)).toEqual([messageId, 'TMID-on-second']);

      log.dispose();
      const deadline = Date.now() + 5_000;
      while ((await listeners()) > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await listeners()).toBe(0);
    } finally {
      await redis.quit();
      await client.dispose();
      await second.stop();
      await first.stop();
    }
  });
});
