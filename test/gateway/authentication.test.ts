import { type KeyObject, createHmac, generateKeyPairSync } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { TestGateway } from '../helpers/gateway';
import { TEST_AUDIENCE, type TestTokenClaims, mintTestToken } from '../helpers/auth';
import { RawSocket } from '../helpers/raw-socket';

/** An identity provider's JWKS endpoint on a loopback port: the keys it publishes can change, and it counts its fetches. */
class JwksServer {
  fetches = 0;
  private readonly published = new Map<string, KeyObject>();

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(): Promise<JwksServer> {
    let self: JwksServer | undefined;
    const server = createServer((_req, res) => {
      self!.fetches += 1;
      const keys = [...self!.published].map(([kid, key]) => ({ ...key.export({ format: 'jwk' }), kid, alg: 'ES256', use: 'sig' }));
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ keys }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    self = new JwksServer(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`);
    return self;
  }

  /** Makes a key pair and publishes its public key under `kid`; returns the private key. */
  publish(kid: string): KeyObject {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.published.set(kid, publicKey);
    return privateKey;
  }

  publicKeyPem(kid: string): string {
    return this.published.get(kid)!.export({ format: 'pem', type: 'spki' }) as string;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** A key pair nobody publishes. */
const unpublishedKey = (): KeyObject => generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;

const base64url = (value: unknown): string => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
const now = (): number => Math.floor(Date.now() / 1000);

/** A query that would call the upstream if it ran. */
const UPSTREAM_QUERY = '{ accounts(first: 1) { totalCount } }';

async function post(url: string, query: string, authorization?: string): Promise<{ status: number; challenge: string | null; body: any }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(authorization === undefined ? {} : { Authorization: authorization }) },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, challenge: response.headers.get('www-authenticate'), body: await response.json() };
}

describe('JWT authentication', () => {
  let idp: JwksServer;
  let gateway: TestGateway;
  let signingKey: KeyObject;
  let acme: string;
  const token = (claims: TestTokenClaims, key: KeyObject = signingKey, header: Record<string, unknown> = { kid: 'idp-1' }): Promise<string> =>
    mintTestToken(claims, key, header);

  beforeAll(async () => {
    idp = await JwksServer.start();
    signingKey = idp.publish('idp-1');
    gateway = await TestGateway.start({ env: { AUTH_JWKS_URL: idp.url, AUTH_JWT_PUBLIC_KEYS: '' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(async () => {
    await gateway.stop();
    await idp.stop();
  });

  it('should accept a token signed with a key of the identity provider’s JWKS', async () => {
    const reply = await post(gateway.url, UPSTREAM_QUERY, `Bearer ${await token({ role: 'operator' })}`);
    expect(reply.status).toBe(200);
    expect(reply.body.data.accounts.totalCount).toBeGreaterThan(0);
  });

  describe('refusals: 401, UNAUTHENTICATED, WWW-Authenticate, no upstream call, the token never repeated', () => {
    const cases: [string, () => Promise<string>, RegExp][] = [
      ['an expired token (beyond the tolerated skew)', () => token({ role: 'operator', expiresInSec: -120 }), /has expired/],
      ['a token not valid yet (nbf)', () => token({ role: 'operator', extra: { nbf: now() + 600 } }), /not valid yet/],
      ['a token of another issuer', () => token({ role: 'operator', extra: { iss: 'https://evil.example/' } }), /another issuer/],
      ['a token for another audience', () => token({ role: 'operator', extra: { aud: 'another-api' } }), /another audience/],
      ['a token without exp', () => token({ role: 'operator', extra: { exp: undefined } }), /exp claim is missing/],
      ['a token without sub', () => token({ role: 'operator', extra: { sub: undefined } }), /sub claim is missing/],
      ['a token without a role', () => token({ role: 'operator', extra: { telegent_role: undefined } }), /telegent_role claim/],
      ['a token with an unknown role', () => token({ role: 'operator', extra: { telegent_role: 'root' } }), /telegent_role claim/],
      ['a token without scope', () => token({ role: 'operator', extra: { scope: undefined } }), /no scope claim/],
      ['a manager token without accounts', () => token({ role: 'manager' }), /telegent_accounts claim/],
      ['a partner token with a malformed account', () => token({ role: 'partner', accounts: ['TSUID-1'] }), /telegent_accounts claim/],
      ['a manager token with two accounts', () => token({ role: 'manager', accounts: ['AID-1', 'AID-2'] }), /exactly one account/],
      ['a subscriber token without its subscriber', () => token({ role: 'subscriber' }), /telegent_subscriber claim/],
      ['an unsigned token (alg: none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claimsOf(await token({ role: 'operator' })))}.`, /algorithm/],
      [
        'an HS256 token whose secret is the identity provider’s public key',
        async () => {
          const signingInput = `${base64url({ alg: 'HS256', kid: 'idp-1' })}.${base64url(claimsOf(await token({ role: 'operator' })))}`;
          return `${signingInput}.${createHmac('sha256', idp.publicKeyPem('idp-1')).update(signingInput).digest('base64url')}`;
        },
        /algorithm/,
      ],
      [
        'a token whose payload was changed after signing',
        async () => {
          const [header, payload, signature] = (await token({ role: 'manager', accounts: ['AID-1'] })).split('.');
          const changed = { ...JSON.parse(Buffer.from(payload!, 'base64url').toString()), telegent_role: 'operator' };
          return `${header}.${base64url(changed)}.${signature}`;
        },
        /signature is invalid/,
      ],
      ['a token signed with another key under a published kid', () => token({ role: 'operator' }, unpublishedKey()), /signature is invalid/],
      ['a token signed with a key the identity provider never published', () => token({ role: 'operator' }, unpublishedKey(), { kid: 'never-published' }), /key the gateway does not know/],
      ['something that is no JWT', async () => 'totally-bogus', /not a valid JWT/],
    ];

    it.each(cases)('should refuse %s', async (_name, make, reason) => {
      const bad = await make();
      const before = (await gateway.sandbox.stats()).total;
      const reply = await post(gateway.url, UPSTREAM_QUERY, `Bearer ${bad}`);
      expect(reply).toMatchObject({ status: 401, body: { errors: [{ message: expect.stringMatching(reason), extensions: { code: 'UNAUTHENTICATED' } }] } });
      expect(reply.body.data).toBeUndefined();
      expect(reply.challenge).toMatch(/^Bearer realm="telegent-graph", error="invalid_token", error_description="[^"]+"$/);
      for (const part of bad.split('.').filter((p) => p.length > 8)) expect(JSON.stringify(reply)).not.toContain(part);
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should ask a request without credentials to authenticate (WWW-Authenticate without an error), with no upstream call', async () => {
      const before = (await gateway.sandbox.stats()).total;
      for (const authorization of [undefined, '']) {
        const reply = await post(gateway.url, UPSTREAM_QUERY, authorization);
        expect(reply).toMatchObject({ status: 401, challenge: 'Bearer realm="telegent-graph"', body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
      }
      const basic = await post(gateway.url, UPSTREAM_QUERY, 'Basic dXNlcjpwYXNz');
      expect(basic).toMatchObject({ status: 401, challenge: expect.stringContaining('error="invalid_token"') });
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should answer introspection only to a principal', async () => {
      expect((await post(gateway.url, '{ __schema { queryType { name } } }')).status).toBe(401);
      const get = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { Accept: 'application/json' } });
      expect(get.status).toBe(401);
      const authorized = await post(gateway.url, '{ __schema { queryType { name } } }', `Bearer ${await token({ role: 'subscriber', subscriber: 'TSUID-1', scope: 'read' })}`);
      expect(authorized.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    });

    it('should keep /healthz, /readyz and GraphiQL’s page open', async () => {
      const origin = new URL(gateway.url).origin;
      expect((await fetch(`${origin}/healthz`)).status).toBe(200);
      expect((await fetch(`${origin}/readyz`)).status).toBe(200);
      const page = await fetch(gateway.url, { headers: { Accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('GraphiQL');
    });
  });

  describe('claims', () => {
    it('should give a manager the one account of its token, and a partner the accounts of its token', async () => {
      for (const claims of [
        { role: 'manager' as const, accounts: [acme] },
        { role: 'partner' as const, accounts: [acme, 'AID-00000000-0000-4000-8000-000000000000'] },
      ]) {
        const reply = await post(gateway.url, `{ account(id: "${acme}") { id } }`, `Bearer ${await token({ ...claims, scope: 'read' })}`);
        expect(reply).toMatchObject({ status: 200, body: { data: { account: { id: acme } } } });
      }
    });

    it('should take a role from a list holding one role name, and accounts from a space- or comma-separated string', async () => {
      const listed = await token({ role: 'operator', extra: { telegent_role: ['offline_access', 'operator'] } });
      expect((await post(gateway.url, '{ __typename }', `Bearer ${listed}`)).status).toBe(200);
      const ambiguous = await token({ role: 'operator', extra: { telegent_role: ['operator', 'partner'] } });
      expect((await post(gateway.url, '{ __typename }', `Bearer ${ambiguous}`)).body.errors[0].message).toMatch(/telegent_role claim/);
      const spaced = await token({ role: 'partner', extra: { telegent_accounts: `${acme}, AID-2` } });
      expect((await post(gateway.url, `{ account(id: "${acme}") { id } }`, `Bearer ${spaced}`)).body.data).toEqual({ account: { id: acme } });
    });

    it('should read claims under the names AUTH_CLAIM_* give them (Entra ID’s scp, Cognito’s client_id for the audience)', async () => {
      const renamed = await TestGateway.startBeside(gateway, {
        env: {
          ...{ AUTH_JWKS_URL: idp.url, AUTH_JWT_PUBLIC_KEYS: '' },
          ...{ AUTH_CLAIM_ROLE: 'roles', AUTH_CLAIM_ACCOUNTS: 'accts', AUTH_CLAIM_SUBSCRIBER: 'tsuid', AUTH_CLAIM_SCOPE: 'scp', AUTH_CLAIM_AUDIENCE: 'client_id' },
        },
      });
      const renamedClaims = { telegent_role: undefined, scope: undefined, aud: undefined, roles: ['partner'], accts: [acme], scp: 'read', client_id: TEST_AUDIENCE };
      try {
        const ok = await token({ role: 'partner', extra: renamedClaims });
        expect((await post(renamed.url, `{ account(id: "${acme}") { id } }`, `Bearer ${ok}`)).body.data).toEqual({ account: { id: acme } });
        const defaultNames = await token({ role: 'operator', extra: { client_id: TEST_AUDIENCE } });
        expect((await post(renamed.url, '{ __typename }', `Bearer ${defaultNames}`)).body.errors[0].message).toMatch(/roles claim/);
        for (const audience of [{ client_id: 'another-client' }, { client_id: undefined }]) {
          const other = await token({ role: 'partner', extra: { ...renamedClaims, ...audience, aud: TEST_AUDIENCE } });
          expect(await post(renamed.url, '{ __typename }', `Bearer ${other}`)).toMatchObject({ status: 401, body: { errors: [{ message: expect.stringMatching(/another audience/) }] } });
        }
      } finally {
        await renamed.stop();
      }
    });
  });
});

describe('JWKS key rotation', () => {
  let idp: JwksServer;
  let gateway: TestGateway;

  beforeAll(async () => {
    idp = await JwksServer.start();
    gateway = await TestGateway.start({ env: { AUTH_JWKS_URL: idp.url, AUTH_JWT_PUBLIC_KEYS: '', AUTH_JWKS_COOLDOWN_SEC: '1' } });
  });
  afterAll(async () => {
    await gateway.stop();
    await idp.stop();
  });

  const statusWith = async (key: KeyObject, kid: string): Promise<number> =>
    (await post(gateway.url, '{ __typename }', `Bearer ${await mintTestToken({ role: 'operator' }, key, { kid })}`)).status;
  const pastCooldown = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1_100));

  it('should fetch the JWKS again for a kid it does not know, accept a newly published key, refuse one still unknown, and not hammer the IdP', async () => {
    const first = idp.publish('2024-01');
    expect(await statusWith(first, '2024-01')).toBe(200);
    expect(idp.fetches).toBe(1);
    expect(await statusWith(first, '2024-01')).toBe(200);
    expect(idp.fetches).toBe(1);

    // The IdP rotates: a new key is published, and tokens start naming it.
    const second = idp.publish('2024-02');
    await pastCooldown();
    expect(await statusWith(second, '2024-02')).toBe(200);
    expect(idp.fetches).toBe(2);

    await pastCooldown();
    expect(await statusWith(unpublishedKey(), '2024-03')).toBe(401);
    expect(idp.fetches).toBe(3);

    // Within the cooldown, unknown kids are refused without asking the IdP again.
    const statuses = await Promise.all(Array.from({ length: 10 }, (_, i) => statusWith(unpublishedKey(), `forged-${i}`)));
    expect(statuses).toEqual(Array(10).fill(401));
    expect(idp.fetches).toBe(3);
  });
});

describe('WebSocket authentication', () => {
  let gateway: TestGateway;
  let acme: string;
  const sockets: RawSocket[] = [];
  const open = async (payload?: Record<string, unknown>): Promise<RawSocket> => {
    const socket = await RawSocket.open(gateway.url);
    sockets.push(socket);
    socket.send({ type: 'connection_init', ...(payload ? { payload } : {}) });
    await socket.until(() => socket.closed !== null || socket.messages.some((m) => m.type === 'connection_ack'));
    return socket;
  };

  beforeAll(async () => {
    // No skew tolerated, so a token expires exactly at its exp.
    gateway = await TestGateway.start({ env: { AUTH_CLOCK_TOLERANCE_SEC: '0' } });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterEach(() => sockets.splice(0).forEach((socket) => socket.socket.terminate()));
  afterAll(() => gateway.stop());

  it('should close with 4401 when connection_init carries no token, an invalid one or an expired one', async () => {
    const expired = await mintTestToken({ role: 'operator', expiresInSec: -5 });
    for (const payload of [undefined, {}, { Authorization: 'Bearer nope' }, { token: expired }, { authorization: `Bearer ${expired}` }]) {
      const socket = await open(payload);
      expect(socket.closed?.code).toBe(4401);
      expect(socket.closed!.reason).not.toContain(expired.split('.')[2]);
      expect(socket.messages).toEqual([]);
    }
  });

  it('should close with 4403 when a valid principal may not read', async () => {
    const socket = await open({ Authorization: `Bearer ${await mintTestToken({ role: 'operator', scope: 'numbers:write' })}` });
    expect(socket.closed?.code).toBe(4403);
  });

  it('should end each running subscription with UNAUTHENTICATED when its token expires, then close with 4401', async () => {
    const token = await mintTestToken({ role: 'partner', accounts: [acme], scope: 'read', expiresInSec: 2 });
    const socket = await open({ Authorization: `Bearer ${token}` });
    expect(socket.messages).toEqual([{ type: 'connection_ack' }]);
    const query = `subscription { orderUpdates(accountId: "${acme}") { id } }`;
    socket.send({ id: 'a', type: 'subscribe', payload: { query } });
    socket.send({ id: 'b', type: 'subscribe', payload: { query } });
    const openedAt = Date.now();
    await socket.until(() => socket.closed !== null, 5_000);
    expect(Date.now() - openedAt).toBeGreaterThan(500);
    const errors = socket.messages.filter((m) => m.type === 'error');
    expect(errors.map((m) => m.id).sort()).toEqual(['a', 'b']);
    for (const error of errors) expect(error.payload).toEqual([{ message: expect.stringMatching(/token has expired/), extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) } }]);
    expect(socket.messages.filter((m) => m.type === 'complete')).toEqual([]);
    expect(socket.closed!.code).toBe(4401);
  });

  it('should keep a socket whose token does not expire yet open past the expiry of another', async () => {
    const short = await open({ Authorization: `Bearer ${await mintTestToken({ role: 'operator', expiresInSec: 1 })}` });
    const long = await open({ Authorization: `Bearer ${await mintTestToken({ role: 'operator', expiresInSec: 3600 })}` });
    await short.until(() => short.closed !== null, 3_000);
    long.send({ id: 'q', type: 'subscribe', payload: { query: '{ __typename }' } });
    await long.until(() => long.messages.some((m) => m.type === 'complete'));
    expect(long.closed).toBeNull();
  });
});

/** The claims of a JWT. */
function claimsOf(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
}

describe('AUTH_MODE=none', () => {
  it('should serve a request without a token as the operator, and say so when it starts', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    const gateway = await TestGateway.start({ env: { AUTH_MODE: 'none' }, logger });
    try {
      expect(lines.map((line) => JSON.parse(line))).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringContaining('AUTH_MODE=none: every caller is the operator') }));
      const reply = await post(gateway.url, '{ apiKeys { id } }');
      expect(reply).toMatchObject({ status: 200, body: { data: { apiKeys: [] } } });
      const created = await post(gateway.url, 'mutation { createApiKey(input: { name: "n", accountIds: ["AID-1"], scopes: ["read"] }) { apiKey { createdBy } } }');
      expect(created.body.data.createApiKey.apiKey.createdBy).toBe('none');
    } finally {
      await gateway.stop();
    }
  });
});
