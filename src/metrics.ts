import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The operation types a GraphQL operation label can have; `unknown` when it never parsed or was refused unread. */
export type OperationType = 'query' | 'mutation' | 'subscription' | 'unknown';

/**
 * What became of an operation (README "Operating"): `success` ran and answered without errors,
 * `error` ran and answered with errors, `refused` never ran (authentication, inbound limit, parse,
 * validation, variables, the access and size limits, too many operations on a socket).
 */
export type OperationOutcome = 'success' | 'error' | 'refused';

/** What an order poll found: a newer order, the same, nothing (another instance holds its lease), or a failure. */
export type OrderPollOutcome = 'changed' | 'unchanged' | 'skipped' | 'error';

/** How the read cache served one read: from a usable copy, by reading the upstream now, or around the cache (no-cache, CACHE=off). */
export type ReadCacheResult = 'hit' | 'miss' | 'bypass';

/** The operation label of an operation that did not parse or validate (or was refused before it was read). */
export const INVALID_OPERATION = 'invalid';
/** The operation label of a valid operation without a name. */
export const ANONYMOUS_OPERATION = 'anonymous';
/** The operation label of named operations beyond the first `maxOperationNames`. */
export const OTHER_OPERATION = 'other';
/** Longer operation names are labelled `other`: a label is no place for a 5,000-character name. */
const MAX_OPERATION_NAME_LENGTH = 100;

/** Seconds: a few ms (a cached read) to the 10 s request deadline and beyond. */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
/** Seconds: no wait at all to a whole quota window. */
const QUOTA_WAIT_BUCKETS = [0.001, 0.01, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60];

export interface MetricsOptions {
  /** Distinct operation names labelled as themselves; later ones are `other` (METRICS_MAX_OPERATION_NAMES). @default 100 */
  maxOperationNames?: number;
}

/**
 * The gateway's Prometheus metrics (README "Operating"), one instance per app built by `buildApp`,
 * on a registry of its own (tests run several gateways in one process). Every label value is
 * bounded: operation names only of valid operations and at most `maxOperationNames` of them,
 * upstream endpoints as the path templates the area modules use, statuses, fixed enums.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly operationNames = new Set<string>();
  private readonly maxOperationNames: number;

  private readonly requests = new Counter({
    name: 'graphql_requests_total',
    help: 'GraphQL operations by name, type and outcome (success, error, refused); subscriptions counted when they start.',
    labelNames: ['operation', 'type', 'outcome'] as const,
    registers: [this.registry],
  });
  private readonly requestDuration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time to answer a query or mutation (or to refuse an operation), from its arrival to its answer.',
    labelNames: ['operation', 'type'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly upstreamRequests = new Counter({
    name: 'telegent_upstream_requests_total',
    help: 'Requests sent to the Telegent API (each attempt, token requests included) by endpoint and HTTP status (or network_error, timeout).',
    labelNames: ['endpoint', 'status'] as const,
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: 'telegent_upstream_request_duration_seconds',
    help: 'Time from sending a request to the Telegent API to its whole answer (each attempt).',
    labelNames: ['endpoint'] as const,
    buckets: DURATION_BUCKETS,
    registers: [this.registry],
  });
  private readonly quotaWait = new Histogram({
    name: 'telegent_upstream_quota_wait_seconds',
    help: 'Time a request waited for its slot in the upstream quota, by priority (interactive, background).',
    labelNames: ['priority'] as const,
    buckets: QUOTA_WAIT_BUCKETS,
    registers: [this.registry],
  });
  private readonly tokensMinted = new Counter({
    name: 'telegent_tokens_minted_total',
    help: 'Upstream bearer tokens minted, by the endpoint they are scoped to.',
    labelNames: ['endpoint'] as const,
    registers: [this.registry],
  });
  /** Sockets open now. */
  readonly wsConnections = new Gauge({ name: 'graphql_ws_connections', help: 'GraphQL WebSocket connections open now.', registers: [this.registry] });
  /** Subscriptions streaming now. */
  readonly wsSubscriptions = new Gauge({ name: 'graphql_ws_subscriptions', help: 'GraphQL subscriptions streaming now.', registers: [this.registry] });
  private readonly orderPolls = new Counter({
    name: 'telegent_order_polls_total',
    help: 'Order polls by outcome (changed, unchanged, skipped: another instance polls it, error).',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly cacheRequests = new Counter({
    name: 'telegent_read_cache_requests_total',
    help: 'Reads of the read cache by kind and result (hit, miss: read from the upstream now, bypass: no-cache or CACHE=off).',
    labelNames: ['kind', 'result'] as const,
    registers: [this.registry],
  });
  private readonly cacheRefreshes = new Counter({
    name: 'telegent_read_cache_refreshes_total',
    help: 'Lists the read cache read from the upstream, by kind and trigger (reader: a request needed it, background).',
    labelNames: ['kind', 'trigger'] as const,
    registers: [this.registry],
  });
  private readonly queueDepths: (() => number)[] = [];

  constructor(options: MetricsOptions = {}) {
    this.maxOperationNames = options.maxOperationNames ?? 100;
    collectDefaultMetrics({ register: this.registry });
    const queueDepths = this.queueDepths;
    new Gauge({
      name: 'telegent_upstream_quota_queue_depth',
      help: 'Upstream requests of this instance waiting for a slot in the quota now.',
      registers: [this.registry],
      // Read on scrape: the limiter knows its queue; nothing is counted on the hot path.
      collect() {
        this.set(queueDepths.reduce((sum, read) => sum + read(), 0));
      },
    });
  }

  /** The Prometheus exposition text of every metric. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** Reads `read` (a limiter's waiting calls) into the queue depth gauge on each scrape. */
  watchQueueDepth(read: () => number): void {
    this.queueDepths.push(read);
  }

  /**
   * The `operation` label for an operation named `name`: null (or an operation that did not
   * validate, `valid` false) is `anonymous` or `invalid`; the first `maxOperationNames` distinct
   * names label as themselves, later ones `other`, so clients cannot grow the series without bound.
   */
  operationLabel(name: string | null | undefined, valid: boolean): string {
    if (!valid) return INVALID_OPERATION;
    if (!name) return ANONYMOUS_OPERATION;
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= this.maxOperationNames || name.length > MAX_OPERATION_NAME_LENGTH) return OTHER_OPERATION;
    this.operationNames.add(name);
    return name;
  }

  /** One operation answered (or a subscription started): `durationSec` null for a subscription stream. */
  operation(labels: { operation: string; type: OperationType; outcome: OperationOutcome }, durationSec: number | null): void {
    this.requests.inc(labels);
    if (durationSec !== null) this.requestDuration.observe({ operation: labels.operation, type: labels.type }, durationSec);
  }

  /** One request to the upstream: `endpoint` as `endpointOf` (src/telegent/endpoints.ts) names it, `status` its HTTP status or `network_error`/`timeout`. */
  upstreamRequest(endpoint: string, status: number | 'network_error' | 'timeout', durationSec: number): void {
    this.upstreamRequests.inc({ endpoint, status: String(status) });
    this.upstreamDuration.observe({ endpoint }, durationSec);
  }

  quotaWaited(priority: 'interactive' | 'background', seconds: number): void {
    this.quotaWait.observe({ priority }, seconds);
  }

  tokenMinted(endpoint: string): void {
    this.tokensMinted.inc({ endpoint });
  }

  orderPolled(outcome: OrderPollOutcome): void {
    this.orderPolls.inc({ outcome });
  }

  cacheRead(kind: string, result: ReadCacheResult): void {
    this.cacheRequests.inc({ kind, result });
  }

  cacheRefreshed(kind: string, trigger: 'reader' | 'background'): void {
    this.cacheRefreshes.inc({ kind, trigger });
  }
}

