import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SANDBOX_CREDENTIALS, type SandboxConfig } from '../../sandbox';
import { TestSandbox } from './sandbox';

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
  ) {}

  static async start(options: { sandbox?: Partial<SandboxConfig>; env?: Record<string, string> } = {}): Promise<TestGateway> {
    const sandbox = await TestSandbox.start(options.sandbox ?? {});
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const config = loadConfig({
      TELEGENT_BASE_URL: sandbox.url,
      TELEGENT_ACCOUNT_KEY: accountKey,
      TELEGENT_ACCOUNT_SECRET: accountSecret,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      ...options.env,
    });
    const app = await buildApp(config);
    await app.start(0);
    return new TestGateway(sandbox, app);
  }

  get url(): string {
    return this.app.url;
  }

  /** Runs a typed document from test/__generated__ (or raw query text) over HTTP. */
  async query<T = any, V = Record<string, unknown>>(
    document: TypedDocumentNode<T, V> | string,
    variables?: V,
    headers: Record<string, string> = {},
  ): Promise<GraphQLReply<T>> {
    const query = typeof document === 'string' ? document : print(document);
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLReply<T>['body'] };
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.sandbox.stop();
  }
}
