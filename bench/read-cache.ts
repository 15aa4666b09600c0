/**
 * The read cache against the quota (README "The read cache"). Prints, for the goals of issue 13:
 * 1. warm: N account screens in one minute over the accounts of the large seed, through 3 gateway
 *    processes on Redis at Telegent's 50 requests/minute: client errors, upstream calls in that
 *    minute (refreshes included), latency percentiles, the freshness the answers reported;
 * 2. upstream calls per account screen on a warm gateway, demo seed and large seed;
 * 3. warm account-screen throughput with the cache and without it (CACHE=off, today's behaviour
 *    before the cache), one gateway process, no quota, and the share of its CPU spent in GC;
 * 4. the resident memory of a gateway holding the large seed's lists.
 * Also how long a cold gateway takes to be warm, for both seeds.
 *
 * Run: `npm run bench:cache` (about 8 minutes; `-- --screens 1000 --throughput-seconds 20`).
 * REDIS_URL names the Redis (default redis://127.0.0.1:6379; keys are scoped by the sandbox's port).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type RunningSandbox, SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';
import { argument, mib, percentile } from './helpers';
import type { GatewayProcessStats } from './gateway-process';

const SCREEN = `query AccountScreen($id: ID!) {
  account(id: $id) {
    name
    subscribers(first: 100) {
      totalCount
      edges { node { name role numbers { number numberType subscription { type package { name price } } } } }
    }
  }
}`;

interface Instance {
  child: ChildProcess;
  url: string;
  stats(): Promise<GatewayProcessStats>;
  stop(): Promise<void>;
}

/** Node's flags for the gateway processes: as deployed (README "The read cache"), unless GATEWAY_NODE_ARGS says otherwise. */
const DEPLOYED_NODE_ARGS = (process.env.GATEWAY_NODE_ARGS ?? '--max-semi-space-size=64').split(' ').filter(Boolean);

async function startInstance(env: NodeJS.ProcessEnv, execArgv = DEPLOYED_NODE_ARGS): Promise<Instance> {
  const child = fork(join(__dirname, 'gateway-process.js'), [], { env, execArgv, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('message', (message: { url: string }) => resolve(message.url));
    child.once('exit', (code) => reject(new Error(`a gateway exited with ${code}`)));
  });
  return {
    child,
    url,
    stats: () =>
      new Promise((resolve) => {
        child.once('message', (message: { stats: GatewayProcessStats }) => resolve(message.stats));
        child.send('stats');
      }),
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send('stop');
      await exited;
    },
  };
}

function gatewayEnv(sandbox: RunningSandbox, extra: Record<string, string>): NodeJS.ProcessEnv {
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  return {
    PATH: process.env.PATH,
    // As deployed: graphql-js and Apollo Server skip their development checks.
    NODE_ENV: 'production',
    TELEGENT_BASE_URL: sandbox.url,
    TELEGENT_ACCOUNT_KEY: accountKey,
    TELEGENT_ACCOUNT_SECRET: accountSecret,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // The cache and the quota are measured, not who calls: every caller is the operator.
    AUTH_MODE: 'none',
    ...extra,
  };
}

async function sandboxJson<T>(sandbox: RunningSandbox, path: string): Promise<T> {
  return (await (await fetch(`${sandbox.url}/_sandbox/${path}`)).json()) as T;
}

const upstreamCalls = async (sandbox: RunningSandbox): Promise<number> => (await sandboxJson<{ total: number }>(sandbox, 'stats')).total;

async function accountIds(sandbox: RunningSandbox): Promise<string[]> {
  const info = await sandboxJson<{ distributors: { Accounts: { AccountId: string }[] }[] }>(sandbox, 'info');
  return info.distributors[0]!.Accounts.map((a) => a.AccountId);
}

async function screen(url: string, id: string): Promise<{ ms: number; ok: boolean; freshness: number }> {
  const sent = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: SCREEN, variables: { id } }) });
  const body = (await response.json()) as { errors?: unknown[]; extensions?: { freshness?: number } };
  return { ms: performance.now() - sent, ok: response.status === 200 && !body.errors, freshness: body.extensions?.freshness ?? 0 };
}

interface CacheStats {
  kinds: Record<string, { entries: number; records: number; oldestAgeSec: number | null }>;
}

async function cacheStats(url: string): Promise<CacheStats> {
  return (await (await fetch(new URL('/cachez', url))).json()) as CacheStats;
}

/** Waits until `url`'s cache holds the directory, the subscriptions, the packages and an inventory per account; answers the seconds it took. */
async function waitWarm(url: string, accounts: number, startedAt: number): Promise<number> {
  for (;;) {
    const { kinds } = await cacheStats(url);
    const held = (kind: string): number => kinds[kind]?.entries ?? 0;
    if (held('subscribers') >= 1 && held('subscriptions') >= 1 && held('packages') >= 1 && held('inventory') >= accounts) {
      return (performance.now() - startedAt) / 1000;
    }
    if (performance.now() - startedAt > 15 * 60_000) throw new Error(`not warm after 15 minutes: ${JSON.stringify(kinds)}`);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

/** Goals 1 and 2 (and the warm-up time) for one seed. */
async function quotaRun(seed: 'demo' | 'large', screens: number, redisUrl: string): Promise<void> {
  const sandbox = await startSandbox({ env: { SANDBOX_SEED: seed }, config: { port: 0 } });
  const accounts = await accountIds(sandbox);
  const started = performance.now();
  const instances = await Promise.all([0, 1, 2].map(() => startInstance(gatewayEnv(sandbox, { REDIS_URL: redisUrl }))));
  try {
    // Every instance takes part in the warm-up; the first one's view says when the shared cache is complete.
    const warmSec = await waitWarm(instances[0]!.url, new Set(accounts).size, started);
    for (const instance of instances) await screen(instance.url, accounts[0]!);
    const before = await upstreamCalls(sandbox);
    const one = await screen(instances[1]!.url, accounts[accounts.length - 1]!);
    const perScreen = (await upstreamCalls(sandbox)) - before;
    console.log(`\n[${seed} seed] ${accounts.length} accounts; warm after ${warmSec.toFixed(0)} s (3 instances, 50 requests/minute)`);
    console.log(`  upstream calls for one account screen on the warm gateway: ${perScreen} (answered: ${one.ok})`);

    const callsBefore = await upstreamCalls(sandbox);
    const results: { ms: number; ok: boolean; freshness: number }[] = [];
    const runStarted = performance.now();
    await Promise.all(
      Array.from({ length: screens }, async (_, n) => {
        await new Promise((resolve) => setTimeout(resolve, (n * 60_000) / screens));
        results.push(await screen(instances[n % 3]!.url, accounts[n % accounts.length]!));
      }),
    );
    const runSec = (performance.now() - runStarted) / 1000;
    const calls = (await upstreamCalls(sandbox)) - callsBefore;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const freshness = results.map((r) => r.freshness).sort((a, b) => a - b);
    const { kinds } = await cacheStats(instances[0]!.url);
    console.log(`  ${screens} account screens over ${accounts.length} accounts in ${runSec.toFixed(1)} s through 3 instances:`);
    console.log(`    client errors: ${results.filter((r) => !r.ok).length}; upstream calls in that minute (refreshes included): ${calls}`);
    console.log(`    latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`);
    console.log(`    freshness reported: median ${percentile(freshness, 50)} s, p95 ${percentile(freshness, 95)} s, oldest ${freshness[freshness.length - 1]} s`);
    console.log(`    oldest data per kind now: ${Object.entries(kinds).map(([kind, k]) => `${kind} ${k.oldestAgeSec ?? '-'} s`).join(', ')}`);
    const rss = await Promise.all(instances.map(async (instance) => mib((await instance.stats()).rssBytes)));
    console.log(`    resident memory per instance: ${rss.join(', ')} MiB`);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
    await sandbox.stop();
  }
}

/** Goal 3 (and 4): warm throughput of one gateway process with and without the cache, no quota. */
async function throughputRun(seconds: number): Promise<void> {
  const sandbox = await startSandbox({ env: { SANDBOX_SEED: 'large' }, config: { port: 0, rateLimitPerMinute: 1_000_000 } });
  const accounts = await accountIds(sandbox);
  console.log(`\n[throughput] large seed, one gateway process, no quota, 16 account screens in flight for ${seconds} s`);
  try {
    const variants = [
      { cache: 'off', args: DEPLOYED_NODE_ARGS },
      { cache: 'on', args: [] },
      { cache: 'on', args: DEPLOYED_NODE_ARGS },
    ];
    for (const { cache, args } of variants) {
      const env = gatewayEnv(sandbox, { CACHE: cache, UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', REQUEST_DEADLINE_MS: '120000', SHUTDOWN_GRACE_MS: '130000' });
      const instance = await startInstance(env, args);
      try {
        // Warm: tokens, and with the cache every account's lists.
        await Promise.all(accounts.map((id) => screen(instance.url, id)));
        const before = await instance.stats();
        const latencies: number[] = [];
        let errors = 0;
        const until = performance.now() + seconds * 1000;
        let next = 0;
        await Promise.all(
          Array.from({ length: 16 }, async () => {
            while (performance.now() < until) {
              const result = await screen(instance.url, accounts[next++ % accounts.length]!);
              latencies.push(result.ms);
              if (!result.ok) errors += 1;
            }
          }),
        );
        const after = await instance.stats();
        latencies.sort((a, b) => a - b);
        const gcShare = (100 * (after.gcMs - before.gcMs)) / Math.max(1, after.cpuMs - before.cpuMs);
        console.log(
          `  CACHE=${cache}, node ${args.join(' ') || '(default heap)'}: ${(latencies.length / seconds).toFixed(1)} screens/s, p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
            `errors ${errors}, GC ${gcShare.toFixed(1)} % of the gateway's CPU, RSS ${mib(after.rssBytes)} MiB (heap ${mib(after.heapUsedBytes)} MiB)`,
        );
      } finally {
        await instance.stop();
      }
    }
  } finally {
    await sandbox.stop();
  }
}

async function main(): Promise<void> {
  const screens = argument('screens', 1000);
  const throughputSeconds = argument('throughput-seconds', 20);
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
  if (!only || only === 'throughput') await throughputRun(throughputSeconds);
  if (!only || only === 'demo') await quotaRun('demo', screens, redisUrl);
  if (!only || only === 'large') await quotaRun('large', screens, redisUrl);
}

void main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error);
    process.exit(1);
  },
);
