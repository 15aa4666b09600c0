/**
 * Subscription fan-out: N graphql-ws clients watch one port-in order. Prints the memory the
 * subscriptions hold, the upstream order reads they cost, and how long each status change takes to
 * reach every client. Run: `npm run bench -- --clients 1000` (default 500).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { argument, mib, percentile, startGatewayOnSandbox } from './helpers';

const STEP_SEC = 60;
const ORDER_READS = 'GET /v1.0/numbers/order';

async function main(): Promise<void> {
  const clients = argument('clients', 500);
  const { sandbox, app } = await startGatewayOnSandbox({ ORDER_POLL_MIN_INTERVAL_MS: '100', ORDER_POLL_MAX_INTERVAL_MS: '200' });
  const post = async (path: string, body: unknown): Promise<any> =>
    (await fetch(`${sandbox.url}/_sandbox/${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
  const stats = async (): Promise<number> => ((await (await fetch(`${sandbox.url}/_sandbox/stats`)).json()) as { byEndpoint: Record<string, number> }).byEndpoint[ORDER_READS] ?? 0;
  const info = (await (await fetch(`${sandbox.url}/_sandbox/info`)).json()) as { distributors: { Accounts: { AccountId: string }[] }[] };
  const submitted = (await (
    await fetch(app.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($input: SubmitPortInInput!) { submitPortIn(input: $input) { order { id } } }',
        variables: {
          input: {
            number: '+13125550991',
            currentCarrierName: 'Verizon',
            currentAccountNumber: '1',
            currentAccountPassword: '0000',
            currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
            accountId: info.distributors[0]!.Accounts[0]!.AccountId,
          },
        },
      }),
    })
  ).json()) as { data: { submitPortIn: { order: { id: string } } } | null; errors?: unknown };
  if (!submitted.data) throw new Error(`submitPortIn failed: ${JSON.stringify(submitted.errors)}`);
  const orderId = submitted.data.submitPortIn.order.id;

  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const readsBefore = await stats();
  const seen: { status: string; at: number }[][] = Array.from({ length: clients }, () => []);
  const sockets = Array.from({ length: clients }, () => createClient({ url: app.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0 }));
  const started = performance.now();
  await Promise.all(
    sockets.map(
      (client, i) =>
        new Promise<void>((resolve) => {
          client.subscribe<{ orderStatusChanged: { status: string } }>(
            { query: 'subscription($id: ID!) { orderStatusChanged(orderId: $id) { status } }', variables: { id: orderId } },
            {
              next: ({ data }) => {
                seen[i]!.push({ status: data!.orderStatusChanged.status, at: performance.now() });
                if (seen[i]!.length === 1) resolve();
              },
              error: () => resolve(),
              complete: () => undefined,
            },
          );
        }),
    ),
  );
  const subscribedMs = performance.now() - started;
  global.gc?.();
  const heapAfter = process.memoryUsage().heapUsed;
  const readsToSubscribe = (await stats()) - readsBefore;

  const rows: string[] = [];
  for (let step = 1; step <= 3; step += 1) {
    const changedAt = performance.now();
    await post('clock', { advanceSeconds: STEP_SEC });
    while (seen.some((events) => events.length <= step)) await new Promise((resolve) => setTimeout(resolve, 5));
    const latencies = seen.map((events) => events[step]!.at - changedAt).sort((a, b) => a - b);
    rows.push(
      `| ${seen[0]![step]!.status} | ${percentile(latencies, 50).toFixed(0)} | ${percentile(latencies, 95).toFixed(0)} | ${latencies.at(-1)!.toFixed(0)} |`,
    );
  }
  const readsTotal = (await stats()) - readsBefore;

  process.stdout.write(
    [
      `subscription fan-out: ${clients} graphql-ws clients on one port-in order (node ${process.version}${global.gc ? ', --expose-gc' : ''})`,
      `subscribed all in ${subscribedMs.toFixed(0)} ms; upstream order reads meanwhile: ${readsToSubscribe} (one first read, then the one poll loop's)`,
      `heap held by the gateway, sandbox and clients in this process: +${mib(heapAfter - heapBefore)} MiB (${((heapAfter - heapBefore) / clients / 1024).toFixed(1)} KiB per client)`,
      '',
      '| status | p50 ms | p95 ms | max ms |  (from the sandbox clock moving to each client receiving it; polls every 100–200 ms)',
      '|---|---|---|---|',
      ...rows,
      '',
      `upstream order reads in all: ${readsTotal} (one poll loop, whatever the number of clients)`,
      '',
    ].join('\n'),
  );
  await Promise.all(sockets.map((client) => client.dispose()));
  await app.stop();
  await sandbox.stop();
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
