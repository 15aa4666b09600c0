import { once } from 'node:events';
import { print } from 'graphql';
import { OrderUpdatesDocument } from '../__generated__/operations';
import { subscribe, wsClient } from '../helpers/subscriptions';
import { operatorHeaders } from '../helpers/auth';
import { type GatewayProcess, startGatewayProcess } from '../helpers/gateway-process';

/** Starts the real entry point in sandbox mode; resolves with its GraphQL URL and its embedded sandbox's URL. */
async function startEntryPoint(env: Record<string, string> = {}): Promise<GatewayProcess & { sandboxUrl: string }> {
  const started = await startGatewayProcess(env, { ready: SANDBOX_ADMIN });
  return { ...started, sandboxUrl: SANDBOX_ADMIN.exec(started.output())![1]! };
}

const SANDBOX_ADMIN = /admin API (\S+)\/_sandbox/;

describe('npm start and SIGTERM', () => {
  it('should let in-flight operations finish past Apollo’s own 10 s drain, answer each, then exit 0', async () => {
    const { child, url, sandboxUrl, output } = await startEntryPoint({ REQUEST_DEADLINE_MS: '20000', SHUTDOWN_GRACE_MS: '30000' });
    try {
      // Every read of the subscriber list takes 12 s upstream.
      const faults = await fetch(`${sandboxUrl}/_sandbox/faults`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ rules: [{ endpoint: 'GET /v1.0/distributor/subscribers', latencyMs: 12_000 }] }),
      });
      expect(faults.status).toBeLessThan(300);
      type Reply = { status: number; body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } };
      const auth = await operatorHeaders();
      const inFlight = Array.from({ length: 20 }, (_, i): Promise<Reply> =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...auth },
          body: JSON.stringify({ query: `{ accounts(first: ${i + 1}) { edges { node { name } } } }` }),
        }).then(
          async (response) => ({ status: response.status, body: (await response.json()) as Reply['body'] }),
          (error: Error) => ({ status: 0, body: { errors: [{ extensions: { code: `connection lost: ${error.message}` } }] } }),
        ),
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      child.kill('SIGTERM');
      const replies = await Promise.all(inFlight);
      const [exitCode, signal] = await exited;
      // Each got its answer: the data, or a coded error from the gateway, never a dropped connection.
      for (const reply of replies) {
        expect(reply.status).toBe(200);
        expect(reply.body.data ?? reply.body.errors?.[0]?.extensions?.code).toBeTruthy();
      }
      expect(replies.filter((r) => r.body.data !== undefined && r.body.data !== null).length).toBeGreaterThan(0);
      expect({ exitCode, signal }).toEqual({ exitCode: 0, signal: null });
      expect(output()).toContain('SIGTERM: finishing in-flight operations');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);

  it('should tell subscribers to reconnect (1012) and exit cleanly', async () => {
    // The real entry point, in sandbox mode, on a port the OS picks.
    const { child, url } = await startGatewayProcess();
    try {
      const client = wsClient(url);
      let closeCode: number | null = null;
      client.on('closed', (event) => {
        closeCode = (event as { code: number }).code;
      });
      const log = subscribe(client, print(OrderUpdatesDocument));
      await new Promise((resolve) => client.on('connected', resolve));

      child.kill('SIGTERM');
      const [exitCode] = (await once(child, 'exit')) as [number | null];
      await log.until((l) => l.completed);
      expect(closeCode).toBe(1012);
      expect(exitCode).toBe(0);
      await client.dispose();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
