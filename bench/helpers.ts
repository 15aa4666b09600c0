/** What every benchmark shares: its command-line numbers, percentiles, units, and a gateway in front of a sandbox. */
import { type RunningSandbox, SANDBOX_CREDENTIALS, startSandbox } from '../sandbox';
import { type App, buildApp } from '../src/app';
import { loadConfig } from '../src/config';

/** `--name N` from the command line (a positive integer), else `fallback`. */
export function argument(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a positive integer`);
  return value;
}

/** The `p`th percentile of ascending `sorted` (0 when empty). */
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export const mib = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);

/** A sandbox without a quota and the gateway in front of it, in this process, on loopback; `env` adds settings. */
export async function startGatewayOnSandbox(env: Record<string, string> = {}): Promise<{ sandbox: RunningSandbox; app: App }> {
  const sandbox = await startSandbox({ config: { port: 0, rateLimitPerMinute: 1_000_000 } });
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  const app = await buildApp(
    loadConfig({
      TELEGENT_BASE_URL: sandbox.url,
      TELEGENT_ACCOUNT_KEY: accountKey,
      TELEGENT_ACCOUNT_SECRET: accountSecret,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000',
      // These benches measure the pipeline and the upstream, not authentication: every caller is the operator.
      AUTH_MODE: 'none',
      ...env,
    }),
  );
  await app.start(0);
  return { sandbox, app };
}
