import { type App, buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { SANDBOX_CREDENTIALS } from '../../sandbox';
import { AccountScreenDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { TEST_AUTH_ENV, operatorHeaders } from '../helpers/auth';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('tokens in Redis (REDIS_URL)', () => {
  it('should let a second gateway instance reuse the tokens the first one minted', async () => {
    const first = await TestGateway.start({ env: { REDIS_URL } });
    let second: App | undefined;
    try {
      const acme = (await first.sandbox.accountIds())['Acme Mobile']!;
      expect((await first.query(AccountScreenDocument, { id: acme, first: 2 })).body.errors).toBeUndefined();
      const minted = (await first.sandbox.stats()).byEndpoint['POST /v1.0/oauth2/tokens'];
      expect(minted).toBeGreaterThan(0);

      // Another instance, same upstream and credentials, same Redis: a cold start that mints nothing.
      second = await buildApp(
        loadConfig({
          TELEGENT_BASE_URL: first.sandbox.url,
          TELEGENT_ACCOUNT_KEY: SANDBOX_CREDENTIALS[0].accountKey,
          TELEGENT_ACCOUNT_SECRET: SANDBOX_CREDENTIALS[0].accountSecret,
        ...TEST_AUTH_ENV,
          REDIS_URL,
          HOST: '127.0.0.1',
          LOG_LEVEL: 'silent',
        }),
      );
      await second.start(0);
      const reply = await fetch(second.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(await operatorHeaders()) },
        body: JSON.stringify({ query: '{ account(id: "' + acme + '") { name subscribers(first: 1) { totalCount } } }' }),
      });
      expect(((await reply.json()) as { data: unknown }).data).toEqual({ account: { name: 'Acme Mobile', subscribers: { totalCount: 125 } } });
      expect((await first.sandbox.stats()).byEndpoint['POST /v1.0/oauth2/tokens']).toBe(minted);
    } finally {
      await second?.stop();
      await first.stop();
    }
  });
});
