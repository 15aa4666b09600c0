import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config';
import { TestGateway } from '../helpers/gateway';
import { mintTestToken, operatorAuthorization } from '../helpers/auth';
import { RawSocket } from '../helpers/raw-socket';

/** Trusted documents (README "Trusted documents"): PERSISTED_DOCUMENTS off, allow and require, over HTTP and WebSocket. */

const TYPENAME = 'query Typename { __typename }';
const ACCOUNTS = 'query Accounts { accounts(first: 2) { edges { node { name } } } }';
/** The PIN's variable has a name of its own: only the document says it is a secret. */
const PORT_OUT = 'mutation PortOut($number: String!, $code: String!) { requestPortOut(input: { number: $number, pin: $code }) { order { id } } }';
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');
const UNKNOWN = sha256('query Unknown { __typename }');

const dir = mkdtempSync(join(tmpdir(), 'trusted-documents-'));
const MANIFEST = join(dir, 'persisted-documents.json');
writeFileSync(MANIFEST, JSON.stringify({ [sha256(TYPENAME)]: TYPENAME, [sha256(ACCOUNTS)]: ACCOUNTS, [sha256(PORT_OUT)]: PORT_OUT }, null, 2));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Reply = { status: number; cacheControl: string | null; body: { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } };

/** The two wire forms a client names a trusted document by. */
const byDocumentId = (hash: string): Record<string, unknown> => ({ documentId: hash });
const byApq = (hash: string): Record<string, unknown> => ({ extensions: { persistedQuery: { version: 1, sha256Hash: hash } } });
const FORMS: [string, (hash: string) => Record<string, unknown>][] = [
  ['documentId', byDocumentId],
  ['extensions.persistedQuery', byApq],
];

async function post(gateway: TestGateway, body: unknown, authorization: string): Promise<Reply> {
  const response = await fetch(gateway.url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: authorization }, body: JSON.stringify(body) });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Reply['body'] };
}

/** A GET as Apollo Client sends hashed queries with `useGETForHashedQueries` (JSON parameters, a preflight header). */
async function get(gateway: TestGateway, params: Record<string, unknown>, authorization: string): Promise<Reply> {
  const search = new URLSearchParams(Object.entries(params).map(([name, value]): [string, string] => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
  const response = await fetch(`${gateway.url}?${search}`, { headers: { Authorization: authorization, 'apollo-require-preflight': 'true' } });
  return { status: response.status, cacheControl: response.headers.get('cache-control'), body: (await response.json()) as Reply['body'] };
}

/** One operation over graphql-ws (a raw socket, so the payload is exactly what a client sends): its `next` payloads, or its `error` payload. */
async function overWebSocket(gateway: TestGateway, payload: Record<string, unknown>, authorization: string): Promise<{ next: any[]; error: any[] | null }> {
  const socket = await RawSocket.open(gateway.url);
  try {
    socket.send({ type: 'connection_init', payload: { Authorization: authorization } });
    await socket.until(() => socket.messages.some((m) => m.type === 'connection_ack'));
    socket.send({ id: '1', type: 'subscribe', payload: { query: '', ...payload } });
    await socket.until(() => socket.messages.some((m) => m.id === '1' && (m.type === 'complete' || m.type === 'error')));
    const error = socket.messages.find((m) => m.id === '1' && m.type === 'error');
    return { next: socket.messages.filter((m) => m.id === '1' && m.type === 'next').map((m) => m.payload), error: error ? error.payload : null };
  } finally {
    socket.socket.close();
  }
}

const codeOf = (reply: { body: Reply['body'] }): unknown => reply.body.errors?.[0]?.extensions?.code;

describe('PERSISTED_DOCUMENTS=require', () => {
  let gateway: TestGateway;
  let manager: string;
  let acmeName: string;
  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { PERSISTED_DOCUMENTS: 'require', PERSISTED_DOCUMENTS_MANIFEST: MANIFEST } });
    const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
    acmeName = 'Acme Mobile';
    manager = `Bearer ${await mintTestToken({ role: 'manager', accounts: [acme] })}`;
  });
  afterAll(async () => gateway.stop());

  describe.each(FORMS)('a hash as %s', (_form, send) => {
    it('should run the manifest document over POST', async () => {
      const reply = await post(gateway, { ...send(sha256(ACCOUNTS)), operationName: 'Accounts' }, manager);
      expect(reply.status).toBe(200);
      expect(reply.body.data).toEqual({ accounts: { edges: [{ node: { name: acmeName } }] } });
    });

    it('should run the manifest document over GET', async () => {
      const reply = await get(gateway, send(sha256(TYPENAME)), manager);
      expect([reply.status, reply.body.data]).toEqual([200, { __typename: 'Query' }]);
    });

    it('should run the manifest document over WebSocket', async () => {
      const { next, error } = await overWebSocket(gateway, send(sha256(ACCOUNTS)), manager);
      expect(error).toBeNull();
      expect(next.map((result) => result.data)).toEqual([{ accounts: { edges: [{ node: { name: acmeName } }] } }]);
    });

    it('should answer an unknown hash PERSISTED_QUERY_NOT_FOUND (200, not cached), with or without the document, on both transports', async () => {
      const before = (await gateway.sandbox.stats()).total;
      for (const reply of [await post(gateway, send(UNKNOWN), manager), await post(gateway, { ...send(UNKNOWN), query: ACCOUNTS }, manager), await get(gateway, send(UNKNOWN), manager)]) {
        expect([reply.status, codeOf(reply), reply.cacheControl]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND', 'private, no-cache, must-revalidate']);
        expect(reply.body.data).toBeUndefined();
      }
      const { error } = await overWebSocket(gateway, { ...send(UNKNOWN), query: ACCOUNTS }, manager);
      expect(error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND', requestId: expect.any(String) }) })]);
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should run the manifest document when the text sent beside a known hash differs (Apollo Client over WebSocket sends both)', async () => {
      const reply = await post(gateway, { ...send(sha256(TYPENAME)), query: ACCOUNTS }, manager);
      expect(reply.body.data).toEqual({ __typename: 'Query' });
      const { next } = await overWebSocket(gateway, { ...send(sha256(TYPENAME)), query: ACCOUNTS }, manager);
      expect(next.map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
    });
  });

  it('should refuse a document sent as text with PERSISTED_QUERY_ID_REQUIRED before parsing it, on both transports', async () => {
    const before = (await gateway.sandbox.stats()).total;
    // The manifest's own text, text that does not parse, text past GRAPHQL_MAX_TOKENS: all refused alike, none parsed.
    for (const query of [ACCOUNTS, '{ accounts(first: ', `{ ${'__typename '.repeat(6000)}}`]) {
      const reply = await post(gateway, { query }, manager);
      expect([reply.status, codeOf(reply)]).toEqual([400, 'PERSISTED_QUERY_ID_REQUIRED']);
      expect(reply.body.errors![0]!.message).toMatch(/PERSISTED_DOCUMENTS=require/);
      // A URL of 66 kB is past what Node reads in a request line (16 kB): GET only for the short ones.
      if (query.length < 8_000) {
        const viaGet = await get(gateway, { query }, manager);
        expect([viaGet.status, codeOf(viaGet)]).toEqual([400, 'PERSISTED_QUERY_ID_REQUIRED']);
      }
      const { error } = await overWebSocket(gateway, { query }, manager);
      expect(error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_ID_REQUIRED', requestId: expect.any(String) }) })]);
    }
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it('should refuse a document of almost a megabyte without parsing it', async () => {
    // About 300,000 tokens, and one unclosed brace: parsed, it would be GRAPHQL_PARSE_FAILED (and take time).
    const huge = `{ ${'a '.repeat(450_000)}`;
    const started = Date.now();
    const reply = await post(gateway, { query: huge }, manager);
    expect([reply.status, codeOf(reply)]).toEqual([400, 'PERSISTED_QUERY_ID_REQUIRED']);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('should let operators send documents (GraphiQL, scripts)', async () => {
    const operator = await operatorAuthorization();
    expect((await post(gateway, { query: '{ __typename }' }, operator)).body.data).toEqual({ __typename: 'Query' });
    const { next } = await overWebSocket(gateway, { query: '{ __typename }' }, operator);
    expect(next.map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
  });

  it('should refuse a malformed hash with BAD_REQUEST', async () => {
    for (const body of [{ documentId: 42 }, { extensions: { persistedQuery: { version: 1 } } }, { extensions: { persistedQuery: { version: 2, sha256Hash: sha256(TYPENAME) } } }]) {
      const reply = await post(gateway, body, manager);
      expect([reply.status, codeOf(reply)]).toEqual([400, 'BAD_REQUEST']);
    }
  });

  it('should keep the secret values of an operation sent by hash out of its errors, on both transports', async () => {
    // graphql-js repeats a value it cannot coerce; the gateway finds the secret variables in the document the hash names.
    const variables = { number: '+18015550100', code: 864209 };
    const reply = await post(gateway, { documentId: sha256(PORT_OUT), variables }, manager);
    expect(reply.body.errors![0]).toMatchObject({ message: expect.stringContaining('$code'), extensions: { code: 'BAD_USER_INPUT' } });
    const { error } = await overWebSocket(gateway, { documentId: sha256(PORT_OUT), variables }, manager);
    expect(error).toEqual([expect.objectContaining({ message: expect.stringContaining('$code'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', requestId: expect.any(String) }) })]);
    expect(JSON.stringify([reply, error])).not.toContain('864209');
  });

  it('should keep the other extensions and the variables of a hashed operation', async () => {
    const reply = await post(gateway, { ...byApq(sha256(TYPENAME)), extensions: { persistedQuery: { version: 1, sha256Hash: sha256(TYPENAME) }, other: true }, variables: {} }, manager);
    expect(reply.body).toMatchObject({ data: { __typename: 'Query' } });
  });
});

describe('PERSISTED_DOCUMENTS=allow', () => {
  let gateway: TestGateway;
  let manager: string;
  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: MANIFEST } });
    manager = `Bearer ${await mintTestToken({ role: 'manager', accounts: [(await gateway.sandbox.accountIds())['Acme Mobile']!] })}`;
  });
  afterAll(async () => gateway.stop());

  it.each(FORMS)('should run a known hash as %s, on both transports', async (_form, send) => {
    expect((await post(gateway, send(sha256(TYPENAME)), manager)).body.data).toEqual({ __typename: 'Query' });
    expect((await get(gateway, send(sha256(TYPENAME)), manager)).body.data).toEqual({ __typename: 'Query' });
    expect((await overWebSocket(gateway, send(sha256(TYPENAME)), manager)).next.map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
  });

  it('should answer an unknown hash alone PERSISTED_QUERY_NOT_FOUND, and run it with its document (Apollo Client retries so)', async () => {
    const alone = await post(gateway, byApq(UNKNOWN), manager);
    expect([alone.status, codeOf(alone)]).toEqual([200, 'PERSISTED_QUERY_NOT_FOUND']);
    expect(codeOf({ body: { errors: (await overWebSocket(gateway, byDocumentId(UNKNOWN), manager)).error! } })).toBe('PERSISTED_QUERY_NOT_FOUND');
    const retried = await post(gateway, { ...byApq(UNKNOWN), query: '{ __typename }' }, manager);
    expect(retried.body).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
  });

  it('should still run documents sent as text, on both transports', async () => {
    expect((await post(gateway, { query: '{ __typename }' }, manager)).body.data).toEqual({ __typename: 'Query' });
    expect((await overWebSocket(gateway, { query: '{ __typename }' }, manager)).next.map((result) => result.data)).toEqual([{ __typename: 'Query' }]);
    expect(codeOf(await post(gateway, { query: '{ accounts(first: ' }, manager))).toBe('GRAPHQL_PARSE_FAILED');
  });
});

describe('PERSISTED_DOCUMENTS=off (the default)', () => {
  let gateway: TestGateway;
  let operator: string;
  beforeAll(async () => {
    gateway = await TestGateway.start();
    operator = await operatorAuthorization();
  });
  afterAll(async () => gateway.stop());

  it.each(FORMS)('should answer a hash alone as %s PERSISTED_QUERY_NOT_SUPPORTED, so Apollo Client sends documents', async (_form, send) => {
    const reply = await post(gateway, send(sha256(TYPENAME)), operator);
    expect([reply.status, codeOf(reply)]).toEqual([200, 'PERSISTED_QUERY_NOT_SUPPORTED']);
    const { error } = await overWebSocket(gateway, send(sha256(TYPENAME)), operator);
    expect(error).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_SUPPORTED', requestId: expect.any(String) }) })]);
  });

  it('should run the document of a request that also carries a hash, and register nothing (Apollo APQ is off)', async () => {
    const query = '{ a: __typename }';
    expect((await post(gateway, { ...byApq(sha256(query)), query }, operator)).body.data).toEqual({ a: 'Query' });
    expect(codeOf(await post(gateway, byApq(sha256(query)), operator))).toBe('PERSISTED_QUERY_NOT_SUPPORTED');
  });
});

describe('PERSISTED_DOCUMENTS settings', () => {
  const bad = (name: string, content: string): string => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };

  it('should read the manifest into hash → document', () => {
    const { persistedDocuments } = loadConfig({ PERSISTED_DOCUMENTS: 'require', PERSISTED_DOCUMENTS_MANIFEST: MANIFEST });
    expect(persistedDocuments.mode).toBe('require');
    expect([...persistedDocuments.documents.entries()]).toEqual([
      [sha256(TYPENAME), TYPENAME],
      [sha256(ACCOUNTS), ACCOUNTS],
      [sha256(PORT_OUT), PORT_OUT],
    ]);
    expect(loadConfig({}).persistedDocuments).toEqual({ mode: 'off', documents: new Map() });
  });

  it.each([
    [{ PERSISTED_DOCUMENTS: 'sometimes' }, /^PERSISTED_DOCUMENTS must be off, allow or require, got 'sometimes'$/],
    [{ PERSISTED_DOCUMENTS: 'require' }, /^PERSISTED_DOCUMENTS_MANIFEST is required with PERSISTED_DOCUMENTS=require/],
    [{ PERSISTED_DOCUMENTS_MANIFEST: MANIFEST }, /^PERSISTED_DOCUMENTS_MANIFEST is set but PERSISTED_DOCUMENTS is off/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: join(dir, 'missing.json') }, /^PERSISTED_DOCUMENTS_MANIFEST cannot be read \(ENOENT\)/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: dir }, /^PERSISTED_DOCUMENTS_MANIFEST cannot be read \(EISDIR\)/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: bad('truncated.json', '{"abc": "query') }, /^PERSISTED_DOCUMENTS_MANIFEST must be a JSON object .* is not valid JSON$/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: bad('array.json', '["{ a }"]') }, /^PERSISTED_DOCUMENTS_MANIFEST must be a JSON object .* is not an object$/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: bad('number.json', '{"abc": 1}') }, /^PERSISTED_DOCUMENTS_MANIFEST must be a JSON object .* has the entry 'abc' that is not$/],
    [{ PERSISTED_DOCUMENTS: 'allow', PERSISTED_DOCUMENTS_MANIFEST: bad('unparsable.json', '{"abc": "query { a"}') }, /^PERSISTED_DOCUMENTS_MANIFEST: the document of 'abc' in .* does not parse: Syntax Error/],
  ])('should refuse %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(expect.objectContaining({ name: 'ConfigError', message: expect.stringMatching(message) }));
  });

  it('should stop npm start with one line naming PERSISTED_DOCUMENTS_MANIFEST when the manifest is invalid', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '../../dist/src/index.js')], {
      env: { ...process.env, PERSISTED_DOCUMENTS: 'require', PERSISTED_DOCUMENTS_MANIFEST: bad('broken.json', '{ not json') },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(/^telegent-graph: PERSISTED_DOCUMENTS_MANIFEST must be a JSON object .*broken\.json' is not valid JSON$/), '']);
  });
});
