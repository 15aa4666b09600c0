import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/config';

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
