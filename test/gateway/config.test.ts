import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';
import { parsePublicKeys } from '../../src/server/auth/jwt-verifier';

describe('loadConfig', () => {
  it('should default to sandbox mode on port 4000 with the standard-tier limit', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, telegentBaseUrl: null, credentials: null, upstreamRateLimitPerMinute: 50, introspection: true, redisUrl: null, memoryStoreMaxEntries: 50_000 });
    expect(config).toMatchObject({ publicUrl: null, orderPollMinIntervalMs: 10_000, orderPollMaxIntervalMs: 600_000, wsConnectionInitTimeoutMs: 10_000, wsKeepAliveMs: 12_000 });
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('should bound each operation by a 10 s deadline and keep a fifth of the quota per instance while Redis is away', () => {
    expect(loadConfig({})).toMatchObject({ requestDeadlineMs: 10_000, upstreamRateLimitFallbackPerMinute: 10 });
    expect(loadConfig({ UPSTREAM_RATE_LIMIT_PER_MINUTE: '3' }).upstreamRateLimitFallbackPerMinute).toBe(1);
  });

  it('should leave the burst to the limiter (half the quota) and allow each principal 120 operations a minute, by role where set', () => {
    expect(loadConfig({})).toMatchObject({ upstreamRateLimitBurst: null, inboundRateLimitPerMinute: { operator: 120, partner: 120, manager: 120, subscriber: 120 } });
    const config = loadConfig({ UPSTREAM_RATE_LIMIT_BURST: '40', INBOUND_RATE_LIMIT_PER_MINUTE: '60', INBOUND_RATE_LIMIT_PER_MINUTE_OPERATOR: '600' });
    expect(config).toMatchObject({ upstreamRateLimitBurst: 40, inboundRateLimitPerMinute: { operator: 600, partner: 60, manager: 60, subscriber: 60 } });
  });

  it('should bound every Redis command to half a second unless told otherwise', () => {
    expect(loadConfig({}).redisCommandTimeoutMs).toBe(500);
    expect(loadConfig({ REDIS_COMMAND_TIMEOUT_MS: '2000' }).redisCommandTimeoutMs).toBe(2_000);
  });

  it('should serve the metrics on the main port unless METRICS_PORT names another, and label 100 operation names by default', () => {
    expect(loadConfig({})).toMatchObject({ metricsPort: null, metricsMaxOperationNames: 100 });
    expect(loadConfig({ METRICS_PORT: '9464', METRICS_MAX_OPERATION_NAMES: '20' })).toMatchObject({ metricsPort: 9464, metricsMaxOperationNames: 20 });
    expect(loadConfig({ METRICS_PORT: '0' }).metricsPort).toBe(0);
    expect(() => loadConfig({ METRICS_PORT: 'nine' })).toThrow(new ConfigError("METRICS_PORT must be an integer from 0 to 65535, got 'nine'"));
    expect(() => loadConfig({ PORT: '4000', METRICS_PORT: '4000' })).toThrow(new ConfigError('METRICS_PORT (4000) must differ from PORT: unset it to serve /metrics on the main port'));
  });

  it('should use a configured upstream, dropping a trailing /v1.0', () => {
    const config = loadConfig({ TELEGENT_BASE_URL: 'https://api.telegent.com/v1.0/', TELEGENT_ACCOUNT_KEY: 'DID-1', TELEGENT_ACCOUNT_SECRET: 's3cret', AUTH_MODE: 'none' });
    expect(config.telegentBaseUrl).toBe('https://api.telegent.com');
    expect(config.credentials).toEqual({ accountKey: 'DID-1', accountSecret: 's3cret' });
  });

  it.each([
    [{ TELEGENT_BASE_URL: 'https://api.telegent.com' }, 'TELEGENT_ACCOUNT_KEY is required when TELEGENT_BASE_URL is set'],
    [{ TELEGENT_BASE_URL: 'https://api.telegent.com', TELEGENT_ACCOUNT_KEY: 'k' }, 'TELEGENT_ACCOUNT_SECRET is required when TELEGENT_BASE_URL is set'],
    [{ TELEGENT_ACCOUNT_KEY: 'k' }, 'TELEGENT_BASE_URL is required when TELEGENT_ACCOUNT_KEY or TELEGENT_ACCOUNT_SECRET is set'],
    [{ TELEGENT_BASE_URL: 'api.telegent.com' }, "TELEGENT_BASE_URL must be an absolute URL, got 'api.telegent.com'"],
    [{ TELEGENT_BASE_URL: 'ftp://api.telegent.com' }, "TELEGENT_BASE_URL must use https: or http:, got 'ftp:'"],
    [{ PORT: '80a' }, "PORT must be an integer from 0 to 65535, got '80a'"],
    [{ PORT: '70000' }, "PORT must be an integer from 0 to 65535, got '70000'"],
    [{ UPSTREAM_RATE_LIMIT_PER_MINUTE: '0' }, "UPSTREAM_RATE_LIMIT_PER_MINUTE must be an integer from 1 to 100000, got '0'"],
    [{ GRAPHQL_INTROSPECTION: 'maybe' }, "GRAPHQL_INTROSPECTION must be true or false, got 'maybe'"],
    [{ REDIS_URL: 'http://localhost:6379' }, "REDIS_URL must use redis: or rediss:, got 'http:'"],
    [{ MEMORY_STORE_MAX_ENTRIES: '10' }, "MEMORY_STORE_MAX_ENTRIES must be an integer from 100 to 10000000, got '10'"],
    [{ PUBLIC_URL: 'gateway.example.com' }, "PUBLIC_URL must be an absolute URL, got 'gateway.example.com'"],
    [{ ORDER_POLL_MIN_INTERVAL_MS: '5000', ORDER_POLL_MAX_INTERVAL_MS: '1000' }, 'ORDER_POLL_MAX_INTERVAL_MS (1000) must not be below ORDER_POLL_MIN_INTERVAL_MS (5000)'],
    [{ WS_KEEPALIVE_MS: '0' }, "WS_KEEPALIVE_MS must be an integer from 100 to 600000, got '0'"],
    [{ LOG_LEVEL: 'loud' }, "LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, got 'loud'"],
    [{ REQUEST_DEADLINE_MS: '10s' }, "REQUEST_DEADLINE_MS must be an integer from 100 to 600000, got '10s'"],
    [{ REQUEST_DEADLINE_MS: '20000', SHUTDOWN_GRACE_MS: '15000' }, 'SHUTDOWN_GRACE_MS (15000) must be longer than REQUEST_DEADLINE_MS (20000), so operations in flight at shutdown can finish'],
    [{ UPSTREAM_RATE_LIMIT_PER_MINUTE: '20', UPSTREAM_RATE_LIMIT_FALLBACK_PER_MINUTE: '30' }, "UPSTREAM_RATE_LIMIT_FALLBACK_PER_MINUTE must be an integer from 1 to 20, got '30'"],
    [{ REDIS_COMMAND_TIMEOUT_MS: '10' }, "REDIS_COMMAND_TIMEOUT_MS must be an integer from 50 to 60000, got '10'"],
    [{ UPSTREAM_RATE_LIMIT_BURST: '51' }, "UPSTREAM_RATE_LIMIT_BURST must be an integer from 1 to 50, got '51'"],
    [{ INBOUND_RATE_LIMIT_PER_MINUTE: '0' }, "INBOUND_RATE_LIMIT_PER_MINUTE must be an integer from 1 to 1000000, got '0'"],
    [{ INBOUND_RATE_LIMIT_PER_MINUTE_PARTNER: 'lots' }, "INBOUND_RATE_LIMIT_PER_MINUTE_PARTNER must be an integer from 1 to 1000000, got 'lots'"],
  ])('should reject %j naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('should read ALLOWED_ORIGINS as origins, and the WebSocket limits', () => {
    expect(loadConfig({})).toMatchObject({ allowedOrigins: [], wsMaxPayloadBytes: 1_048_576, wsMaxSubscriptions: 20 });
    const config = loadConfig({ ALLOWED_ORIGINS: ' https://App.example.com , http://localhost:3000/,https://a.example:443', WS_MAX_PAYLOAD_BYTES: '65536', WS_MAX_SUBSCRIPTIONS: '5' });
    expect(config).toMatchObject({ allowedOrigins: ['https://app.example.com', 'http://localhost:3000', 'https://a.example'], wsMaxPayloadBytes: 65_536, wsMaxSubscriptions: 5 });
  });

  it.each([
    [{ ALLOWED_ORIGINS: 'https://app.example.com/path' }, 'https://app.example.com/path'],
    [{ ALLOWED_ORIGINS: 'https://app.example.com,*' }, '*'],
    [{ ALLOWED_ORIGINS: 'app.example.com' }, 'app.example.com'],
    [{ ALLOWED_ORIGINS: 'ftp://app.example.com' }, 'ftp://app.example.com'],
    [{ ALLOWED_ORIGINS: 'https://user@app.example.com' }, 'https://user@app.example.com'],
  ])('should reject ALLOWED_ORIGINS %j naming the setting and the entry', (env, entry) => {
    expect(() => loadConfig(env)).toThrow(
      new ConfigError(`ALLOWED_ORIGINS must be a comma-separated list of origins such as https://app.example.com (scheme, host, optional port; no path), got '${entry}'`),
    );
  });

  it.each([
    [{ WS_MAX_PAYLOAD_BYTES: '10' }, "WS_MAX_PAYLOAD_BYTES must be an integer from 1024 to 104857600, got '10'"],
    [{ WS_MAX_SUBSCRIPTIONS: '0' }, "WS_MAX_SUBSCRIPTIONS must be an integer from 1 to 100000, got '0'"],
  ])('should reject the WebSocket limit %j naming the setting', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('should never put the secret in an error message', () => {
    expect(() => loadConfig({ TELEGENT_BASE_URL: 'nope', TELEGENT_ACCOUNT_KEY: 'k', TELEGENT_ACCOUNT_SECRET: 'super-secret' })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('super-secret') }),
    );
  });
});

describe('loadConfig: authentication', () => {
  const upstream = { TELEGENT_BASE_URL: 'https://api.telegent.com', TELEGENT_ACCOUNT_KEY: 'DID-1', TELEGENT_ACCOUNT_SECRET: 's3cret' };
  const idp = { AUTH_ISSUER: 'https://idp.example.com/', AUTH_AUDIENCE: 'telegent-graph', AUTH_JWKS_URL: 'https://idp.example.com/.well-known/jwks.json' };

  it('should run the development issuer in sandbox mode without configuration, on loopback', () => {
    expect(loadConfig({})).toMatchObject({ host: '127.0.0.1', auth: { mode: 'sandbox', issuer: null, apiKeySecret: null } });
  });

  it('should read an identity provider with the default claim names, skew and algorithms, listening on every interface', () => {
    const config = loadConfig({ ...upstream, ...idp });
    expect(config.host).toBe('0.0.0.0');
    expect(config.auth).toEqual({
      mode: 'jwt',
      ...{ issuer: 'https://idp.example.com/', audience: 'telegent-graph', jwksUrl: 'https://idp.example.com/.well-known/jwks.json', publicKeys: null },
      jwksCooldownSec: 10,
      algorithms: ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'],
      clockToleranceSec: 30,
      claims: { role: 'telegent_role', accounts: 'telegent_accounts', subscriber: 'telegent_subscriber', scope: 'scope', audience: 'aud' },
      apiKeySecret: null,
    });
  });

  it('should read renamed claims, an algorithm list, the skew, the JWKS cooldown, inline keys and the API key secret', () => {
    const config = loadConfig({
      ...upstream,
      AUTH_ISSUER: 'https://login.microsoftonline.com/t/v2.0',
      AUTH_AUDIENCE: 'api://telegent-graph',
      AUTH_JWT_PUBLIC_KEYS: '{"keys":[]}',
      AUTH_ALGORITHMS: 'RS256, PS256',
      AUTH_CLOCK_TOLERANCE_SEC: '5',
      AUTH_JWKS_COOLDOWN_SEC: '60',
      AUTH_CLAIM_ROLE: 'roles',
      AUTH_CLAIM_ACCOUNTS: 'extension_accounts',
      AUTH_CLAIM_SUBSCRIBER: 'extension_tsuid',
      AUTH_CLAIM_SCOPE: 'scp',
      AUTH_CLAIM_AUDIENCE: 'client_id',
      AUTH_API_KEY_SECRET: 'k'.repeat(32),
    });
    expect(config.auth).toMatchObject({
      mode: 'jwt',
      publicKeys: '{"keys":[]}',
      jwksUrl: null,
      algorithms: ['RS256', 'PS256'],
      clockToleranceSec: 5,
      jwksCooldownSec: 60,
      claims: { role: 'roles', accounts: 'extension_accounts', subscriber: 'extension_tsuid', scope: 'scp', audience: 'client_id' },
      apiKeySecret: 'k'.repeat(32),
    });
  });

  it('should turn authentication off only when AUTH_MODE=none says so, on loopback', () => {
    expect(loadConfig({ ...upstream, AUTH_MODE: 'none' })).toMatchObject({ host: '127.0.0.1', auth: { mode: 'none' } });
    expect(loadConfig({ ...upstream, AUTH_MODE: 'None', HOST: '::1' })).toMatchObject({ host: '::1', auth: { mode: 'none' } });
    expect(loadConfig({ AUTH_MODE: 'none' }).auth.mode).toBe('none');
  });

  it.each([
    [
      upstream,
      'Authentication is not configured: set AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL (or AUTH_JWT_PUBLIC_KEYS), or AUTH_MODE=none to let every caller act as the operator on 127.0.0.1 (README "Authentication and access")',
    ],
    [{ AUTH_MODE: 'jwt' }, expect.stringMatching(/^Authentication is not configured: set AUTH_ISSUER/)],
    [{ ...upstream, AUTH_MODE: 'basic' }, "AUTH_MODE must be jwt or none, got 'basic'"],
    [
      { ...upstream, AUTH_MODE: 'none', HOST: '0.0.0.0' },
      "AUTH_MODE=none serves every caller as the operator, so the gateway listens on loopback only: HOST must be 127.0.0.1, ::1 or localhost, got '0.0.0.0'",
    ],
    [
      { ...upstream, ...idp, AUTH_MODE: 'none' },
      'AUTH_MODE=none turns authentication off: unset AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL and AUTH_JWT_PUBLIC_KEYS, or unset AUTH_MODE',
    ],
    [{ ...upstream, ...idp, AUTH_ISSUER: '' }, 'AUTH_ISSUER is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens from any other issuer are refused'],
    [{ ...upstream, ...idp, AUTH_AUDIENCE: ' ' }, 'AUTH_AUDIENCE is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens meant for another API are refused'],
    [{ ...upstream, ...idp, AUTH_JWKS_URL: '' }, 'AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS is required: the keys tokens are verified with'],
    [{ ...upstream, ...idp, AUTH_JWKS_URL: 'idp.example.com/jwks' }, "AUTH_JWKS_URL must be an absolute URL, got 'idp.example.com/jwks'"],
    [{ ...upstream, ...idp, AUTH_JWKS_URL: 'ftp://idp.example.com/jwks' }, "AUTH_JWKS_URL must use https: or http:, got 'ftp:'"],
    [
      { ...upstream, ...idp, AUTH_ALGORITHMS: 'RS256,HS256,none' },
      "AUTH_ALGORITHMS may list only asymmetric algorithms (RS256, RS384, RS512, PS256, PS384, PS512, ES256, ES384, ES512, EdDSA), got 'HS256, none'",
    ],
    [{ ...upstream, ...idp, AUTH_CLOCK_TOLERANCE_SEC: '600' }, "AUTH_CLOCK_TOLERANCE_SEC must be an integer from 0 to 300, got '600'"],
    [{ ...upstream, ...idp, AUTH_JWKS_COOLDOWN_SEC: '0' }, "AUTH_JWKS_COOLDOWN_SEC must be an integer from 1 to 3600, got '0'"],
    [{ ...upstream, ...idp, AUTH_API_KEY_SECRET: 'short-secret' }, 'AUTH_API_KEY_SECRET must be at least 32 characters (a random value, e.g. openssl rand -hex 32)'],
  ])('should reject %j naming the setting', (env, message) => {
    let thrown: unknown;
    try {
      loadConfig(env);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConfigError);
    expect((thrown as Error).message).toEqual(message);
  });

  it('should check AUTH_JWT_PUBLIC_KEYS when the gateway is built, naming it', () => {
    for (const text of ['{ not json', 'no key here', '-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', '{"kty":"oct","k":"c2VjcmV0"}', '{"kty":"RSA","kid":"k1"}']) {
      expect(() => parsePublicKeys(text)).toThrow(expect.objectContaining({ name: 'ConfigError', message: expect.stringMatching(/^AUTH_JWT_PUBLIC_KEYS/) }));
    }
  });
});

describe('npm start with a bad setting', () => {
  it('should stop with one clear line naming it', () => {
    const result = spawnSync(process.execPath, [join(__dirname, '../../dist/src/index.js')], {
      env: { ...process.env, PORT: 'eighty' },
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe("telegent-graph: PORT must be an integer from 0 to 65535, got 'eighty'\n");
  });
});

describe('npm start: the default posture', () => {
  const ENTRY = join(__dirname, '../../dist/src/index.js');
  /** This process's environment without any setting the test gives itself. */
  const cleanEnv = (): NodeJS.ProcessEnv =>
    Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(AUTH_|TELEGENT_|HOST$|PORT$|LOG_LEVEL$|REDIS_URL$)/.test(name)));
  const upstream = { TELEGENT_BASE_URL: 'http://127.0.0.1:9', TELEGENT_ACCOUNT_KEY: 'DID-1', TELEGENT_ACCOUNT_SECRET: 'not-a-real-secret' };

  it('should refuse to start against a real upstream without authentication configured, naming the settings', () => {
    const result = spawnSync(process.execPath, [ENTRY], { env: { ...cleanEnv(), ...upstream }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')).toEqual([expect.stringMatching(/^telegent-graph: Authentication is not configured: set AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL \(or AUTH_JWT_PUBLIC_KEYS\), or AUTH_MODE=none/), '']);
    expect(result.stderr).not.toContain('not-a-real-secret');
  });

  it('should refuse AUTH_MODE=none on an interface other than loopback', () => {
    const result = spawnSync(process.execPath, [ENTRY], { env: { ...cleanEnv(), ...upstream, AUTH_MODE: 'none', HOST: '0.0.0.0' }, encoding: 'utf8', timeout: 20_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^telegent-graph: AUTH_MODE=none serves every caller as the operator, so the gateway listens on loopback only: HOST must be .*, got '0.0.0.0'\n$/);
  });

  it('should warn at start that AUTH_MODE=none serves every caller as the operator', async () => {
    const child = spawn(process.execPath, [ENTRY], { env: { ...cleanEnv(), AUTH_MODE: 'none', PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)));
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)));
    try {
      const deadline = Date.now() + 20_000;
      while (!output.includes('GraphQL at ')) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the gateway did not start: ${output}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const warnings = output.split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(warnings).toContainEqual(expect.objectContaining({ level: 40, msg: expect.stringMatching(/^AUTH_MODE=none: every caller is the operator.*127\.0\.0\.1/) }));
      expect(output).toMatch(/GraphQL at http:\/\/127\.0\.0\.1:\d+\/graphql/);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
    }
  });
});
