import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createServer, type AddressInfo } from 'node:net';
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
    /** False for a second gateway in front of another one's sandbox: stopping it leaves the sandbox running. */
    private readonly ownsSandbox: boolean,
  ) {}

  /**
   * `publicUrl: true` gives the gateway a free port known in advance and PUBLIC_URL pointing at it,
   * so it registers its webhooks with the sandbox as it would with the real platform.
   */
  static async start(
    options: { sandbox?: Partial<SandboxConfig>; upstream?: TestSandbox; env?: Record<string, string>; publicUrl?: boolean } = {},
  ): Promise<TestGateway> {
    const sandbox = options.upstream ?? (await TestSandbox.start(options.sandbox ?? {}));
    const port = options.publicUrl ? await freePort() : 0;
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const config = loadConfig({
      TELEGENT_BASE_URL: sandbox.url,
      TELEGENT_ACCOUNT_KEY: accountKey,
      TELEGENT_ACCOUNT_SECRET: accountSecret,
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'silent',
      ...(options.publicUrl ? { PUBLIC_URL: `http://127.0.0.1:${port}` } : {}),
      ...options.env,
    });
    const app = await buildApp(config);
    await app.start(config.port);
    return new TestGateway(sandbox, app, options.upstream === undefined);
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
    if (this.ownsSandbox) await this.sandbox.stop();
  }
}

/** A port free right now on loopback (for a server whose URL must be known before it starts). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
