import { once } from 'node:events';
import { type IncomingMessage, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { print } from 'graphql';
import { AccountScreenDocument, OrderStatusChangedDocument } from '../__generated__/operations';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { loadConfig } from '../../src/config';
import { createTracing } from '../../src/tracing';
import { pathTemplate } from '../../src/telegent/endpoints';
import { TestGateway } from '../helpers/gateway';
import { operatorAuthorization, operatorHeaders } from '../helpers/auth';
import { startGatewayProcess } from '../helpers/gateway-process';
import { subscribe, wsClient } from '../helpers/subscriptions';

const SCREEN = print(AccountScreenDocument);
/** A client's span: trace 4bf9…, span 00f0… (W3C Trace Context's example), sampled. */
const CLIENT_TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CLIENT_SPAN_ID = '00f067aa0ba902b7';
const TRACEPARENT = `00-${CLIENT_TRACE_ID}-${CLIENT_SPAN_ID}-01`;

const isOperation = (span: ReadableSpan): boolean => span.kind === SpanKind.SERVER;
const isUpstream = (span: ReadableSpan): boolean => span.kind === SpanKind.CLIENT;

describe('Tracing', () => {
  let gateway: TestGateway;
  const exporter = new InMemorySpanExporter();
  let acme: string;

  beforeAll(async () => {
    gateway = await TestGateway.start({ spanExporter: exporter });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  beforeEach(() => exporter.reset());
  afterAll(() => gateway.stop());

  /** The spans of the one trace `operation` is the SERVER span of, once it ended (the response may come first). */
  async function operationSpans(traceId?: string): Promise<{ operation: ReadableSpan; upstream: ReadableSpan[]; all: ReadableSpan[] }> {
    const deadline = Date.now() + 2_000;
    let operation: ReadableSpan | undefined;
    while (!(operation = exporter.getFinishedSpans().find((span) => isOperation(span) && (!traceId || span.spanContext().traceId === traceId)))) {
      if (Date.now() > deadline) throw new Error(`no operation span; spans: ${exporter.getFinishedSpans().map((s) => s.name).join(', ')}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const all = exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === operation.spanContext().traceId);
    return { operation, upstream: all.filter(isUpstream), all };
  }

  /** Every attribute value of every span exported so far, as text. */
  const attributeText = (): string => JSON.stringify(exporter.getFinishedSpans().map((span) => [span.name, span.attributes, span.events, span.status]));

  it('should make one span per operation with a child span per upstream request the sandbox counted', async () => {
    const before = await gateway.sandbox.stats();
    const reply = await gateway.query(SCREEN, { id: acme, first: 10 });
    expect(reply.body.errors).toBeUndefined();
    const after = await gateway.sandbox.stats();

    const { operation, upstream } = await operationSpans();
    expect(operation.name).toBe('query AccountScreen');
    expect(operation.attributes).toMatchObject({
      'graphql.operation.type': 'query',
      'graphql.operation.name': 'AccountScreen',
      'telegent.principal.role': 'operator',
      'telegent.principal.credential': 'jwt',
      'http.response.status_code': 200,
      'telegent.request_id': expect.any(String),
    });
    expect(operation.status.code).toBe(SpanStatusCode.UNSET);
    expect(operation.parentSpanContext).toBeUndefined();

    // Every request the upstream received, token requests included, is a child span of the operation.
    expect(upstream).toHaveLength(after.total - before.total);
    for (const span of upstream) expect(span.parentSpanContext?.spanId).toBe(operation.spanContext().spanId);
    const byEndpoint: Record<string, number> = {};
    for (const span of upstream) byEndpoint[span.attributes['telegent.endpoint'] as string] = (byEndpoint[span.attributes['telegent.endpoint'] as string] ?? 0) + 1;
    const counted = Object.fromEntries(Object.entries(after.byEndpoint).map(([endpoint, n]) => [endpoint, n - (before.byEndpoint[endpoint] ?? 0)]).filter(([, n]) => n !== 0));
    expect(byEndpoint).toEqual(counted);

    const subscribers = upstream.find((span) => span.name === 'GET /distributor/subscribers')!;
    expect(subscribers.attributes).toMatchObject({
      'http.request.method': 'GET',
      'url.path': '/v1.0/distributor/subscribers',
      'http.response.status_code': 200,
      'telegent.endpoint': 'GET /v1.0/distributor/subscribers',
      'telegent.attempt': 0,
      'telegent.quota_wait_ms': expect.any(Number),
      'server.address': '127.0.0.1',
    });
    // A cold gateway mints a token per endpoint: each mint is a span of its own, naming the endpoint.
    const mints = upstream.filter((span) => span.name === 'POST /oauth2/tokens');
    expect(mints.length).toBeGreaterThan(0);
    expect(mints.map((span) => span.attributes['telegent.token.endpoint'])).toContain('/v1.0/distributor/subscribers');
  });

  it('should make a span per attempt when a read is retried, each with its status, the failed ones marked as errors', async () => {
    // Two 503s, then the real answer: three requests upstream, three spans.
    await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: 'GET /v1.0/distributor/subscribers', status: 503, times: 2 }] });
    try {
      const before = await gateway.sandbox.stats();
      const reply = await gateway.query(SCREEN, { id: acme, first: 2 }, { 'Cache-Control': 'no-cache' });
      expect(reply.body.errors).toBeUndefined();
      const after = await gateway.sandbox.stats();
      const { operation, upstream } = await operationSpans();
      expect(upstream).toHaveLength(after.total - before.total);
      const attempts = upstream.filter((span) => span.name === 'GET /distributor/subscribers').sort((a, b) => (a.attributes['telegent.attempt'] as number) - (b.attributes['telegent.attempt'] as number));
      expect(attempts.map((span) => [span.attributes['telegent.attempt'], span.attributes['http.response.status_code'], span.status.code])).toEqual([
        [0, 503, SpanStatusCode.ERROR],
        [1, 503, SpanStatusCode.ERROR],
        [2, 200, SpanStatusCode.UNSET],
      ]);
      expect(attempts.map((span) => span.attributes['http.request.resend_count'])).toEqual([undefined, 1, 2]);
      expect(attempts[0]!.attributes['error.type']).toBe('503');
      expect(operation.status.code).toBe(SpanStatusCode.UNSET);
    } finally {
      await gateway.sandbox.admin('DELETE', 'faults');
    }
  });

  it('should name upstream spans by path template, identifier segments collapsed', () => {
    expect(pathTemplate('/v1.0/numbers/order')).toBe('/v1.0/numbers/order');
    expect(pathTemplate('/v1.0/accounts/AID-8f2e/subscribers/TSUID-12/numbers/+18015550100')).toBe('/v1.0/accounts/{id}/subscribers/{id}/numbers/{id}');
    expect(pathTemplate('/v1.0/orders/3f0c0000-0000-4000-8000-000000000000')).toBe('/v1.0/orders/{id}');
  });

  it('should make the operation span a child of the client’s span named by traceparent and tracestate', async () => {
    // no-cache: read from the upstream, not the read cache the first test filled.
    const reply = await gateway.query(SCREEN, { id: acme, first: 2 }, { traceparent: TRACEPARENT, tracestate: 'vendor=abc', 'Cache-Control': 'no-cache' });
    expect(reply.body.errors).toBeUndefined();
    const { operation, upstream } = await operationSpans(CLIENT_TRACE_ID);
    expect(operation.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
    expect(operation.spanContext().traceState?.get('vendor')).toBe('abc');
    expect(upstream.length).toBeGreaterThan(0);
    for (const span of upstream) expect(span.spanContext().traceId).toBe(CLIENT_TRACE_ID);
  });

  it('should start a new trace when traceparent is malformed', async () => {
    await gateway.query(SCREEN, { id: acme, first: 1 }, { traceparent: '00-not-a-trace-01' });
    const { operation } = await operationSpans();
    expect(operation.parentSpanContext).toBeUndefined();
  });

  it('should record the error codes of an answer with errors and mark the span as an error', async () => {
    const reply = await gateway.query('query Missing($id: ID!) { account(id: $id) { name } }', { id: 'plain' });
    const codes = reply.body.errors!.map((error) => error.extensions!.code);
    const { operation } = await operationSpans();
    expect(operation.name).toBe('query Missing');
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.attributes['telegent.error_codes']).toEqual([...new Set(codes)]);
    expect(operation.attributes['error.type']).toBe(codes[0]);
  });

  it('should trace a refused request (invalid credential) with its HTTP status', async () => {
    const reply = await gateway.query(SCREEN, { id: acme, first: 1 }, { Authorization: 'Bearer not-a-token' });
    expect(reply.status).toBe(401);
    const { operation, upstream } = await operationSpans();
    expect(operation.name).toBe('GraphQL Operation');
    expect(operation.status.code).toBe(SpanStatusCode.ERROR);
    expect(operation.attributes).toMatchObject({ 'http.response.status_code': 401, 'error.type': '401' });
    expect(upstream).toEqual([]);
  });

  it('should trace operations over WebSocket, parented by traceparent in extensions or else in connection_init', async () => {
    const otherTraceId = '0af7651916cd43dd8448eb211c80319c';
    const client = wsClient(gateway.url, {
      connectionParams: { Authorization: await operatorAuthorization(), traceparent: `00-${otherTraceId}-b7ad6b7169203331-01` },
    });
    try {
      const run = (extensions?: Record<string, unknown>) =>
        new Promise<unknown>((resolve, reject) => {
          let result: unknown;
          client.subscribe({ query: SCREEN, variables: { id: acme, first: 2 }, ...(extensions ? { extensions } : {}) }, { next: (r) => (result = r), error: reject, complete: () => resolve(result) });
        });
      expect(await run({ traceparent: TRACEPARENT })).toMatchObject({ data: { account: { name: expect.any(String) } } });
      const fromExtensions = await operationSpans(CLIENT_TRACE_ID);
      expect(fromExtensions.operation.name).toBe('query AccountScreen');
      expect(fromExtensions.operation.parentSpanContext?.spanId).toBe(CLIENT_SPAN_ID);
      expect(fromExtensions.operation.attributes['telegent.principal.role']).toBe('operator');

      await run();
      const fromConnection = await operationSpans(otherTraceId);
      expect(fromConnection.operation.parentSpanContext?.spanId).toBe('b7ad6b7169203331');

      // An operation refused before it runs is traced too, with its errors.
      exporter.reset();
      await new Promise((resolve) => client.subscribe({ query: '{ nope }' }, { next: () => undefined, error: resolve, complete: () => resolve(null) }));
      const refused = await operationSpans(otherTraceId);
      expect(refused.operation.status.code).toBe(SpanStatusCode.ERROR);
      expect(refused.operation.attributes['telegent.error_codes']).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    } finally {
      await client.dispose();
    }
  });

  it('should put no secret in any span: neither the upstream secret, nor tokens, nor the query document', async () => {
    await gateway.query(SCREEN, { id: acme, first: 3 });
    await gateway.query('{ account(id: "AID-does-not-exist") { name } }');
    await operationSpans();
    const text = attributeText();
    expect(text).not.toContain(SANDBOX_CREDENTIALS[0].accountSecret);
    expect(text).not.toContain((await operatorAuthorization()).slice('Bearer '.length));
    expect(text).not.toMatch(/eyJ[\w-]+\.[\w-]+/); // no JWT at all
    expect(text).not.toMatch(/Bearer/i);
    expect(text).not.toContain('AID-does-not-exist');
    expect(text).not.toContain('subscribers(first');
  });
});

describe('Background work', () => {
  it('should trace order polls a subscription started as root spans of their own, not in the subscription’s trace', async () => {
    const exporter = new InMemorySpanExporter();
    const gateway = await TestGateway.start({
      spanExporter: exporter,
      sandbox: { rateLimitPerMinute: 100_000 },
      env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', ORDER_POLL_MIN_INTERVAL_MS: '50', ORDER_POLL_MAX_INTERVAL_MS: '100' },
    });
    const client = wsClient(gateway.url);
    try {
      const orderId = await submitPortIn(gateway, portableNumber('646'));
      const log = subscribe(client, print(OrderStatusChangedDocument), { orderId });
      await log.until((l) => l.data.length === 1);
      const subscription = exporter.getFinishedSpans().find((span) => span.name === 'subscription OrderStatusChanged')!;
      expect(subscription).toBeDefined();
      // The polls that follow (every 50 ms) each start a trace of their own.
      const polls = (): ReadableSpan[] => exporter.getFinishedSpans().filter((span) => span.name === 'GET /numbers/order' && span.parentSpanContext === undefined);
      const deadline = Date.now() + 3_000;
      while (polls().length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
      expect(polls().length).toBeGreaterThanOrEqual(2);
      // Whatever has a parent belongs to an operation and ended within it (the mutation's, the subscription's first read).
      const operations = new Map(exporter.getFinishedSpans().filter(isOperation).map((span) => [span.spanContext().spanId, span]));
      const ms = (time: [number, number]): number => time[0] * 1e3 + time[1] / 1e6;
      for (const span of exporter.getFinishedSpans().filter((s) => isUpstream(s) && s.parentSpanContext)) {
        const operation = operations.get(span.parentSpanContext!.spanId);
        expect(operation).toBeDefined();
        expect(ms(span.endTime)).toBeLessThanOrEqual(ms(operation!.endTime));
      }
      log.dispose();
    } finally {
      await client.dispose();
      await gateway.stop();
    }
  });
});

describe('Tracing configuration', () => {
  const base = { TELEGENT_BASE_URL: 'http://127.0.0.1:9', TELEGENT_ACCOUNT_KEY: 'k', TELEGENT_ACCOUNT_SECRET: 's', AUTH_MODE: 'none' };

  it('should turn tracing on only with an OTLP endpoint, and off with OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED', () => {
    expect(loadConfig(base).tracing.exporterUrl).toBeNull();
    expect(createTracing(loadConfig(base).tracing).enabled).toBe(false);
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' }).tracing.exporterUrl).toBe('http://collector:4318/v1/traces');
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://traces:4318/custom' }).tracing.exporterUrl).toBe(
      'http://traces:4318/custom',
    );
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' }).tracing.exporterUrl).toBeNull();
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' }).tracing.exporterUrl).toBeNull();
  });

  it('should read the service name, resource attributes, headers and sampler', () => {
    const tracing = loadConfig({
      ...base,
      OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=prod,service.name=ignored,team=a%20b',
      OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=abc%3D,x-other=1',
      OTEL_EXPORTER_OTLP_TRACES_HEADERS: 'x-other=2',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    }).tracing;
    expect(tracing).toMatchObject({
      serviceName: 'ignored',
      resourceAttributes: { 'deployment.environment': 'prod', team: 'a b' },
      exporterHeaders: { 'x-api-key': 'abc=', 'x-other': '2' },
      sampler: 'parentbased_traceidratio',
      samplerRatio: 0.25,
    });
    expect(loadConfig(base).tracing).toMatchObject({ serviceName: 'telegent-graph', sampler: 'parentbased_always_on', samplerRatio: 1 });
    expect(loadConfig({ ...base, OTEL_SERVICE_NAME: 'gw', OTEL_RESOURCE_ATTRIBUTES: 'service.name=other' }).tracing.serviceName).toBe('gw');
  });

  it.each([
    [{ OTEL_TRACES_SAMPLER: 'sometimes' }, /OTEL_TRACES_SAMPLER must be one of/],
    [{ OTEL_TRACES_SAMPLER: 'traceidratio', OTEL_TRACES_SAMPLER_ARG: '2' }, /OTEL_TRACES_SAMPLER_ARG must be a number from 0 to 1/],
    [{ OTEL_TRACES_EXPORTER: 'zipkin' }, /OTEL_TRACES_EXPORTER must be otlp or none/],
    [{ OTEL_EXPORTER_OTLP_PROTOCOL: 'grpc' }, /OTEL_EXPORTER_OTLP_PROTOCOL must be http\/protobuf or http\/json/],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' }, /OTEL_EXPORTER_OTLP_ENDPOINT must be an http/],
    [{ OTEL_EXPORTER_OTLP_HEADERS: 'x-api-key=secret-value,novalue' }, /OTEL_EXPORTER_OTLP_HEADERS must be a comma-separated list of key=value pairs .*entry 2/],
  ])('should refuse %j', (env, message) => {
    expect(() => loadConfig({ ...base, ...env })).toThrow(message);
    // A header value may be an API key: never repeated in the error.
    expect(() => loadConfig({ ...base, ...env })).not.toThrow(/secret-value/);
  });

  it('should apply the sampler: always_off records nothing', async () => {
    const exporter = new InMemorySpanExporter();
    const gateway = await TestGateway.start({ spanExporter: exporter, env: { OTEL_TRACES_SAMPLER: 'always_off' } });
    try {
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      expect((await gateway.query(SCREEN, { id: acme, first: 1 })).body.errors).toBeUndefined();
      expect(exporter.getFinishedSpans()).toEqual([]);
    } finally {
      await gateway.stop();
    }
  });
});

describe('OTLP export (the entry point, as deployed)', () => {
  interface Received {
    method: string;
    path: string;
    headers: IncomingMessage['headers'];
    body: string;
  }

  /** A stand-in collector on a loopback port: records every request it receives. */
  async function startCollector(): Promise<{ url: string; received: Received[]; server: Server }> {
    const received: Received[] = [];
    const server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        received.push({ method: req.method!, path: req.url!, headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, server };
  }

  /**
   * `node dist/src/index.js` in sandbox mode with `env` (in a process of its own: the OTLP
   * exporter loads node:http with a dynamic import, which jest's module sandbox refuses), one named
   * query, then SIGTERM, whose stop() flushes the batched spans; resolves once it exited.
   */
  async function runEntryPoint(env: Record<string, string>): Promise<void> {
    const { child, url } = await startGatewayProcess(env);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await operatorHeaders()) },
        body: JSON.stringify({ query: 'query FirstAccount { accounts(first: 1) { edges { node { name } } } }' }),
      });
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }

  it('should send the spans to OTEL_EXPORTER_OTLP_ENDPOINT/v1/traces with OTEL_EXPORTER_OTLP_HEADERS and the resource', async () => {
    const collector = await startCollector();
    try {
      await runEntryPoint({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.url,
        OTEL_EXPORTER_OTLP_HEADERS: 'x-collector-key=k%201',
        OTEL_RESOURCE_ATTRIBUTES: 'deployment.environment=test',
      });
      expect(collector.received.length).toBeGreaterThan(0);
      for (const post of collector.received) {
        expect(post).toMatchObject({ method: 'POST', path: '/v1/traces', headers: { 'x-collector-key': 'k 1', 'content-type': 'application/json' } });
      }
      const batches = collector.received.map((post) => JSON.parse(post.body));
      const resource = batches[0].resourceSpans[0].resource.attributes;
      expect(resource).toContainEqual({ key: 'service.name', value: { stringValue: 'telegent-graph' } });
      expect(resource).toContainEqual({ key: 'deployment.environment', value: { stringValue: 'test' } });
      const names = batches.flatMap((batch) => batch.resourceSpans.flatMap((rs: any) => rs.scopeSpans.flatMap((ss: any) => ss.spans.map((span: any) => span.name))));
      expect(names).toContain('query FirstAccount');
      expect(names).toContain('GET /distributor/subscribers');
    } finally {
      collector.server.close();
    }
  }, 60_000);

  it('should send nothing when OTEL_TRACES_EXPORTER=none or OTEL_SDK_DISABLED=true, even with an endpoint', async () => {
    const collector = await startCollector();
    try {
      await runEntryPoint({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_TRACES_EXPORTER: 'none' });
      await runEntryPoint({ OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_SDK_DISABLED: 'true' });
      expect(collector.received).toEqual([]);
    } finally {
      collector.server.close();
    }
  }, 60_000);
});
