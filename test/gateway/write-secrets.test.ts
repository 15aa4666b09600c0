import { randomInt, randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import KeyvRedis from '@keyv/redis';
import { type DocumentNode, print } from 'graphql';
import pino from 'pino';
import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import {
  ActivateVoicemailDocument,
  CreateDistributorDocument,
  CreateSubscriberDocument,
  UpdateDistributorDocument,
  UpdateSubscriberDocument,
  UpdateVoicemailDocument,
} from '../__generated__/operations';
import { type GraphQLReply } from '../helpers/gateway';
import { seededNumbers } from '../helpers/numbers';
import { TestSandbox } from '../helpers/sandbox';
import { TEST_AUTH_ENV, operatorHeaders } from '../helpers/auth';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Passwords, PINs and a new distributor's secret go to Telegent and, for the secret, once to the
 * caller: never into the gateway's logs (at trace level) or its shared store, and never into an
 * answer other than the one that creates them.
 */
describe('secrets in writes', () => {
  let sandbox: TestSandbox;
  let app: App;
  const logs: string[] = [];
  const answers: string[] = [];

  /** Runs an operation on the gateway and keeps its raw answer. */
  const query = async <T>(document: DocumentNode, variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GraphQLReply<T>> => {
    const response = await fetch(app.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()), ...headers },
      body: JSON.stringify({ query: print(document), variables }),
    });
    const text = await response.text();
    answers.push(text);
    return { status: response.status, body: JSON.parse(text) };
  };

  /** Every value the gateway keeps in Redis, as text (other test files share the server; the secrets are random). */
  const storedValues = async (): Promise<string> => {
    const redis = new KeyvRedis(REDIS_URL);
    try {
      const client = await redis.getClient();
      const values: string[] = [];
      for (const key of await client.keys('*')) {
        if ((await client.type(key)) === 'string') values.push(String(await client.get(key)));
      }
      return values.join('\n');
    } finally {
      await redis.disconnect();
    }
  };

  beforeAll(async () => {
    sandbox = await TestSandbox.start({ rateLimitPerMinute: 100_000 });
    const logger = pino({ level: 'trace' }, new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) }));
    app = await buildApp(
      loadConfig({
        TELEGENT_BASE_URL: sandbox.url,
        TELEGENT_ACCOUNT_KEY: SANDBOX_CREDENTIALS[0].accountKey,
        TELEGENT_ACCOUNT_SECRET: SANDBOX_CREDENTIALS[0].accountSecret,
        ...TEST_AUTH_ENV,
        HOST: '127.0.0.1',
        REDIS_URL,
      }),
      { logger },
    );
    await app.start(0);
  });
  afterAll(async () => {
    await app.stop();
    await sandbox.stop();
  });

  it('should keep passwords, PINs and the new distributor’s secret out of logs, the shared store and other answers', async () => {
    const seed = await seededNumbers(sandbox);
    const [password, newPassword] = [`pw-${randomUUID()}`, `pw-${randomUUID()}`];
    const [pin, newPin] = [String(randomInt(1e9, 1e10)), String(randomInt(1e9, 1e10))];
    const line = seed.mvno[70]!.Number;

    const created = await query<any>(
      CreateSubscriberDocument,
      { input: { accountId: seed.acmeId, name: 'Secret Keeper', email: `keeper.${randomUUID().slice(0, 8)}@acme.example`, password } },
      { 'Idempotency-Key': randomUUID() },
    );
    const subscriberId = created.body.data.createSubscriber.subscriber.id;
    expect((await query(UpdateSubscriberDocument, { input: { subscriberId, password: newPassword } })).body.errors).toBeUndefined();
    await query(CreateSubscriberDocument, { input: { accountId: seed.acmeId, name: 'X', email: 'bad', password } });
    expect((await query(ActivateVoicemailDocument, { input: { number: line, pin } })).body.errors).toBeUndefined();
    await query(ActivateVoicemailDocument, { input: { number: line, pin: newPin } }); // refused: already active
    expect((await query(UpdateVoicemailDocument, { input: { number: line, pin: newPin } })).body.errors).toBeUndefined();
    await query(UpdateVoicemailDocument, { input: { number: line, pin: `${newPin}0` } }); // refused locally: 11 digits
    const distributor = await query<any>(CreateDistributorDocument, { input: { name: 'Vault Wireless' } });
    const creation = answers.length - 1;
    const { accountKey, accountSecret } = distributor.body.data.createDistributor.credentials;
    await query(UpdateDistributorDocument, { input: { distributorId: accountKey, name: 'Vault Wireless 2' } });
    const own = (await sandbox.client().get('/distributor/subscribers', { TotalPerPage: 1 })).body.DistributorId;
    await query(UpdateDistributorDocument, { input: { distributorId: own, name: 'Telegent Sandbox Distributor' } });

    const secrets = [password, newPassword, pin, newPin, accountSecret, SANDBOX_CREDENTIALS[0].accountSecret];
    expect(logs.length).toBeGreaterThan(0);
    const logText = logs.join('');
    expect(secrets.filter((s) => logText.includes(s))).toEqual([]);
    const stored = await storedValues();
    expect(secrets.filter((s) => stored.includes(s))).toEqual([]);
    // The new secret is in exactly one answer: the one that created it.
    expect(answers.filter((a) => a.includes(accountSecret))).toEqual([answers[creation]]);
    const others = answers.filter((_, i) => i !== creation).join('\n');
    expect(secrets.filter((s) => others.includes(s))).toEqual([]);
  });
});
