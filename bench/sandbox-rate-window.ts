/**
 * The sandbox rate limiter's cost per request against the number of hits in the window. A sandbox
 * with a quota no bench reaches (SANDBOX_RATE_LIMIT 1,000,000) answers `--requests` cheap reads
 * (`GET /v1.0/numbers?PhoneNumber=`, `--concurrency` at a time over keep-alive) twice: with an
 * empty window, then after `--fill` more requests of the same AccountKey have gone through it. The
 * two requests/s figures should be close; so should the two figures for `RateLimiter.take` alone.
 * `--rounds` repeats the pair, moving the sandbox clock a minute on in between (the window empties).
 * Run: `npm run bench:sandbox -- --fill 40000 --requests 5000 --concurrency 16 --rounds 3` (the defaults).
 */
import { performance } from 'node:perf_hooks';
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';
import { SandboxClock } from '../sandbox/clock';
import { RateLimiter } from '../sandbox/rate-limiter';
import { argument, percentile } from './helpers';

const QUOTA = 1_000_000;

const perSecond = (count: number, ms: number): string => Math.round((count * 1000) / ms).toLocaleString('en-US');

/** Sends `count` GETs to `url`, `concurrency` at a time; the elapsed ms. Fails on any non-200. */
async function drive(url: string, authorization: string, count: number, concurrency: number): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        next += 1;
        const response = await fetch(url, { headers: { authorization } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`the sandbox answered ${response.status}`);
      }
    }),
  );
  return performance.now() - started;
}

async function throughHttp(fill: number, requests: number, concurrency: number, rounds: number): Promise<void> {
  const sandbox = await startSandbox({ config: { port: 0, rateLimitPerMinute: QUOTA } });
  try {
    const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
    const minted = await fetch(`${sandbox.url}/v1.0/oauth2/tokens`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ AccountKey: accountKey, AccountSecret: accountSecret }),
    });
    const authorization = `Bearer ${((await minted.json()) as { token: string }).token}`;
    const number = sandbox.state().numbers.values()[0]!.number;
    const url = `${sandbox.url}/v1.0/numbers?PhoneNumber=${encodeURIComponent(number)}`;

    // A minute on the sandbox clock later, every hit has left the window.
    const emptyWindow = (): Promise<Response> =>
      fetch(`${sandbox.url}/_sandbox/clock`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ advanceSeconds: 61 }),
      });
    await drive(url, authorization, 10_000, concurrency); // warm the code paths (JIT, sockets)
    await emptyWindow();
    console.log(`through HTTP (GET /v1.0/numbers?PhoneNumber=, ${concurrency} at a time, SANDBOX_RATE_LIMIT=${QUOTA})`);
    const empty: number[] = [];
    const full: number[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const emptyMs = await drive(url, authorization, requests, concurrency);
      const fillMs = await drive(url, authorization, fill, concurrency);
      const fullMs = await drive(url, authorization, requests, concurrency);
      empty.push(emptyMs);
      full.push(fullMs);
      console.log(
        `  round ${round}: empty window ${perSecond(requests, emptyMs)} requests/s; ` +
          `${requests + fill} hits in the window ${perSecond(requests, fullMs)} requests/s ` +
          `(filling: ${perSecond(fill, fillMs)} requests/s)`,
      );
      await emptyWindow();
    }
    const median = (ms: number[]): number => percentile([...ms].sort((a, b) => a - b), 50);
    console.log(
      `  median: empty window ${perSecond(requests, median(empty))} requests/s, ` +
        `${requests + fill} hits in the window ${perSecond(requests, median(full))} requests/s`,
    );
  } finally {
    await sandbox.stop();
  }
}

function throughTake(fill: number, requests: number): void {
  const limiter = new RateLimiter(new SandboxClock(), QUOTA);
  const time = (count: number): number => {
    const started = performance.now();
    for (let i = 0; i < count; i += 1) {
      if (limiter.take('bench-key') !== null) throw new Error('the bench quota was reached');
    }
    return performance.now() - started;
  };
  time(requests); // warm
  limiter.reset();
  const emptyMs = time(requests);
  time(fill);
  const fullMs = time(requests);
  console.log('RateLimiter.take alone');
  console.log(`  empty window:            ${perSecond(requests, emptyMs)} calls/s`);
  console.log(`  ${String(requests + fill).padStart(6)} hits in the window: ${perSecond(requests, fullMs)} calls/s`);
}

async function main(): Promise<void> {
  const fill = argument('fill', 40_000);
  const requests = argument('requests', 5_000);
  const concurrency = argument('concurrency', 16);
  const rounds = argument('rounds', 3);
  await throughHttp(fill, requests, concurrency, rounds);
  throughTake(fill, requests);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
