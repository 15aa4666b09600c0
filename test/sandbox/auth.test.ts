import { API, type Reply, SandboxClient, TestSandbox, send } from '../helpers/sandbox';

/** An authenticated read that every distributor may call, used to probe the auth rules. */
const PROBE = '/account/message/routes';

describe('POST /v1.0/oauth2/tokens', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await TestSandbox.start();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  it('should mint a token with the camelCase fields and a UTC tokenExpiry one TTL ahead', async () => {
    const before = Date.now();
    const reply = await sb.client().mintToken('https://api.telegent.com/v1.0/numbers/provision');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      token: expect.stringMatching(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/),
      successful: true,
      tokenExpiry: expect.stringMatching(/^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d (AM|PM)$/),
      apiEndpoint: 'https://api.telegent.com/v1.0/numbers/provision',
    });
    const [date, time, half] = (reply.body.tokenExpiry as string).split(' ');
    const [month, day, year] = date!.split('/').map(Number);
    const [hour, minute, second] = time!.split(':').map(Number);
    const hours24 = (hour! % 12) + (half === 'PM' ? 12 : 0);
    const expiry = Date.UTC(year!, month! - 1, day!, hours24, minute!, second!);
    expect(expiry - before).toBeGreaterThanOrEqual(3600_000 - 2000);
    expect(expiry - before).toBeLessThanOrEqual(3600_000 + 2000);
  });

  it('should accept the path and the field names in any casing', async () => {
    const reply = await send(`${sb.url}/v1.0/OAuth2/Tokens`, 'POST', { accountkey: 'sandbox-key', ACCOUNTSECRET: 'sandbox-secret' });
    expect(reply.status).toBe(200);
    expect(reply.body.apiEndpoint).toBeNull();
  });

  it('should answer a wrong secret with 401 and no token', async () => {
    const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'POST', { AccountKey: 'sandbox-key', AccountSecret: 'nope' });
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({ StatusCode: 401, Message: expect.stringContaining('invalid account credentials') });
    expect(JSON.stringify(reply.body)).not.toContain('nope');
  });

  it('should answer an unknown AccountKey with 401', async () => {
    const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'POST', { AccountKey: 'who', AccountSecret: 'sandbox-secret' });
    expect(reply.status).toBe(401);
  });

  it('should answer a missing AccountSecret with 400 naming the field', async () => {
    const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'POST', { AccountKey: 'sandbox-key' });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain('AccountSecret is required');
  });

  it('should answer a non-string AccountKey with 400 naming the JSON path', async () => {
    const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'POST', { AccountKey: 5, AccountSecret: 'x' });
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain('Path: $.AccountKey');
  });

  it('should answer an ApiEndpoint that is not a URL or path with 400', async () => {
    const reply = await sb.client().mintToken('not a url');
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain('ApiEndpoint');
  });

  it('should answer GET with 405', async () => {
    const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'GET');
    expect(reply.status).toBe(405);
    expect(reply.body.StatusCode).toBe(405);
  });
});

describe('legacy token errors (SANDBOX_LEGACY_TOKEN_ERRORS)', () => {
  it('should answer bad credentials with 200 and successful: false when switched on', async () => {
    const sb = await TestSandbox.start({}, { SANDBOX_LEGACY_TOKEN_ERRORS: '1' });
    try {
      const reply = await send(`${sb.url}${API}/oauth2/tokens`, 'POST', { AccountKey: 'sandbox-key', AccountSecret: 'bad' });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ successful: false, token: '', error: 'Invalid account credentials provided' });
    } finally {
      await sb.stop();
    }
  });
});

describe('Bearer tokens', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await TestSandbox.start();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  async function tokenFor(apiEndpoint?: string): Promise<string> {
    const reply = await sb.client().mintToken(apiEndpoint);
    expect(reply.status).toBe(200);
    return reply.body.token as string;
  }

  const call = (token: string | null, path = PROBE): Promise<Reply> =>
    send(`${sb.url}${API}${path}`, 'GET', undefined, token === null ? {} : { Authorization: `Bearer ${token}` });

  it('should answer a request without a token with 401', async () => {
    const reply = await call(null);
    expect(reply.status).toBe(401);
    expect(reply.body.Message).toMatch(/^Unauthorized: Bearer token is missing/);
  });

  it('should answer a malformed token with 401', async () => {
    expect((await call('not-a-jwt')).status).toBe(401);
  });

  it('should answer a token from another sandbox (unknown signature) with 401', async () => {
    const other = await TestSandbox.start();
    try {
      const foreign = (await other.client().mintToken()).body.token as string;
      expect((await call(foreign)).status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it('should accept an unscoped token on every endpoint', async () => {
    const token = await tokenFor();
    expect((await call(token)).status).toBe(200);
    expect((await call(token, '/numbers/inventory')).status).toBe(200);
  });

  it('should accept a scoped token on its path whatever the host, query and casing', async () => {
    const token = await tokenFor(`https://api.telegent.com${API}${PROBE}?AccountId=x`);
    expect((await call(token)).status).toBe(200);
    expect((await send(`${sb.url}/V1.0/Account/Message/Routes`, 'GET', undefined, { Authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('should answer a scoped token used on another path with 403', async () => {
    const token = await tokenFor(`https://api.telegent.com${API}/numbers/provision`);
    const reply = await call(token);
    expect(reply.status).toBe(403);
    expect(reply.body.Message).toContain('ApiEndpoint scope');
  });

  it('should answer an expired token with 401 once the sandbox clock passes its expiry', async () => {
    const token = await tokenFor();
    expect((await call(token)).status).toBe(200);
    // A margin of seconds either side: wall time also moves while the suite runs.
    await sb.advanceClock(3590);
    expect((await call(token)).status).toBe(200);
    await sb.advanceClock(15);
    const reply = await call(token);
    expect(reply.status).toBe(401);
    expect(reply.body.Message).toContain('expired');
  });
});

describe('token settings', () => {
  it('should use SANDBOX_TOKEN_TTL for the token lifetime', async () => {
    const sb = await TestSandbox.start({}, { SANDBOX_TOKEN_TTL: '60' });
    try {
      const token = (await sb.client().mintToken()).body.token as string;
      const auth = { Authorization: `Bearer ${token}` };
      expect((await send(`${sb.url}${API}${PROBE}`, 'GET', undefined, auth)).status).toBe(200);
      await sb.advanceClock(61);
      expect((await send(`${sb.url}${API}${PROBE}`, 'GET', undefined, auth)).status).toBe(401);
    } finally {
      await sb.stop();
    }
  });

  it('should answer a scope mismatch with 401 when SANDBOX_SCOPE_MISMATCH_STATUS=401', async () => {
    const sb = await TestSandbox.start({}, { SANDBOX_SCOPE_MISMATCH_STATUS: '401' });
    try {
      const token = (await sb.client().mintToken('https://api.telegent.com/v1.0/numbers')).body.token as string;
      const reply = await send(`${sb.url}${API}${PROBE}`, 'GET', undefined, { Authorization: `Bearer ${token}` });
      expect(reply.status).toBe(401);
    } finally {
      await sb.stop();
    }
  });
});

describe('rate limit', () => {
  let sb: TestSandbox;
  beforeAll(async () => {
    sb = await TestSandbox.start();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  it('should answer the 51st request in a minute with 429 and Retry-After, token request included', async () => {
    const client = sb.client();
    await client.bearer(); // request 1
    for (let i = 2; i <= 50; i += 1) expect((await client.get(PROBE)).status).toBe(200);
    const limited = await client.get(PROBE);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({ StatusCode: 429, Message: expect.stringContaining('rate limit') });
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
  });

  it('should count token requests against the same AccountKey', async () => {
    const client = sb.client();
    for (let i = 0; i < 50; i += 1) expect((await client.mintToken()).status).toBe(200);
    expect((await client.mintToken()).status).toBe(429);
  });

  it('should reopen the window once the sandbox clock moves a minute', async () => {
    const client = sb.client();
    for (let i = 0; i < 50; i += 1) await client.get(PROBE);
    expect((await client.get(PROBE)).status).toBe(429);
    await sb.advanceClock(60);
    expect((await client.get(PROBE)).status).toBe(200);
  });

  it('should keep each AccountKey in its own window', async () => {
    const first = sb.client(0);
    for (let i = 0; i < 51; i += 1) await first.get(PROBE);
    expect((await first.get(PROBE)).status).toBe(429);
    expect((await sb.client(1).get(PROBE)).status).toBe(200);
  });

  it('should use SANDBOX_RATE_LIMIT for the per-minute allowance', async () => {
    const small = await TestSandbox.start({}, { SANDBOX_RATE_LIMIT: '3' });
    try {
      const client = small.client();
      expect((await client.get(PROBE)).status).toBe(200); // token + 1
      expect((await client.get(PROBE)).status).toBe(200);
      expect((await client.get(PROBE)).status).toBe(429);
    } finally {
      await small.stop();
    }
  });
});

describe('request errors', () => {
  let sb: TestSandbox;
  let client: SandboxClient;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000, maxBodyBytes: 2048 });
    client = sb.client();
  });
  afterAll(async () => sb.stop());

  const authorized = async (): Promise<Record<string, string>> => ({ Authorization: `Bearer ${await client.bearer()}` });

  it('should answer an unknown path with 404 in the upstream error shape', async () => {
    const reply = await send(`${sb.url}${API}/no/such/endpoint`, 'GET', undefined, await authorized());
    expect(reply.status).toBe(404);
    expect(reply.body).toEqual({ StatusCode: 404, Message: expect.stringContaining('/v1.0/no/such/endpoint') });
  });

  it('should answer a known path with the wrong method with 405', async () => {
    const reply = await send(`${sb.url}${API}/numbers/provision`, 'GET', undefined, await authorized());
    expect(reply.status).toBe(405);
  });

  it('should answer a body that is not JSON with 400', async () => {
    const reply = await send(`${sb.url}${API}/message/routes`, 'POST', '{"RouteName":', await authorized());
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain('not valid JSON');
  });

  it('should answer a JSON body that is not an object with 400', async () => {
    const reply = await send(`${sb.url}${API}/message/routes`, 'POST', '[1,2]', await authorized());
    expect(reply.status).toBe(400);
    expect(reply.body.Message).toContain('JSON object');
  });

  it('should answer a body that is not JSON-typed with 415', async () => {
    const response = await fetch(`${sb.url}${API}/message/routes`, {
      method: 'POST',
      headers: { ...(await authorized()), 'Content-Type': 'text/plain' },
      body: 'RouteName=x',
    });
    expect(response.status).toBe(415);
    expect(await response.json()).toEqual({ StatusCode: 415, Message: expect.any(String) });
  });

  it('should answer an oversized body with 413 without reading it all', async () => {
    const reply = await send(`${sb.url}${API}/message/routes`, 'POST', { RouteName: 'x'.repeat(5000) }, await authorized());
    expect(reply.status).toBe(413);
    expect(reply.body.StatusCode).toBe(413);
  });
});
