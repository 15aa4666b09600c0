/**
 * The data sets a sandbox starts with (README "The demo seed", "The large seed"): `demo`, `empty`
 * (only the two distributors' credentials), or `large` (the demo plus bulk data for the first
 * distributor).
 */
export const SANDBOX_SEEDS = ['demo', 'empty', 'large'] as const;
export type SandboxSeed = (typeof SANDBOX_SEEDS)[number];

/** Sandbox settings, read once from the environment (README: "The Telegent sandbox"). */
export interface SandboxConfig {
  port: number;
  host: string;
  /** @default 'demo' */
  seed: SandboxSeed;
  tokenTtlSec: number;
  rateLimitPerMinute: number;
  /** Status for a token used outside its ApiEndpoint scope (REFERENCE.md C6). */
  scopeMismatchStatus: 401 | 403;
  /** Answer bad credentials with 200 `{ successful: false }` as the legacy API did (REFERENCE.md §3.1). */
  legacyTokenErrors: boolean;
  /** Seconds between the steps of a port-in order on the sandbox clock. */
  portInStepSec: number;
  maxBodyBytes: number;
  /** Delays between webhook delivery attempts, in ms; its length is the number of retries. */
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
  /** How often (wall time) due order and message transitions are applied. */
  tickMs: number;
}

export const DEFAULT_SANDBOX_PORT = 4010;

function intSetting(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function isSandboxSeed(value: string): value is SandboxSeed {
  return (SANDBOX_SEEDS as readonly string[]).includes(value);
}

export function loadSandboxConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<SandboxConfig> = {},
): SandboxConfig {
  const seed = env.SANDBOX_SEED ?? 'demo';
  if (!isSandboxSeed(seed)) throw new Error(`SANDBOX_SEED must be 'demo', 'empty' or 'large', got '${seed}'`);
  const scope = intSetting(env, 'SANDBOX_SCOPE_MISMATCH_STATUS', 403, 401, 403);
  if (scope !== 401 && scope !== 403) throw new Error(`SANDBOX_SCOPE_MISMATCH_STATUS must be 401 or 403, got '${scope}'`);
  return {
    port: intSetting(env, 'SANDBOX_PORT', DEFAULT_SANDBOX_PORT, 0, 65_535),
    host: env.SANDBOX_HOST ?? '127.0.0.1',
    seed,
    tokenTtlSec: intSetting(env, 'SANDBOX_TOKEN_TTL', 3600, 1, 31_536_000),
    rateLimitPerMinute: intSetting(env, 'SANDBOX_RATE_LIMIT', 50, 1, 1_000_000),
    scopeMismatchStatus: scope,
    legacyTokenErrors: env.SANDBOX_LEGACY_TOKEN_ERRORS === '1' || env.SANDBOX_LEGACY_TOKEN_ERRORS === 'true',
    portInStepSec: intSetting(env, 'SANDBOX_PORTIN_STEP_SECONDS', 60, 1, 864_000),
    maxBodyBytes: intSetting(env, 'SANDBOX_MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    webhookRetryDelaysMs: [200, 1000, 3000],
    webhookTimeoutMs: 5000,
    tickMs: 250,
    ...overrides,
  };
}
