import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import type { ProvisionNumberInput } from '../__generated__/operations';
import { type GraphQLReply, TestGateway } from '../helpers/gateway';
import { TestSandbox } from '../helpers/sandbox';
import { acmeProvisionInput } from '../helpers/numbers';
import { operatorHeaders } from '../helpers/auth';
import { startGatewayProcess } from '../helpers/gateway-process';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PROVISION = 'POST /v1.0/numbers/provision';
/** 20% of provisioning answers lost after Telegent bought the number. */
const LOSSY = { rules: [{ endpoint: PROVISION, drop: 'after', rate: 0.2 }] };
// Hundreds of purchases of one shape wait their turn behind one lease: a load well past what one
// operation's default deadline (and a busy 2-core CI its store timeout) is meant for; this test is
// about every key resolving.
const QUOTA = { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000', REQUEST_DEADLINE_MS: '60000', SHUTDOWN_GRACE_MS: '90000', REDIS_COMMAND_TIMEOUT_MS: '3000' };
const PHONE_NUMBER = /\+?1?\d{10}/;

const inventoryOf = async (sandbox: TestSandbox, accountId: string): Promise<string[]> =>
  (await sandbox.client().get('/numbers/inventory', { AccountId: accountId, TotalPerPage: 1000 })).body.PhoneNumbers.map((n: { Number: string }) => n.Number);

type Provision = (url: string, input: ProvisionNumberInput) => Promise<GraphQLReply>;
const provision: Provision = async (url, input) => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await operatorHeaders()) },
    body: JSON.stringify({ query: 'mutation($input: ProvisionNumberInput!) { provisionNumber(input: $input) { order { id } phoneNumber { number } } }', variables: { input } }),
  });
  return { status: response.status, body: (await response.json()) as GraphQLReply['body'] };
};

/**
 * `keys` idempotency keys, each sent `urls.length` times at once (one call per instance), all
 * keys at once, while answers are lost; then retry passes, each key once on the next instance.
 * Checks that each key bought one number, that every key resolved to it, and that no error
 * names a number.
 */
async function provisionUnderLoss(sandbox: TestSandbox, urls: string[], keys: number): Promise<void> {
  const base = await acmeProvisionInput(sandbox);
  const [before, inventoryBefore] = [(await sandbox.stats()).byEndpoint[PROVISION] ?? 0, await inventoryOf(sandbox, base.accountId!)];
  const inputs = Array.from({ length: keys }, () => ({ ...base, idempotencyKey: randomUUID() }));
  await sandbox.admin('PUT', 'faults', LOSSY);

  const first = await Promise.all(inputs.flatMap((input) => urls.map((url) => provision(url, input))));
  const lost = (await sandbox.admin('GET', 'faults')).body.rules[0].hits as number;
  // About a fifth lost (none at all is a 1-in-100 chance for 20 keys, so only checked with many).
  if (keys >= 50) expect(lost).toBeGreaterThan(0);
  const errors = first.flatMap((reply) => reply.body.errors ?? []);
  expect(errors.filter((e) => e.extensions?.code !== 'UPSTREAM_OUTCOME_UNKNOWN')).toEqual([]);
  expect((await sandbox.stats()).byEndpoint[PROVISION]! - before).toBe(keys);

  const resolved = new Map<string, string>();
  const unresolved: string[] = [];
  for (let pass = 1; pass <= 2; pass += 1) {
    const pending = inputs.filter((input) => !resolved.has(input.idempotencyKey!));
    const retries = await Promise.all(pending.map((input, i) => provision(urls[(pass + i) % urls.length]!, input)));
    unresolved.length = 0;
    retries.forEach((reply, i) => {
      if (reply.body.errors) unresolved.push(`${reply.body.errors[0]!.extensions?.code}: ${reply.body.errors[0]!.message}`);
      else resolved.set(pending[i]!.idempotencyKey!, reply.body.data.provisionNumber.phoneNumber.number);
    });
  }
  expect(unresolved).toEqual([]);
  expect(errors.filter((e) => PHONE_NUMBER.test(e.message)).map((e) => e.message)).toEqual([]);
  // Every call that did answer agrees with what its key resolved to.
  first.forEach((reply, i) => {
    if (!reply.body.errors) expect(reply.body.data.provisionNumber.phoneNumber.number).toBe(resolved.get(inputs[Math.floor(i / urls.length)]!.idempotencyKey!));
  });
  const bought = (await inventoryOf(sandbox, base.accountId!)).filter((n) => !inventoryBefore.includes(n));
  expect(bought).toHaveLength(keys);
  expect([...resolved.values()].sort()).toEqual(bought.sort());
  expect((await sandbox.stats()).byEndpoint[PROVISION]! - before).toBe(keys);
  // One error per lost answer at most: the calls waiting on its key got the number it was settled on.
  expect(errors.length).toBeLessThanOrEqual(lost);
  await sandbox.admin('DELETE', 'faults');
}

describe('provisionNumber under concurrency and lost answers, several instances on one Redis', () => {
  it('should buy one number per key and resolve every key on retry: 60 keys × 3 concurrent calls on 3 instances, 20% of answers lost', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { ...QUOTA, REDIS_URL } });
    const others = [await TestGateway.startBeside(gateway, { env: { ...QUOTA, REDIS_URL } }), await TestGateway.startBeside(gateway, { env: { ...QUOTA, REDIS_URL } })];
    try {
      await provisionUnderLoss(gateway.sandbox, [gateway, ...others].map((g) => g.url), 60);
    } finally {
      for (const other of others) await other.stop();
      await gateway.stop();
    }
  }, 120_000);

  it('should resolve a key whose provisioning ran beside one without a key, both answers lost', async () => {
    const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: QUOTA });
    try {
      const { sandbox } = gateway;
      const base = await acmeProvisionInput(sandbox);
      const inventoryBefore = await inventoryOf(sandbox, base.accountId!);
      await sandbox.admin('PUT', 'faults', { rules: [{ endpoint: PROVISION, drop: 'after', times: 2 }] });
      const keyed = { ...base, idempotencyKey: randomUUID() };
      const lost = await Promise.all([provision(gateway.url, base), provision(gateway.url, keyed)]);
      expect(lost.map((reply) => reply.body.errors?.[0]?.extensions?.code)).toEqual(['UPSTREAM_OUTCOME_UNKNOWN', 'UPSTREAM_OUTCOME_UNKNOWN']);

      const retry = await provision(gateway.url, keyed);
      expect(retry.body.errors).toBeUndefined();
      const bought = (await inventoryOf(sandbox, base.accountId!)).filter((n) => !inventoryBefore.includes(n));
      expect(bought).toHaveLength(2);
      expect(bought).toContain(retry.body.data.provisionNumber.phoneNumber.number);
      expect((await sandbox.stats()).byEndpoint[PROVISION]).toBe(2);
    } finally {
      await gateway.stop();
    }
  });

  it('should do the same across three gateway processes (dist/src/index.js): 20 keys × 3', async () => {
    const sandbox = await TestSandbox.start({ rateLimitPerMinute: 100_000 });
    const children: ChildProcess[] = [];
    try {
      const urls = await Promise.all(
        [0, 1, 2].map(async () => {
          const { child, url } = await startGatewayProcess(
            {
              ...QUOTA,
              TELEGENT_BASE_URL: sandbox.url,
              TELEGENT_ACCOUNT_KEY: SANDBOX_CREDENTIALS[0].accountKey,
              TELEGENT_ACCOUNT_SECRET: SANDBOX_CREDENTIALS[0].accountSecret,
              REDIS_URL,
            },
            { timeoutMs: 30_000 },
          );
          children.push(child);
          return url;
        }),
      );
      await provisionUnderLoss(sandbox, urls, 20);
    } finally {
      for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
      await sandbox.stop();
    }
  }, 120_000);
});
