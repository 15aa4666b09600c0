import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Logger } from 'pino';
import type { SpanExporter } from '@opentelemetry/sdk-trace-node';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SANDBOX_CREDENTIALS, type SandboxConfig } from '../../sandbox';
import { TestSandbox } from './sandbox';
import { freePort } from './ports';
import { TEST_AUTH_ENV, operatorAuthorization } from './auth';

export interface GraphQLReply<T = any> {
  status: number;
  body: { data?: T; errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[] };
}

/**
 * A gateway on a free loopback port, in front of its own TestSandbox (contract-checked), exactly as
 * it would run against the real platform: configured with TELEGENT_BASE_URL and credentials.
 */
export class TestGateway {
  private constructor(
    readonly sandbox: TestSandbox,
    readonly app: App,
    /** Whether `stop()` stops the sandbox too (not for a gateway started beside another). */
    private readonly ownsSandbox = true,
  ) {}

  /**
   * `publicUrl: true` gives the gateway a free port known in advance and PUBLIC_URL pointing at it,
   * so it registers its webhooks with the sandbox as it would with the real platform. `logger`
   * replaces the silent one (to read what the gateway logs).
   */
  static async start(options: TestGatewayOptions & { sandbox?: Partial<SandboxConfig> } = {}): Promise<TestGateway> {
    const sandbox = await TestSandbox.start(options.sandbox ?? {});
    return new TestGateway(sandbox, await startApp(sandbox, options));
  }

  /** Another instance in front of `other`'s sandbox (scale-out tests); its `stop()` leaves the sandbox running. */
  static async startBeside(other: TestGateway, options: TestGatewayOptions = {}): Promise<TestGateway> {
    return new TestGateway(other.sandbox, await startApp(other.sandbox, options), false);
  }

  get url(): string {
    return this.app.url;
  }

  /** Runs a typed document from test/__generated__ (or raw query text) over HTTP, as the operator unless `headers` carry another Authorization. */
  async query<T = any, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    headers: Record<string, string> = {},
  ): Promise<GraphQLReply<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(hasAuthorization(headers) ? {} : { Authorization: await operatorAuthorization() }), ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLReply<T>['body'] };
  }

  async stop(): Promise<void> {
    await this.app.stop();
    if (this.ownsSandbox) await this.sandbox.stop();
  }
}

export interface TestGatewayOptions {
  env?: Record<string, string>;
  publicUrl?: boolean;
  logger?: Logger;
  /** Receives the gateway's spans, each as it ends (e.g. an InMemorySpanExporter), whatever OTEL_* says. */
  spanExporter?: SpanExporter;
}

/** The gateway app in front of `sandbox`, configured as against the real platform, listening on loopback. */
async function startApp(sandbox: TestSandbox, options: TestGatewayOptions): Promise<App> {
  const port = options.publicUrl ? await freePort() : 0;
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  const config = loadConfig({
    TELEGENT_BASE_URL: sandbox.url,
    TELEGENT_ACCOUNT_KEY: accountKey,
    TELEGENT_ACCOUNT_SECRET: accountSecret,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'silent',
    // Test files send hundreds of operations a minute as one operator; tests of the inbound limit set their own.
    INBOUND_RATE_LIMIT_PER_MINUTE: '1000000',
    // The whole quota at once, unpaced, as for one caller: tests of the fair share set the burst they measure.
    UPSTREAM_RATE_LIMIT_BURST: options.env?.UPSTREAM_RATE_LIMIT_PER_MINUTE ?? '50',
    // No read-ahead at start: tests count the upstream calls their own operations make. Tests of the warm-up turn it on.
    CACHE_WARM: 'false',
    // Nor background refreshes, which would land in the middle of counted calls: tests of the refresher turn them on.
    CACHE_REFRESH_QUOTA_PERCENT: '0',
    ...(options.env?.AUTH_MODE === 'none' ? {} : TEST_AUTH_ENV),
    ...(options.publicUrl ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
    ...options.env,
  });
  const app = await buildApp(config, { ...(options.logger ? { logger: options.logger } : {}), ...(options.spanExporter ? { spanExporter: options.spanExporter } : {}) });
  // PORT in `env` wins (a restart on the same port and PUBLIC_URL).
  await app.start(config.port);
  return app;
}


function hasAuthorization(headers: Record<string, string>): boolean {
  return Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
}

/**
 * The `extensions` every query or mutation answer carries (README "The read cache", "Upstream
 * budget in each answer"): how old its data is, and what it cost of the upstream quota.
 */
export function answerExtensions(upstream: { calls?: number; quotaRemaining?: number } = {}): Record<string, unknown> {
  return {
    freshness: expect.any(Number),
    upstream: { calls: upstream.calls ?? expect.any(Number), quotaRemaining: upstream.quotaRemaining ?? expect.any(Number) },
  };
}
