import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { demoPrincipals } from '../../src/server/auth/dev-issuer';
import type { DevPrincipalView } from '../../src/server/auth/dev-routes';
import { exampleDataOf } from '../../src/server/graphiql-examples';
import { SANDBOX_CREDENTIALS, type SandboxConfig } from '../../sandbox';
import type { GraphQLReply } from './gateway';
import { TestSandbox } from './sandbox';

/**
 * The gateway as `npm start` runs it with no configuration: sandbox mode, so its own development
 * issuer (no test IdP), the demo principals, 127.0.0.1 — in front of a contract-checked TestSandbox.
 */
export class SandboxModeGateway {
  private constructor(
    readonly sandbox: TestSandbox,
    readonly app: App,
  ) {}

  /** `sandbox` and `env` change what `npm start` would not (a larger quota, for a file that sends many operations). */
  static async start(options: { sandbox?: Partial<SandboxConfig>; env?: Record<string, string> } = {}): Promise<SandboxModeGateway> {
    const sandbox = await TestSandbox.start(options.sandbox ?? {});
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const app = await buildApp(loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...options.env }), {
      upstream: { baseUrl: sandbox.url, credentials: { accountKey, accountSecret }, local: true },
      demoPrincipals: demoPrincipals(sandbox.sandbox.demoIdentities()),
      graphiqlExampleData: exampleDataOf(sandbox.sandbox.demoIdentities()),
    });
    await app.start();
    return new SandboxModeGateway(sandbox, app);
  }

  /** The GraphQL endpoint. */
  get url(): string {
    return this.app.url;
  }

  get origin(): string {
    return new URL(this.app.url).origin;
  }

  /** `GET /dev/principals`: the demo principals with fresh tokens. */
  async principals(): Promise<DevPrincipalView[]> {
    const response = await fetch(`${this.origin}/dev/principals`);
    if (response.status !== 200) throw new Error(`/dev/principals answered ${response.status}`);
    return (await response.json()) as DevPrincipalView[];
  }

  /** The `Authorization` value of the demo principal of this role. */
  async demoAuthorization(role: DevPrincipalView['role']): Promise<string> {
    return `Bearer ${(await this.principals()).find((p) => p.role === role)!.token}`;
  }

  /** Runs an operation over HTTP, as the demo operator unless `headers` carry another Authorization. */
  async query<T = any, V = Record<string, unknown>>(document: TypedDocumentNode<T, V> | string, variables?: V, headers: Record<string, string> = {}): Promise<GraphQLReply<T>> {
    const authorization: Record<string, string> = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization') ? {} : { Authorization: await this.demoAuthorization('operator') };
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...authorization, ...headers },
      body: JSON.stringify({ query: typeof document === 'string' ? document : print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLReply<T>['body'] };
  }

  async stop(): Promise<void> {
    await this.app.stop();
    await this.sandbox.stop();
  }
}
