/**
 * The large seed (README "The large seed"): how long it takes to seed (start and reset), and what
 * the list endpoints the gateway reads in bulk cost on it, per page, first page against last.
 * Each request is sent `--repeat` times, one at a time; prints the median and slowest ms and the
 * answer's size.
 * Run: `npm run bench:sandbox-large -- --repeat 15` (the default).
 */
import { performance } from 'node:perf_hooks';
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';
import { argument, percentile } from './helpers';

async function main(): Promise<void> {
  const repeat = argument('repeat', 15);
  const started = performance.now();
  const sandbox = await startSandbox({ config: { port: 0, rateLimitPerMinute: 1_000_000 }, env: { SANDBOX_SEED: 'large' } });
  const startMs = performance.now() - started;
  try {
    const resetStarted = performance.now();
    await fetch(`${sandbox.url}/_sandbox/reset`, { method: 'POST' });
    console.log(`SANDBOX_SEED=large: start ${startMs.toFixed(0)} ms, reset ${(performance.now() - resetStarted).toFixed(0)} ms`);

    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const minted = await fetch(`${sandbox.url}/v1.0/oauth2/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ AccountKey: accountKey, AccountSecret: accountSecret }),
    });
    const authorization = `Bearer ${((await minted.json()) as { token: string }).token}`;
    const state = sandbox.state();
    const distributorId = state.distributors.values().find((d) => d.accountKey === accountKey)!.id;
    const accounts = state.accountsOf(distributorId);
    const bulkAccount = accounts.at(-1)!;
    const subscriber = state.subscribers.ofDistributor(distributorId).at(-1)!;
    const number = state.numbers.ofDistributor(distributorId).at(-1)!;

    const measure = async (label: string, path: string, query: Record<string, string | number>): Promise<void> => {
      const url = `${sandbox.url}/v1.0${path}?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`;
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < repeat; i += 1) {
        const sent = performance.now();
        const response = await fetch(url, { headers: { authorization } });
        bytes = (await response.arrayBuffer()).byteLength;
        times.push(performance.now() - sent);
        if (response.status !== 200) throw new Error(`${label}: the sandbox answered ${response.status}`);
      }
      times.sort((a, b) => a - b);
      const kib = (bytes / 1024).toFixed(0).padStart(6);
      console.log(`  ${label.padEnd(58)} median ${percentile(times, 50).toFixed(1).padStart(6)} ms, max ${times.at(-1)!.toFixed(1).padStart(6)} ms, ${kib} KiB`);
    };

    console.log(`list endpoints (${repeat} times each, one at a time)`);
    await measure('distributor/subscribers page 1 of 500', '/distributor/subscribers', { PageNumber: 1, TotalPerPage: 500 });
    await measure('distributor/subscribers page 41 of 500 (the last)', '/distributor/subscribers', { PageNumber: 41, TotalPerPage: 500 });
    await measure('numbers/inventory page 1 of 1000', '/numbers/inventory', { PageNumber: 1, TotalPerPage: 1000 });
    await measure('numbers/inventory page 31 of 1000 (the last)', '/numbers/inventory', { PageNumber: 31, TotalPerPage: 1000 });
    await measure('numbers/inventory Filter=Parked page 1 of 1000', '/numbers/inventory', { Filter: 'Parked', TotalPerPage: 1000 });
    await measure('numbers/inventory AccountId=<last bulk> page 1 of 1000', '/numbers/inventory', { AccountId: bulkAccount.id, TotalPerPage: 1000 });
    await measure('distributor/subscriptions (all, unpaged)', '/distributor/subscriptions', {});
    await measure('distributor/subscriptions Filter=Inactive', '/distributor/subscriptions', { Filter: 'Inactive' });
    await measure('subscribers/get (the last subscriber)', '/subscribers/get', { SubscriberId: subscriber.id });
    await measure('numbers?PhoneNumber= (the last number)', '/numbers', { PhoneNumber: number.number });
  } finally {
    await sandbox.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
