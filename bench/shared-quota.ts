/**
 * The shared quota: several gateway processes on one Redis in front of one sandbox at Telegent's
 * 50 requests/minute, with distinct queries spread over them. Prints the upstream calls per minute,
 * the upstream's 429s, and what clients saw (answers, UPSTREAM_RATE_LIMITED, latency percentiles).
 * Run: `npm run bench:quota -- --instances 3 --queries 150 --seconds 60` (the defaults); REDIS_URL
 * names the Redis (default redis://127.0.0.1:6379; keys are scoped by the sandbox's random port).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';
import { argument, percentile } from './helpers';

const WINDOW_MS = 60_000;

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

async function startInstance(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, '../src/index.js')], { env, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += String(chunk)));
  const deadline = Date.now() + 20_000;
  while (!/GraphQL at (\S+)/.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`a gateway did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, url: /GraphQL at (\S+)/.exec(output)![1]! };
}

async function main(): Promise<void> {
  const instanceCount = argument('instances', 3);
  const queryCount = argument('queries', 150);
  const spreadMs = argument('seconds', 60) * 1000;
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const sandbox = await startSandbox({ config: { port: 0 } });
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  const env = {
    ...process.env,
    TELEGENT_BASE_URL: sandbox.url,
    TELEGENT_ACCOUNT_KEY: accountKey,
    TELEGENT_ACCOUNT_SECRET: accountSecret,
    REDIS_URL: redisUrl,
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    // The shared quota is measured, not who calls: every caller is the operator (and no inbound limit applies).
    AUTH_MODE: 'none',
  };
  const instances = await Promise.all(Array.from({ length: instanceCount }, () => startInstance(env)));

  const latencies: number[] = [];
  const outcomes = new Map<string, number>();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: queryCount }, async (_, n) => {
      await new Promise((resolve) => setTimeout(resolve, (n * spreadMs) / queryCount));
      const sent = performance.now();
      const response = await fetch(instances[n % instanceCount]!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ order(id: "JNUOID-${n}") { id } }` }),
      });
      const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
      latencies.push(performance.now() - sent);
      const outcome = body.errors?.[0]?.extensions?.code ?? 'answered';
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
    }),
  );
  const elapsedMs = performance.now() - started;

  const stats = (await (await fetch(`${sandbox.url}/_sandbox/stats`)).json()) as { total: number; byStatus: Record<string, number> };
  const log = (await (await fetch(`${sandbox.url}/_sandbox/requests`)).json()) as { requests?: { at: string }[] } | { at: string }[];
  const times = (Array.isArray(log) ? log : (log.requests ?? [])).map((r) => Date.parse(r.at)).sort((a, b) => a - b);
  let busiest = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i]! - times[j]! >= WINDOW_MS) j += 1;
    busiest = Math.max(busiest, i - j + 1);
  }
  const sorted = [...latencies].sort((a, b) => a - b);

  console.log(`${instanceCount} gateway processes on ${redisUrl}, ${queryCount} distinct queries over ${seconds(spreadMs)} s (took ${seconds(elapsedMs)} s)`);
  console.log(`upstream: ${stats.total} calls, ${(stats.total / (elapsedMs / WINDOW_MS)).toFixed(1)} per minute on average, ${busiest} in the busiest minute; 429s: ${stats.byStatus['429'] ?? 0}`);
  console.log(`clients: ${[...outcomes].map(([outcome, count]) => `${count} ${outcome}`).join(', ')}`);
  console.log(`client latency: p50 ${seconds(percentile(sorted, 50))} s, p90 ${seconds(percentile(sorted, 90))} s, p95 ${seconds(percentile(sorted, 95))} s, max ${seconds(sorted.at(-1) ?? 0)} s`);

  for (const { child } of instances) {
    child.kill('SIGTERM');
    if (child.exitCode === null && child.signalCode === null) await once(child, 'exit');
  }
  await sandbox.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
