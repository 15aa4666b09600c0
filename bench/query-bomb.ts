/**
 * The query bomb: three levels of the cyclic relation Subscriber.account.subscribers (a few hundred
 * bytes) sent by many clients at once, next to an ordinary account screen. Prints the gateway's
 * RSS before and after, how long the refusals took, and how long the screen waited meanwhile.
 * Run: `npm run bench:query-bomb -- --bombs 200` (default 100).
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { argument, mib, percentile, startGatewayOnSandbox } from './helpers';

function cyclicQuery(levels: number, accountId: string): string {
  let inner = 'id';
  for (let i = 1; i < levels; i += 1) inner = `id account { subscribers(first:100){ edges{ node{ ${inner} } } } }`;
  return `{ account(id:"${accountId}"){ subscribers(first:100){ edges{ node{ ${inner} } } } } }`;
}

async function main(): Promise<void> {
  const bombs = argument('bombs', 100);
  const { sandbox, app } = await startGatewayOnSandbox();
  const info = (await (await fetch(`${sandbox.url}/_sandbox/info`)).json()) as { distributors: { Accounts: { AccountId: string }[] }[] };
  const accountId = info.distributors[0]!.Accounts[0]!.AccountId;
  const post = async (query: string): Promise<{ status: number; ms: number; code: unknown }> => {
    const started = performance.now();
    const response = await fetch(app.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { errors?: { extensions?: { code?: unknown } }[] };
    return { status: response.status, ms: performance.now() - started, code: body.errors?.[0]?.extensions?.code ?? 'ok' };
  };
  const screen = `{ account(id:"${accountId}"){ name subscribers(first:100){ edges{ node{ id name numbers{ number subscription{ id package{ name } } } } } } } }`;
  await post(screen); // warm: tokens and code paths

  global.gc?.();
  const rssBefore = process.memoryUsage().rss;
  const bomb = cyclicQuery(3, accountId);
  const [refusals, other] = await Promise.all([Promise.all(Array.from({ length: bombs }, () => post(bomb))), post(screen)]);
  const rssAfter = process.memoryUsage().rss;
  global.gc?.();
  const rssAfterGc = process.memoryUsage().rss;
  const times = refusals.map((r) => r.ms).sort((a, b) => a - b);
  const codes = [...new Set(refusals.map((r) => `${r.status} ${String(r.code)}`))];
  const stats = (await (await fetch(`${sandbox.url}/_sandbox/stats`)).json()) as { total: number };

  console.log(`query bomb: ${bombs} × three levels of Subscriber.account.subscribers (${bomb.length} bytes), with one account screen beside them`);
  console.log(`  answers: ${codes.join(', ')}`);
  console.log(`  refusal time: p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms`);
  console.log(`  account screen meanwhile: ${other.code} in ${other.ms.toFixed(1)} ms`);
  console.log(`  RSS: ${mib(rssBefore)} MiB before, ${mib(rssAfter)} MiB after (${mib(rssAfter - rssBefore)} MiB more), ${mib(rssAfterGc)} MiB after GC`);
  console.log(`  upstream requests in all (warm-up included): ${stats.total}`);
  await app.stop();
  await sandbox.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
