import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { deriveSecret } from '../../src/stores/derived-secrets';
import { TestGateway } from '../helpers/gateway';
import { operatorHeaders } from '../helpers/auth';

describe('serving', () => {
  let gateway: TestGateway;
  let origin: string;
  beforeAll(async () => {
    gateway = await TestGateway.start();
    origin = new URL(gateway.url).origin;
  });
  afterAll(async () => gateway.stop());

  it('should answer /healthz while the process is up', async () => {
    const response = await fetch(`${origin}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('should answer /readyz ready when the token endpoint accepts the credentials', async () => {
    const response = await fetch(`${origin}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready', upstream: 'reachable' });
  });

  it('should give a browser the self-hosted GraphiQL, with no asset from another origin', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    // Its own scripts only, talking to its own origin (HTTP and WebSocket).
    expect(response.headers.get('content-security-policy')).toEqual(expect.stringContaining("script-src 'self';"));
    expect(response.headers.get('content-security-policy')).toEqual(expect.stringContaining("connect-src 'self';"));
    const html = await response.text();
    expect(html).toContain('<div id="graphiql">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/apollo/i);
    for (const asset of [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!)) {
      const served = await fetch(`${origin}${asset}`);
      expect([asset, served.status]).toEqual([asset, 200]);
    }
    const init = await (await fetch(`${origin}/graphiql/init.js`)).text();
    expect(init).toContain('isHeadersEditorEnabled: true');
    expect(init).toContain('"/graphql"');
  });

  it('should keep CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const response = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: await operatorHeaders() });
    expect(response.status).toBe(400);
    const preflighted = await fetch(`${gateway.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: { 'apollo-require-preflight': 'true', ...(await operatorHeaders()) } });
    expect(preflighted.status).toBe(200);
  });

  it('should answer introspection by default', async () => {
    const reply = await gateway.query('{ __schema { queryType { name } } }');
    expect(reply.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('should refuse a query with more tokens than GRAPHQL_MAX_TOKENS as a parse error', async () => {
    const reply = await gateway.query(`{ ${'__typename '.repeat(6000)}}`);
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('should answer a malformed query with a coded syntax error, not a 500', async () => {
    const reply = await gateway.query('{ accounts(first: ) }');
    expect(reply.status).toBe(400);
    expect(reply.body.errors![0]!.extensions!.code).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('serving: what the endpoint refuses before any operation, in GraphQL\'s shape', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(async () => gateway.stop());

  const send = async (body: string, headers: Record<string, string> = {}, method = 'POST') => {
    const response = await fetch(gateway.url, { method, headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()), ...headers }, body });
    return {
      status: response.status,
      type: response.headers.get('content-type'),
      requestId: response.headers.get('x-request-id'),
      body: (await response.json()) as { errors?: { message: string; extensions: { code: string; requestId: string } }[] },
    };
  };

  it.each([
    ['malformed JSON', '{"query": ', 400, 'BAD_REQUEST'],
    ['a JSON string', '"{ __typename }"', 400, 'BAD_REQUEST'],
    ['a JSON number', '42', 400, 'BAD_REQUEST'],
    ['JSON null', 'null', 400, 'BAD_REQUEST'],
    ['a batch (batching is off)', '[{"query": "{ __typename }"}]', 400, 'BAD_REQUEST'],
    ['an empty body', '', 400, 'BAD_REQUEST'],
    ['an object without a query', '{"variables": {}}', 400, 'BAD_REQUEST'],
    ['a body over 1 MiB', JSON.stringify({ query: `{ ${'a '.repeat(600_000)}}` }), 413, 'PAYLOAD_TOO_LARGE'],
  ])('should answer %s with an errors list and a code', async (_case, body, status, code) => {
    const reply = await send(body);
    expect([reply.status, reply.type]).toEqual([status, 'application/json; charset=utf-8']);
    expect(reply.body.errors).toEqual([{ message: expect.any(String), extensions: { code, requestId: reply.requestId } }]);
  });

  it('should not repeat the body in the message (it can hold secrets)', async () => {
    const reply = await send('{"query": "mutation { changePassword(password: \\"hunter2-secret\\") }", ');
    expect(reply.body.errors![0]!.extensions.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(reply.body)).not.toContain('hunter2');
  });

  it.each([
    ['a wrong content type', '{"query": "{ __typename }"}', { 'Content-Type': 'text/plain', 'apollo-require-preflight': 'true' }, 'POST', 400, 'BAD_REQUEST'],
    ['a form', 'query=%7B__typename%7D', { 'Content-Type': 'application/x-www-form-urlencoded' }, 'POST', 400, 'BAD_REQUEST'],
    ['an unknown charset', '{"query": "{ __typename }"}', { 'Content-Type': 'application/json; charset=latin9' }, 'POST', 415, 'BAD_REQUEST'],
    ['an unknown content encoding', '{"query": "{ __typename }"}', { 'Content-Encoding': 'zip' }, 'POST', 415, 'BAD_REQUEST'],
    ['another method', '{"query": "{ __typename }"}', {}, 'PUT', 405, 'BAD_REQUEST'],
  ])('should answer %s with an errors list and a code', async (_case, body, headers, method, status, code) => {
    const reply = await send(body, headers, method);
    expect(reply.status).toBe(status);
    expect(reply.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code, requestId: reply.requestId } }] });
  });

  it('should answer a preflight from an origin that may not use the gateway 403 FORBIDDEN', async () => {
    const response = await fetch(gateway.url, { method: 'OPTIONS', headers: { Origin: 'https://elsewhere.example', 'Access-Control-Request-Method': 'POST' } });
    expect(response.status).toBe(403);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toEqual(expect.any(String));
    expect(await response.json()).toEqual({ errors: [{ message: expect.stringContaining('https://elsewhere.example'), extensions: { code: 'FORBIDDEN', requestId } }] });
  });
});

describe('serving, configured', () => {
  it('should never send stack traces or file paths in errors, even outside production', async () => {
    // Apollo decides on stack traces from NODE_ENV when the server is built; jest runs with "test",
    // which hides them anyway, so build the gateway as `npm start` does on a developer machine.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'development';
    let gateway: TestGateway;
    try {
      gateway = await TestGateway.start();
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    try {
      const resolverError = await gateway.query('{ phoneNumber(number: "801-555") { id } }');
      const parseError = await gateway.query('{ accounts(first: ) }');
      for (const reply of [resolverError, parseError]) {
        expect(reply.body.errors!.length).toBeGreaterThan(0);
        for (const error of reply.body.errors!) expect(error.extensions).not.toHaveProperty('stacktrace');
        expect(JSON.stringify(reply.body)).not.toMatch(/\.js:\d+|node_modules|dist\//);
      }
      // A body that is not JSON, to GraphQL or to a webhook receiver: JSON 400, not express's page with a stack.
      const token = deriveSecret(SANDBOX_CREDENTIALS[0].accountSecret, 'account-webhook-token');
      for (const [path, headers] of [['/graphql', await operatorHeaders()], ['/webhooks/telegent/events', { authorization: `Bearer ${token}` }]] as const) {
        const response = await fetch(new URL(path, gateway.url), { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{bad' });
        expect([path, response.status, response.headers.get('content-type')]).toEqual([path, 400, expect.stringContaining('application/json')]);
        expect(await response.text()).not.toMatch(/\.js:\d+|node_modules|at /);
      }
    } finally {
      await gateway.stop();
    }
  });

  it('should refuse introspection when GRAPHQL_INTROSPECTION=false', async () => {
    const gateway = await TestGateway.start({ env: { GRAPHQL_INTROSPECTION: 'false' } });
    try {
      const reply = await gateway.query('{ __schema { queryType { name } } }');
      expect(reply.body.errors![0]!.extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await gateway.stop();
    }
  });

  it('should report not ready while the upstream token endpoint fails', async () => {
    const gateway = await TestGateway.start({ env: { UPSTREAM_MAX_RETRIES: '0' } });
    try {
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'POST /v1.0/oauth2/tokens', status: 503 }] });
      const response = await fetch(`${new URL(gateway.url).origin}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'not ready', upstream: 'unreachable', code: 'UPSTREAM_UNAVAILABLE' });
    } finally {
      await gateway.stop();
    }
  });
});
