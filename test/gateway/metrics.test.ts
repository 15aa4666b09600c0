import type { Client } from 'graphql-ws';
import { print } from 'graphql';
import { AccountScreenDocument, OrderStatusChangedDocument, ProductsAndMessagesDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { portableNumber, submitPortIn } from '../helpers/porting';
import { type Scrape, parseExposition, samplesOf, scrape, total } from '../helpers/prometheus';
import { endpointOf } from '../../src/telegent/endpoints';
import { subscribe, wsClient } from '../helpers/subscriptions';
import type { SandboxStats } from '../helpers/sandbox';

/** The sandbox counts `GET /v1.0/numbers/order`; the metrics label it `GET /numbers/order`. */
const asLabel = (sandboxEndpoint: string): string => sandboxEndpoint.replace(' /v1.0/', ' /');

/** What each endpoint's count grew by between two sandbox stats. */
function growth(before: SandboxStats, after: SandboxStats): Record<string, number> {
  return Object.fromEntries(
    Object.entries(after.byEndpoint)
      .map(([endpoint, count]) => [asLabel(endpoint), count - (before.byEndpoint[endpoint] ?? 0)] as const)
      .filter(([, count]) => count > 0),
  );
}

/** The upstream requests the metrics counted, by endpoint, grown between two scrapes. */
function upstreamGrowth(before: Scrape, after: Scrape): Record<string, number> {
  const endpoints = new Set(samplesOf(after, 'telegent_upstream_requests_total').map((s) => s.labels.endpoint!));
  return Object.fromEntries(
    [...endpoints]
      .map((endpoint) => [endpoint, total(after, 'telegent_upstream_requests_total', { endpoint }) - total(before, 'telegent_upstream_requests_total', { endpoint })] as const)
      .filter(([, count]) => count > 0),
  );
}

describe('Prometheus metrics', () => {
  let gateway: TestGateway;
  let acme: string;
  const metricsUrl = (): string => gateway.app.metricsUrl;

  beforeAll(async () => {
    gateway = await TestGateway.start({
      sandbox: { rateLimitPerMinute: 100_000 },
      env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', ORDER_POLL_MIN_INTERVAL_MS: '50', ORDER_POLL_MAX_INTERVAL_MS: '200' },
    });
    acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
  });
  afterAll(() => gateway.stop());

  it('should serve /metrics on the main port, in the text format, with Node’s default process metrics and each family typed', async () => {
    expect(metricsUrl()).toBe(gateway.url.replace(/\/graphql$/, '/metrics'));
    const metrics = await scrape(metricsUrl());
    expect(metrics.types.get('graphql_requests_total')).toBe('counter');
    expect(metrics.types.get('graphql_request_duration_seconds')).toBe('histogram');
    expect(metrics.types.get('telegent_upstream_requests_total')).toBe('counter');
    expect(metrics.types.get('telegent_upstream_request_duration_seconds')).toBe('histogram');
    expect(metrics.types.get('telegent_upstream_quota_wait_seconds')).toBe('histogram');
    expect(metrics.types.get('telegent_upstream_quota_queue_depth')).toBe('gauge');
    expect(metrics.types.get('telegent_tokens_minted_total')).toBe('counter');
    expect(metrics.types.get('graphql_ws_connections')).toBe('gauge');
    expect(metrics.types.get('graphql_ws_subscriptions')).toBe('gauge');
    expect(metrics.types.get('telegent_order_polls_total')).toBe('counter');
    expect(metrics.types.get('telegent_read_cache_requests_total')).toBe('counter');
    expect(metrics.types.get('telegent_read_cache_refreshes_total')).toBe('counter');
    expect(total(metrics, 'telegent_upstream_quota_queue_depth')).toBe(0);
    expect(total(metrics, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(total(metrics, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });

  it('should count operations by name, type and outcome, and time them', async () => {
    const before = await scrape(metricsUrl());
    for (let i = 0; i < 3; i += 1) expect((await gateway.query(AccountScreenDocument, { id: acme, first: 5 })).body.errors).toBeUndefined();
    const lost = await gateway.query(ProductsAndMessagesDocument, { phoneNumber: '+18015550000' });
    expect(lost.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    await gateway.query('query Broken { nope }');
    await gateway.query('{ __typename }');
    await gateway.query('query Mine { __typename }', undefined, { Authorization: 'Bearer not-a-token' });
    const after = await scrape(metricsUrl());
    const grew = (labels: Record<string, string>): number => total(after, 'graphql_requests_total', labels) - total(before, 'graphql_requests_total', labels);
    expect(grew({ operation: 'AccountScreen', type: 'query', outcome: 'success' })).toBe(3);
    expect(grew({ operation: 'ProductsAndMessages', type: 'query', outcome: 'error' })).toBe(1);
    // Neither the invalid document's name nor the unauthenticated one's is a label: it never validated.
    expect(grew({ operation: 'invalid', type: 'unknown', outcome: 'refused' })).toBe(2);
    expect(grew({ operation: 'anonymous', type: 'query', outcome: 'success' })).toBe(1);
    expect(grew({})).toBe(7);
    expect(samplesOf(after, 'graphql_requests_total').map((s) => s.labels.operation)).not.toContain('Broken');
    const timed = (name: string): number =>
      total(after, 'graphql_request_duration_seconds_count', { operation: name, type: 'query' }) - total(before, 'graphql_request_duration_seconds_count', { operation: name, type: 'query' });
    expect(timed('AccountScreen')).toBe(3);
    expect(total(after, 'graphql_request_duration_seconds_bucket', { operation: 'AccountScreen', le: '+Inf' })).toBe(
      total(after, 'graphql_request_duration_seconds_count', { operation: 'AccountScreen' }),
    );
  });

  it('should count every upstream request by endpoint template and status as the sandbox saw it, and each token minted', async () => {
    const metricsBefore = await scrape(metricsUrl());
    const statsBefore = await gateway.sandbox.stats();
    await gateway.query(AccountScreenDocument, { id: acme, first: 50 }, { 'Cache-Control': 'no-cache' });
    await gateway.query(ProductsAndMessagesDocument, { phoneNumber: '+18015550000' });
    const statsAfter = await gateway.sandbox.stats();
    const metricsAfter = await scrape(metricsUrl());
    const seen = growth(statsBefore, statsAfter);
    expect(Object.keys(seen).length).toBeGreaterThan(1);
    expect(upstreamGrowth(metricsBefore, metricsAfter)).toEqual(seen);
    const statuses = (endpoint: string, status: string): number =>
      total(metricsAfter, 'telegent_upstream_requests_total', { endpoint, status }) - total(metricsBefore, 'telegent_upstream_requests_total', { endpoint, status });
    expect(statuses('GET /message/search', '404')).toBe(1);
    const minted = total(metricsAfter, 'telegent_tokens_minted_total') - total(metricsBefore, 'telegent_tokens_minted_total');
    expect(minted).toBe(seen['POST /oauth2/tokens'] ?? 0);
    expect(total(metricsAfter, 'telegent_tokens_minted_total', { endpoint: '/message/search' })).toBe(1);
    // Every request waited for its slot (interactive: an operation's), however briefly.
    const waits = total(metricsAfter, 'telegent_upstream_quota_wait_seconds_count') - total(metricsBefore, 'telegent_upstream_quota_wait_seconds_count');
    expect(waits).toBe(statsAfter.total - statsBefore.total);
    expect(total(metricsAfter, 'telegent_upstream_request_duration_seconds_count', { endpoint: 'GET /message/search' })).toBeGreaterThanOrEqual(1);
    // Since the start (only this gateway has called this sandbox so far): every endpoint, token requests included.
    expect(upstreamGrowth(parseExposition(''), metricsAfter)).toEqual(growth({ total: 0, byEndpoint: {}, byStatus: {} }, statsAfter));
    expect(total(metricsAfter, 'telegent_upstream_requests_total', { endpoint: 'POST /oauth2/tokens' })).toBe(statsAfter.byEndpoint['POST /v1.0/oauth2/tokens']);
    expect(total(metricsAfter, 'telegent_tokens_minted_total')).toBe(statsAfter.byEndpoint['POST /v1.0/oauth2/tokens']);
  });

  it('should label upstream endpoints by method and path template, without the API prefix, query or IDs', () => {
    expect(endpointOf('GET', '/v1.0/numbers/order?OrderId=JNUOID-1')).toBe('GET /numbers/order');
    expect(endpointOf('POST', '/v1.0/oauth2/tokens')).toBe('POST /oauth2/tokens');
    expect(endpointOf('POST', '/v1.0/numbers/data-usage/update-renewal-info')).toBe('POST /numbers/data-usage/update-renewal-info');
    expect(endpointOf('GET', '/v1.0/accounts/AID-12345/numbers/4805551234')).toBe('GET /accounts/{id}/numbers/{id}');
    expect(endpointOf('GET', '/v1.0/orders/0f8fad5b-d9cb-469f-a165-70867728950e')).toBe('GET /orders/{id}');
  });

  it('should count the read cache’s misses, hits and bypasses by kind, and its refreshes', async () => {
    const before = await scrape(metricsUrl());
    await gateway.query(AccountScreenDocument, { id: acme, first: 5 });
    await gateway.query(AccountScreenDocument, { id: acme, first: 5 });
    await gateway.query(AccountScreenDocument, { id: acme, first: 5 }, { 'Cache-Control': 'no-cache' });
    const after = await scrape(metricsUrl());
    const grew = (result: string): number =>
      total(after, 'telegent_read_cache_requests_total', { kind: 'subscribers', result }) - total(before, 'telegent_read_cache_requests_total', { kind: 'subscribers', result });
    expect(grew('hit')).toBeGreaterThanOrEqual(2);
    expect(grew('bypass')).toBeGreaterThanOrEqual(1);
    expect(total(after, 'telegent_read_cache_refreshes_total', { kind: 'subscribers', trigger: 'reader' })).toBeGreaterThanOrEqual(1);
  });

  describe('over WebSocket', () => {
    let client: Client;
    afterEach(() => client?.dispose());

    it('should gauge open sockets and running subscriptions, count a subscription when it starts, and the order polls it causes', async () => {
      const orderId = await submitPortIn(gateway, portableNumber('646'));
      const before = await scrape(metricsUrl());
      client = wsClient(gateway.url);
      const log = subscribe(client, print(OrderStatusChangedDocument), { orderId });
      await log.until((l) => l.data.length === 1);
      // Polls at 50–200 ms: a few happen while the order stays Submitted.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const during = await scrape(metricsUrl());
      expect(total(during, 'graphql_ws_connections')).toBe(1);
      expect(total(during, 'graphql_ws_subscriptions')).toBe(1);
      expect(
        total(during, 'graphql_requests_total', { operation: 'OrderStatusChanged', type: 'subscription', outcome: 'success' }) -
          total(before, 'graphql_requests_total', { operation: 'OrderStatusChanged', type: 'subscription', outcome: 'success' }),
      ).toBe(1);
      // A subscription is counted, not timed: it lasts as long as the client wants.
      expect(total(during, 'graphql_request_duration_seconds_count', { type: 'subscription' })).toBe(0);
      const polls = total(during, 'telegent_order_polls_total', { outcome: 'unchanged' }) - total(before, 'telegent_order_polls_total', { outcome: 'unchanged' });
      expect(polls).toBeGreaterThanOrEqual(1);

      log.dispose();
      await client.dispose();
      await waitFor(async () => total(await scrape(metricsUrl()), 'graphql_ws_connections') === 0);
      const after = await scrape(metricsUrl());
      expect(total(after, 'graphql_ws_subscriptions')).toBe(0);
    });

    it('should count a query over WebSocket as over HTTP', async () => {
      const before = await scrape(metricsUrl());
      client = wsClient(gateway.url);
      const log = subscribe(client, print(AccountScreenDocument), { id: acme, first: 5 });
      await log.until((l) => l.completed);
      const after = await scrape(metricsUrl());
      const grew = (labels: Record<string, string>): number => total(after, 'graphql_requests_total', labels) - total(before, 'graphql_requests_total', labels);
      expect(grew({ operation: 'AccountScreen', type: 'query', outcome: 'success' })).toBe(1);
    });
  });
});

describe('Metrics with METRICS_PORT', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { METRICS_PORT: '0' } });
  });
  afterAll(() => gateway.stop());

  it('should serve /metrics on its own port only, not on the main one', async () => {
    const main = new URL(gateway.url);
    const metrics = new URL(gateway.app.metricsUrl);
    expect(metrics.pathname).toBe('/metrics');
    expect(metrics.port).not.toBe(main.port);
    expect((await fetch(new URL('/metrics', main))).status).toBe(404);
    await gateway.query('query Ping { __typename }');
    const scraped = await scrape(metrics.href);
    expect(total(scraped, 'graphql_requests_total', { operation: 'Ping', type: 'query', outcome: 'success' })).toBe(1);
    // The metrics port serves nothing else.
    expect((await fetch(new URL('/graphql', metrics), { method: 'POST' })).status).toBe(404);
  });
});

describe('Metric labels', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start({ env: { METRICS_MAX_OPERATION_NAMES: '3' } });
  });
  afterAll(() => gateway.stop());

  it('should label the first METRICS_MAX_OPERATION_NAMES operation names as themselves and any later one as other', async () => {
    for (let i = 0; i < 20; i += 1) expect((await gateway.query(`query Op${i} { __typename }`)).status).toBe(200);
    await gateway.query(`query Op0 { __typename }`);
    const scraped = await scrape(gateway.app.metricsUrl);
    const labels = samplesOf(scraped, 'graphql_requests_total').map((s) => s.labels.operation);
    expect(new Set(labels)).toEqual(new Set(['Op0', 'Op1', 'Op2', 'other']));
    expect(total(scraped, 'graphql_requests_total', { operation: 'Op0' })).toBe(2);
    expect(total(scraped, 'graphql_requests_total', { operation: 'other' })).toBe(17);
    const timedLabels = new Set(samplesOf(scraped, 'graphql_request_duration_seconds_count').map((s) => s.labels.operation));
    expect(timedLabels).toEqual(new Set(['Op0', 'Op1', 'Op2', 'other']));
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
