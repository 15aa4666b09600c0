/** What every benchmark shares: its command-line numbers, percentiles, units, an identity provider, and a gateway in front of a sandbox. */
import { generateKeyPairSync } from 'node:crypto';
import { SignJWT } from 'jose';
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

/** Who a bench token is for (the claims of README "Authentication and access"). */
export interface BenchPrincipal {
  sub: string;
  role: 'operator' | 'partner' | 'manager' | 'subscriber';
  accounts?: string[];
  subscriber?: string;
  /** Space-separated. @default 'read' */
  scope?: string;
}

/** An identity provider of the bench's own (an ES256 key pair made at start), as a deployment's IdP. */
export interface BenchIssuer {
  /** The settings a gateway trusts it with (AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWT_PUBLIC_KEYS). */
  env: Record<string, string>;
  /** `Bearer …` for `principal`, valid for an hour. */
  authorization(principal: BenchPrincipal): Promise<string>;
}

export function createBenchIssuer(): BenchIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const issuer = 'https://idp.bench.example/';
  const audience = 'telegent-graph';
  return {
    env: {
      AUTH_ISSUER: issuer,
      AUTH_AUDIENCE: audience,
      AUTH_JWT_PUBLIC_KEYS: JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: 'bench', alg: 'ES256', use: 'sig' }] }),
    },
    async authorization(principal) {
      const claims: Record<string, unknown> = { telegent_role: principal.role, scope: principal.scope ?? 'read' };
      if (principal.accounts) claims.telegent_accounts = principal.accounts;
      if (principal.subscriber) claims.telegent_subscriber = principal.subscriber;
      const token = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'ES256', kid: 'bench' })
        .setIssuer(issuer)
        .setAudience(audience)
        .setSubject(principal.sub)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      return `Bearer ${token}`;
    },
  };
}

export interface GatewayOnSandboxOptions {
  /** The sandbox's quota and the gateway's limit (UPSTREAM_RATE_LIMIT_PER_MINUTE). @default no quota */
  upstreamPerMinute?: number;
  /** Callers authenticate with this IdP's tokens. @default AUTH_MODE=none: every caller is the operator */
  issuer?: BenchIssuer;
  /** Another instance in front of this sandbox (started beside an earlier one). @default a new sandbox */
  sandbox?: RunningSandbox;
}

/** A sandbox and the gateway in front of it, in this process, on loopback; `env` adds settings. */
export async function startGatewayOnSandbox(env: Record<string, string> = {}, options: GatewayOnSandboxOptions = {}): Promise<{ sandbox: RunningSandbox; app: App }> {
  const sandbox = options.sandbox ?? (await startSandbox({ config: { port: 0, rateLimitPerMinute: options.upstreamPerMinute ?? 1_000_000 } }));
  const { accountKey, accountSecret } = SANDBOX_CREDENTIALS[0];
  const app = await buildApp(
    loadConfig({
      TELEGENT_BASE_URL: sandbox.url,
      TELEGENT_ACCOUNT_KEY: accountKey,
      TELEGENT_ACCOUNT_SECRET: accountSecret,
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'silent',
      UPSTREAM_RATE_LIMIT_PER_MINUTE: String(options.upstreamPerMinute ?? 100_000),
      // Benches that measure the pipeline and the upstream, not who calls, make every caller the operator.
      ...(options.issuer ? options.issuer.env : { AUTH_MODE: 'none' }),
      ...env,
    }),
  );
  await app.start(0);
  return { sandbox, app };
}
