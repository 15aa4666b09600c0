import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { TestGateway } from '../helpers/gateway';
import { seededNumbers } from '../helpers/numbers';
import { TestSandbox } from '../helpers/sandbox';
import { TEST_AUTH_ENV, operatorAuthorization, operatorHeaders } from '../helpers/auth';

const EVIL = 'https://evil.example';
const APP = 'https://app.example.com';
const MUTATION = 'mutation { createSubscriber(input: { accountId: "AID-3f0c0000-0000-4000-8000-000000000000", firstName: "E", lastName: "Vil", email: "evil@example.com", password: "Sup3r-secret!" }) { subscriber { id } } }';

/** Opens a graphql-transport-ws socket; resolves with the socket, or with the HTTP status the upgrade was refused with. */
async function upgrade(url: string, origin?: string, host?: string): Promise<{ socket: WebSocket } | { refused: number }> {
  const socket = new WebSocket(url.replace(/^http/, 'ws'), 'graphql-transport-ws', { ...(origin ? { origin } : {}), ...(host ? { headers: { Host: host } } : {}) });
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve({ socket }));
    socket.once('unexpected-response', (_req, res) => {
      resolve({ refused: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

/** Every message and the close of a socket, with a way to wait for one. */
function record(socket: WebSocket): { messages: any[]; closed: Promise<{ code: number }>; next(predicate: (message: any) => boolean): Promise<any> } {
  const messages: any[] = [];
  const listeners: (() => void)[] = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)));
    listeners.forEach((wake) => wake());
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.once('close', (code) => resolve({ code })));
  return {
    messages,
    closed,
    next: (predicate) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no such message; got ${JSON.stringify(messages)}`)), 10_000);
        const check = (): void => {
          const found = messages.find(predicate);
          if (found) {
            clearTimeout(timer);
            resolve(found);
          }
        };
        listeners.push(check);
        check();
      }),
  };
}

async function connected(url: string, origin?: string): Promise<{ socket: WebSocket; log: ReturnType<typeof record> }> {
  const opened = await upgrade(url, origin);
  if (!('socket' in opened)) throw new Error(`upgrade refused with ${opened.refused}`);
  const log = record(opened.socket);
  opened.socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: await operatorAuthorization() } }));
  await log.next((message) => message.type === 'connection_ack');
  return { socket: opened.socket, log };
}

describe('WebSocket and CORS hardening', () => {
  let gateway: TestGateway;
  const sockets: WebSocket[] = [];
  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { ALLOWED_ORIGINS: APP, WS_MAX_SUBSCRIPTIONS: '3' } });
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.terminate()));
  afterAll(() => gateway.stop());

  const open = async (origin?: string): Promise<{ socket: WebSocket; log: ReturnType<typeof record> }> => {
    const opened = await connected(gateway.url, origin);
    sockets.push(opened.socket);
    return opened;
  };

  describe('Origin', () => {
    it('should refuse an upgrade from a page of another origin, so it cannot run a mutation', async () => {
      const before = (await gateway.sandbox.stats()).total;
      const opened = await upgrade(gateway.url, EVIL);
      if ('socket' in opened) {
        // The broken behaviour: the socket is accepted and runs the mutation.
        sockets.push(opened.socket);
        const log = record(opened.socket);
        opened.socket.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: await operatorAuthorization() } }));
        await log.next((message) => message.type === 'connection_ack');
        opened.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: MUTATION } }));
        await log.next((message) => message.type === 'complete' || message.type === 'error');
      }
      expect(opened).toEqual({ refused: 403 });
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should accept an upgrade with no Origin (servers, mobile apps), from an allowed origin, and from the gateway’s own', async () => {
      await open();
      await open(APP);
      await open(new URL(gateway.url).origin);
    });

    it('should accept a page of the host the browser addressed the gateway by (GraphiQL behind another name), and no other', async () => {
      const opened = await upgrade(gateway.url, 'http://gateway.internal:8080', 'gateway.internal:8080');
      expect(Object.keys(opened)).toEqual(['socket']);
      if ('socket' in opened) opened.socket.terminate();
      expect(await upgrade(gateway.url, EVIL, 'gateway.internal:8080')).toEqual({ refused: 403 });
    });
  });

  describe('CORS over HTTP', () => {
    const preflight = (origin: string) =>
      fetch(gateway.url, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } });

    it('should answer the preflight of an allowed origin and let its page read answers', async () => {
      const answer = await preflight(APP);
      expect(answer.status).toBe(204);
      expect(answer.headers.get('access-control-allow-origin')).toBe(APP);
      expect(answer.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
      const post = await fetch(gateway.url, { method: 'POST', headers: { Origin: APP, 'Content-Type': 'application/json', ...(await operatorHeaders()) }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(post.headers.get('access-control-allow-origin')).toBe(APP);
      expect(post.headers.get('vary')).toMatch(/origin/i);
    });

    it('should give another origin no CORS header and refuse its preflight', async () => {
      const answer = await preflight(EVIL);
      expect(answer.status).toBe(403);
      expect(answer.headers.get('access-control-allow-origin')).toBeNull();
      const post = await fetch(gateway.url, { method: 'POST', headers: { Origin: EVIL, 'Content-Type': 'application/json', ...(await operatorHeaders()) }, body: JSON.stringify({ query: '{ __typename }' }) });
      expect(post.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('Limits', () => {
    it('should close a socket that sends a message over WS_MAX_PAYLOAD_BYTES with 1009', async () => {
      const { socket, log } = await open();
      const query = `{ __typename } # ${randomBytes(1_000_000).toString('base64')}`; // ~1.3 MB
      socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query } }));
      const closedOrAnswered = await Promise.race([log.closed, log.next((message) => message.id === '1').then(() => ({ code: -1 }))]);
      expect(closedOrAnswered).toEqual({ code: 1009 });
    });

    it('should refuse operations beyond WS_MAX_SUBSCRIPTIONS on one socket, and accept one again after another completes', async () => {
      const { socket, log } = await open();
      const subscribe = (id: string): void => socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription { orderUpdates { id } }' } }));
      ['1', '2', '3', '4'].forEach(subscribe);
      const refused = await log.next((message) => message.id === '4');
      expect(refused).toMatchObject({ type: 'error', payload: [{ extensions: { code: 'TOO_MANY_OPERATIONS' } }] });
      expect(log.messages.filter((message) => ['1', '2', '3'].includes(message.id))).toEqual([]);
      socket.send(JSON.stringify({ id: '2', type: 'complete' }));
      subscribe('5');
      // A refused operation answers at once; an accepted subscription stays silent: ping to be sure '5' was handled.
      socket.send(JSON.stringify({ type: 'ping' }));
      await log.next((message) => message.type === 'pong');
      expect(log.messages.filter((message) => message.id === '5')).toEqual([]);
      // Another socket has its own allowance.
      const other = await open();
      other.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { orderUpdates { id } }' } }));
      other.socket.send(JSON.stringify({ type: 'ping' }));
      await other.log.next((message) => message.type === 'pong');
      expect(other.log.messages.filter((message) => message.id === '1')).toEqual([]);
    });

    it('should keep one socket asking for many messageReceived subscriptions from spending the upstream quota', async () => {
      const { voip } = await seededNumbers(gateway.sandbox);
      const phoneNumber = voip[0]!.Number;
      const before = (await gateway.sandbox.stats()).total;
      const { socket, log } = await open();
      const ids = Array.from({ length: 40 }, (_, i) => `m${i}`);
      for (const id of ids) {
        socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: 'subscription($n: String!) { messageReceived(phoneNumber: $n) { id } }', variables: { n: phoneNumber } } }));
      }
      // The 37 refused at once; the 3 admitted then end too, as the seeded route does not deliver to the gateway.
      await log.next(() => log.messages.filter((message) => message.type === 'complete').length >= 3);
      const errors = log.messages.filter((message) => message.type === 'error');
      expect(errors.map((message) => message.payload[0].extensions.code)).toEqual(Array(ids.length - 3).fill('TOO_MANY_OPERATIONS'));
      const ended = log.messages.filter((message) => message.type === 'next');
      expect(ended.map((message) => message.payload.errors[0].extensions.code)).toEqual(Array(3).fill('MESSAGE_ROUTE_NOT_AT_GATEWAY'));
      // Each admitted subscription reads the number and its route (and the first fetches a token): 3 of them, not 40.
      const spent = (await gateway.sandbox.stats()).total - before;
      expect(spent).toBeLessThanOrEqual(3 * 2 + 1);
      // Another client is served.
      expect((await gateway.query('{ __typename }')).body.data).toEqual({ __typename: 'Query' });
    });
  });
});

describe('Origin in sandbox mode', () => {
  it('should accept loopback origins (a developer’s page on localhost) but not other sites', async () => {
    const sandbox = await TestSandbox.start();
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const app = await buildApp(loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...TEST_AUTH_ENV }), {
      upstream: { baseUrl: sandbox.url, credentials: { accountKey, accountSecret }, local: true },
    });
    try {
      await app.start(0);
      const local = await connected(app.url, 'http://localhost:3000');
      local.socket.terminate();
      expect(await upgrade(app.url, EVIL)).toEqual({ refused: 403 });
    } finally {
      await app.stop();
      await sandbox.stop();
    }
  });
});
