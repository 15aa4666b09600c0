/**
 * The fair share of the quota (README "Fair share of the quota"), measured through the gateway's
 * HTTP interface with principals from an identity provider of the bench's own.
 *
 * 1. One principal's burst against another's single query: a sandbox at Telegent's 50 requests a
 *    minute; a partner sends `--burst` distinct one-call queries at once, and `--victim-delay-ms`
 *    later a manager sends one. Prints the manager's latency and outcome, what the partner got,
 *    and the upstream's calls and 429s.
 * 2. The inbound limit: one principal sends `--operations` operations that cost no upstream call
 *    (INBOUND_RATE_LIMIT_PER_MINUTE=`--inbound-limit`); prints how many were answered and refused,
 *    the RateLimit headers and Retry-After, and that another principal is untouched. With
 *    REDIS_URL set, the same against two instances on that Redis (the count is shared).
 *
 * Run: `npm run bench:fair -- --burst 60 --victim-delay-ms 100 --deadline-ms 10000 --inbound-limit 120 --operations 150`
 * (the defaults; `--deadline-ms` is REQUEST_DEADLINE_MS).
 */
import { performance } from 'node:perf_hooks';
import { type BenchIssuer, argument, createBenchIssuer, percentile, startGatewayOnSandbox } from './helpers';

const seconds = (ms: number): string => (ms / 1000).toFixed(2);

interface Outcome {
  status: number;
  ms: number;
  /** 'answered', or the first error's code. */
  code: string;
  retryAfter: unknown;
  headers: Headers;
}

async function send(url: string, authorization: string, query: string): Promise<Outcome> {
  const sent = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify({ query }) });
  const body = (await response.json()) as { errors?: { extensions?: { code?: string; retryAfter?: unknown } }[] };
  const error = body.errors?.[0]?.extensions;
  return { status: response.status, ms: performance.now() - sent, code: error?.code ?? 'answered', retryAfter: error?.retryAfter, headers: response.headers };
}

const describeOutcome = (o: Outcome): string => `${o.code}${o.retryAfter === undefined ? '' : ` (retryAfter ${String(o.retryAfter)} s)`} after ${seconds(o.ms)} s`;

function countBy(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o.code, (counts.get(o.code) ?? 0) + 1);
  return [...counts].map(([code, n]) => `${n} ${code}`).join(', ');
}

async function upstreamStats(sandboxUrl: string): Promise<{ total: number; byStatus: Record<string, number> }> {
  return (await (await fetch(`${sandboxUrl}/_sandbox/stats`)).json()) as { total: number; byStatus: Record<string, number> };
}

async function burstAgainstOne(issuer: BenchIssuer): Promise<void> {
  const burst = argument('burst', 60);
  const victimDelayMs = argument('victim-delay-ms', 100);
  const deadlineMs = argument('deadline-ms', 10_000);
  const env = { REQUEST_DEADLINE_MS: String(deadlineMs), SHUTDOWN_GRACE_MS: String(deadlineMs + 10_000) };
  const { sandbox, app } = await startGatewayOnSandbox(env, { upstreamPerMinute: 50, issuer });
  try {
    const acme = sandbox.demoIdentities().acme.accountId;
    const partner = await issuer.authorization({ sub: 'bench-partner', role: 'partner', accounts: [acme] });
    const manager = await issuer.authorization({ sub: 'bench-manager', role: 'manager', accounts: [acme] });
    const started = performance.now();
    const bursting = Promise.all(Array.from({ length: burst }, (_, n) => send(app.url, partner, `{ order(id: "JNUOID-burst-${n}") { id } }`)));
    await new Promise((resolve) => setTimeout(resolve, victimDelayMs));
    const victim = await send(app.url, manager, '{ order(id: "JNUOID-victim") { id } }');
    const partnerOutcomes = await bursting;
    const elapsedMs = performance.now() - started;
    const stats = await upstreamStats(sandbox.url);
    const answered = partnerOutcomes.filter((o) => o.code === 'answered').map((o) => o.ms).sort((a, b) => a - b);
    console.log(`1. a partner sends ${burst} one-call queries at once; ${victimDelayMs} ms later a manager sends one (upstream at 50/min, REQUEST_DEADLINE_MS=${deadlineMs})`);
    console.log(`   manager's query: ${describeOutcome(victim)}`);
    console.log(`   partner: ${countBy(partnerOutcomes)}; answered p50 ${seconds(percentile(answered, 50))} s, max ${seconds(answered.at(-1) ?? 0)} s`);
    console.log(`   upstream: ${stats.total} calls, 429s: ${stats.byStatus['429'] ?? 0}; took ${seconds(elapsedMs)} s`);
  } finally {
    await app.stop();
    await sandbox.stop();
  }
}

/** `operations` cost-free operations of one principal, spread over `urls` in turn, 10 at a time. */
async function flood(urls: string[], authorization: string, operations: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (let next = 0; next < operations; next += 10) {
    const batch = Array.from({ length: Math.min(10, operations - next) }, (_, i) => send(urls[(next + i) % urls.length]!, authorization, '{ __typename }'));
    outcomes.push(...(await Promise.all(batch)));
  }
  return outcomes;
}

function describeFlood(outcomes: Outcome[]): void {
  const refused = outcomes.filter((o) => o.status === 429);
  const lastAnswered = outcomes.filter((o) => o.status === 200).at(-1);
  const decision = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  console.log(`   ${outcomes.length - refused.length} answered, ${refused.length} refused with 429 (${countBy(refused) || 'none'}); p50 ${decision.length ? (percentile(decision, 50)).toFixed(1) : 0} ms`);
  console.log(`   last answer: RateLimit-Policy ${lastAnswered?.headers.get('ratelimit-policy') ?? '(none)'}, RateLimit ${lastAnswered?.headers.get('ratelimit') ?? '(none)'}`);
  if (refused[0]) console.log(`   first 429: Retry-After ${refused[0].headers.get('retry-after')}, RateLimit ${refused[0].headers.get('ratelimit')}, ${describeOutcome(refused[0])}`);
}

async function inboundLimit(issuer: BenchIssuer): Promise<void> {
  const limit = argument('inbound-limit', 120);
  const operations = argument('operations', 150);
  const env = { INBOUND_RATE_LIMIT_PER_MINUTE: String(limit) };
  const { sandbox, app } = await startGatewayOnSandbox(env, { issuer });
  try {
    const acme = sandbox.demoIdentities().acme.accountId;
    const flooder = await issuer.authorization({ sub: 'bench-flooder', role: 'partner', accounts: [acme] });
    const other = await issuer.authorization({ sub: 'bench-other', role: 'manager', accounts: [acme] });
    const before = (await upstreamStats(sandbox.url)).total;
    console.log(`2. one partner sends ${operations} operations within a minute (INBOUND_RATE_LIMIT_PER_MINUTE=${limit}, one instance)`);
    describeFlood(await flood([app.url], flooder, operations));
    console.log(`   another principal meanwhile: ${describeOutcome(await send(app.url, other, '{ __typename }'))}; upstream calls: ${(await upstreamStats(sandbox.url)).total - before}`);
  } finally {
    await app.stop();
    await sandbox.stop();
  }
  if (!process.env.REDIS_URL) {
    console.log('   (set REDIS_URL to measure two instances sharing the count)');
    return;
  }
  const first = await startGatewayOnSandbox({ ...env, REDIS_URL: process.env.REDIS_URL }, { issuer });
  const second = await startGatewayOnSandbox({ ...env, REDIS_URL: process.env.REDIS_URL }, { issuer, sandbox: first.sandbox });
  try {
    // A principal of its own, so the count starts at zero whatever earlier runs left in Redis.
    const flooder = await issuer.authorization({ sub: `bench-flooder-${Date.now()}`, role: 'operator' });
    console.log(`   two instances on ${process.env.REDIS_URL}, the operations alternating between them:`);
    describeFlood(await flood([first.app.url, second.app.url], flooder, operations));
  } finally {
    await second.app.stop();
    await first.app.stop();
    await first.sandbox.stop();
  }
}

async function main(): Promise<void> {
  const issuer = createBenchIssuer();
  await burstAgainstOne(issuer);
  await inboundLimit(issuer);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
