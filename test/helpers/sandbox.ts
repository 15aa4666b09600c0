import { type RunningSandbox, SANDBOX_CREDENTIALS, type SandboxConfig, startSandbox } from '../../sandbox';
import type { ResponseRecord } from '../../sandbox';
import { ContractValidator } from './contract';
import { recordExercised } from './exercised';

export const API = '/v1.0';

export interface SandboxStats {
  total: number;
  byEndpoint: Record<string, number>;
  byStatus: Record<string, number>;
}

/** A JSON answer from the sandbox. */
export interface Reply<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

let validator: ContractValidator | undefined;

/**
 * A sandbox on a free loopback port for one test file. Every /v1.0 answer it gives is checked
 * against the OpenAPI contract; `stop()` fails the suite with the list of violations, so each
 * test file that talks to the sandbox is also a contract test.
 */
export class TestSandbox {
  readonly violations: string[] = [];
  private constructor(readonly sandbox: RunningSandbox) {}

  static async start(config: Partial<SandboxConfig> = {}, env: NodeJS.ProcessEnv = {}): Promise<TestSandbox> {
    validator ??= new ContractValidator();
    const checker = validator;
    let instance: TestSandbox | undefined;
    const pending: string[] = [];
    const sandbox = await startSandbox({
      env,
      config: { port: 0, webhookRetryDelaysMs: [50, 100, 200], ...config },
      onResponse: (record: ResponseRecord) => {
        recordExercised(record);
        const problem = checker.check(record);
        if (problem) (instance?.violations ?? pending).push(`${problem}\n  body: ${JSON.stringify(record.body)}`);
      },
    });
    instance = new TestSandbox(sandbox);
    instance.violations.push(...pending);
    return instance;
  }

  get url(): string {
    return this.sandbox.url;
  }

  /** Stops the server and throws if any answer broke the OpenAPI contract. */
  async stop(): Promise<void> {
    await this.sandbox.stop();
    if (this.violations.length > 0) {
      throw new Error(`sandbox answers that break openapi.yaml:\n${this.violations.join('\n')}`);
    }
  }

  async admin<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T>> {
    return send<T>(`${this.url}/_sandbox/${path}`, method, body);
  }

  async reset(): Promise<void> {
    await this.admin('POST', 'reset');
  }

  async stats(): Promise<SandboxStats> {
    return (await this.admin<SandboxStats>('GET', 'stats')).body;
  }

  async advanceClock(seconds: number): Promise<void> {
    await this.admin('POST', 'clock', { advanceSeconds: seconds });
  }

  /** A client authenticated as a seeded distributor (0: sandbox-key, 1: sandbox-key-2). */
  client(credential: 0 | 1 = 0): SandboxClient {
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[credential];
    return new SandboxClient(this.url, accountKey, accountSecret);
  }

  /** The seeded account IDs by name ("Acme Mobile", "Doe Family", "Initech Wireless"). */
  async accountIds(): Promise<Record<string, string>> {
    const info = (await this.admin('GET', 'info')).body as {
      distributors: { Accounts: { AccountId: string; AccountName: string }[] }[];
    };
    return Object.fromEntries(info.distributors.flatMap((d) => d.Accounts.map((a) => [a.AccountName, a.AccountId])));
  }
}

export async function send<T = any>(
  url: string,
  method: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? headers : { 'Content-Type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Talks to /v1.0 like an integrator would: one unscoped token, minted on first use. */
export class SandboxClient {
  private token: string | undefined;

  constructor(
    readonly baseUrl: string,
    readonly accountKey: string,
    private readonly accountSecret: string,
  ) {}

  async mintToken(apiEndpoint?: string): Promise<Reply> {
    return send(`${this.baseUrl}${API}/oauth2/tokens`, 'POST', {
      AccountKey: this.accountKey,
      AccountSecret: this.accountSecret,
      ...(apiEndpoint === undefined ? {} : { ApiEndpoint: apiEndpoint }),
    });
  }

  async bearer(): Promise<string> {
    if (!this.token) {
      const reply = await this.mintToken();
      if (reply.status !== 200) throw new Error(`token request failed: ${reply.status} ${JSON.stringify(reply.body)}`);
      this.token = reply.body.token as string;
    }
    return this.token;
  }

  /** GET `path` (relative to /v1.0) with a query string. */
  async get<T = any>(path: string, query: Record<string, string | number | boolean> = {}): Promise<Reply<T>> {
    const qs = new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)])).toString();
    return send<T>(`${this.baseUrl}${API}${path}${qs ? `?${qs}` : ''}`, 'GET', undefined, {
      Authorization: `Bearer ${await this.bearer()}`,
    });
  }

  /** POST a JSON body to `path` (relative to /v1.0). */
  async post<T = any>(path: string, body: unknown = {}): Promise<Reply<T>> {
    return send<T>(`${this.baseUrl}${API}${path}`, 'POST', body, { Authorization: `Bearer ${await this.bearer()}` });
  }
}
