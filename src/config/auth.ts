import { ConfigError, int, list, url } from './parse';

/** The JWT claims the gateway reads a principal from (README "Authentication and access"). */
export interface ClaimNames {
  /** @default 'telegent_role' */
  role: string;
  /** @default 'telegent_accounts' */
  accounts: string;
  /** @default 'telegent_subscriber' */
  subscriber: string;
  /** @default 'scope' (Entra ID sends `scp`) */
  scope: string;
  /** The claim that must hold AUTH_AUDIENCE. @default 'aud' (Cognito's access tokens carry `client_id` instead) */
  audience: string;
}

export interface AuthConfig {
  /**
   * `jwt`: access tokens from the configured identity provider, and API keys. `sandbox`: sandbox
   * mode with no identity provider configured, so the gateway runs a development issuer (and API
   * keys). `none` (AUTH_MODE=none): no authentication, every caller is the operator, on 127.0.0.1 only.
   */
  mode: 'jwt' | 'sandbox' | 'none';
  /** The `iss` every token must carry (AUTH_ISSUER). */
  issuer: string | null;
  /** An `aud` every token must carry (AUTH_AUDIENCE). */
  audience: string | null;
  /** The identity provider's JWKS (AUTH_JWKS_URL): cached, refetched on an unknown `kid`. */
  jwksUrl: string | null;
  /**
   * The least time between two fetches of the JWKS (AUTH_JWKS_COOLDOWN_SEC): tokens naming unknown
   * keys cannot make the gateway hammer the IdP, and a key published since the last fetch is
   * found after at most this long. @default 10
   */
  jwksCooldownSec: number;
  /** Verification keys given inline (AUTH_JWT_PUBLIC_KEYS): PEM public keys, a JWK, or a JWKS. */
  publicKeys: string | null;
  /** Signature algorithms accepted: asymmetric only. @default RS256 … EdDSA (no HS*, never none) */
  algorithms: readonly string[];
  /** Clock difference tolerated on `exp` and `nbf`. @default 30 */
  clockToleranceSec: number;
  claims: ClaimNames;
  /**
   * Keys the hashes of stored API keys (AUTH_API_KEY_SECRET, at least 32 characters); null: derived
   * from the upstream secret. Changing it (or the upstream secret, when derived) invalidates every key.
   */
  apiKeySecret: string | null;
}

/** Asymmetric JWS algorithms: a public key can never be used as an HMAC secret. */
export const ASYMMETRIC_ALGORITHMS = ['RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512', 'ES256', 'ES384', 'ES512', 'EdDSA'] as const;

/** The hosts AUTH_MODE=none may listen on. */
export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/**
 * Authentication is required outside sandbox mode: without an identity provider the gateway does
 * not start, unless AUTH_MODE=none says explicitly that every caller is the operator.
 */
export function authConfig(env: NodeJS.ProcessEnv, sandboxMode: boolean): AuthConfig {
  const mode = env.AUTH_MODE?.trim().toLowerCase() || null;
  if (mode !== null && mode !== 'jwt' && mode !== 'none') throw new ConfigError(`AUTH_MODE must be jwt or none, got '${env.AUTH_MODE}'`);
  const issuer = env.AUTH_ISSUER?.trim() || null;
  const audience = env.AUTH_AUDIENCE?.trim() || null;
  const jwksUrl = url(env, 'AUTH_JWKS_URL', ['https:', 'http:']);
  const publicKeys = env.AUTH_JWT_PUBLIC_KEYS?.trim() || null;
  const algorithms = list(env, 'AUTH_ALGORITHMS') ?? [...ASYMMETRIC_ALGORITHMS];
  const refused = algorithms.filter((alg) => !(ASYMMETRIC_ALGORITHMS as readonly string[]).includes(alg));
  if (refused.length > 0) {
    throw new ConfigError(`AUTH_ALGORITHMS may list only asymmetric algorithms (${ASYMMETRIC_ALGORITHMS.join(', ')}), got '${refused.join(', ')}'`);
  }
  const configured = issuer !== null || audience !== null || jwksUrl !== null || publicKeys !== null;
  const settings = {
    issuer,
    audience,
    jwksUrl,
    jwksCooldownSec: int(env, 'AUTH_JWKS_COOLDOWN_SEC', 10, 1, 3_600),
    publicKeys,
    algorithms,
    clockToleranceSec: int(env, 'AUTH_CLOCK_TOLERANCE_SEC', 30, 0, 300),
    claims: {
      role: env.AUTH_CLAIM_ROLE?.trim() || 'telegent_role',
      accounts: env.AUTH_CLAIM_ACCOUNTS?.trim() || 'telegent_accounts',
      subscriber: env.AUTH_CLAIM_SUBSCRIBER?.trim() || 'telegent_subscriber',
      scope: env.AUTH_CLAIM_SCOPE?.trim() || 'scope',
      audience: env.AUTH_CLAIM_AUDIENCE?.trim() || 'aud',
    },
    apiKeySecret: apiKeySecret(env),
  };
  if (mode === 'none') {
    if (configured) throw new ConfigError('AUTH_MODE=none turns authentication off: unset AUTH_ISSUER, AUTH_AUDIENCE, AUTH_JWKS_URL and AUTH_JWT_PUBLIC_KEYS, or unset AUTH_MODE');
    return { mode: 'none', ...settings };
  }
  if (!configured && sandboxMode && mode === null) return { mode: 'sandbox', ...settings };
  if (!configured) {
    throw new ConfigError(
      'Authentication is not configured: set AUTH_ISSUER, AUTH_AUDIENCE and AUTH_JWKS_URL (or AUTH_JWT_PUBLIC_KEYS), ' +
        'or AUTH_MODE=none to let every caller act as the operator on 127.0.0.1 (README "Authentication and access")',
    );
  }
  if (issuer === null) throw new ConfigError('AUTH_ISSUER is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens from any other issuer are refused');
  if (audience === null) throw new ConfigError('AUTH_AUDIENCE is required with AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS: tokens meant for another API are refused');
  if (jwksUrl === null && publicKeys === null) throw new ConfigError('AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEYS is required: the keys tokens are verified with');
  return { mode: 'jwt', ...settings };
}

/** The least length of AUTH_API_KEY_SECRET: it keys the hashes every stored API key is kept as. */
const MIN_API_KEY_SECRET_LENGTH = 32;

/** AUTH_API_KEY_SECRET (never repeated in an error); null when unset. */
function apiKeySecret(env: NodeJS.ProcessEnv): string | null {
  const raw = env.AUTH_API_KEY_SECRET;
  if (raw === undefined || raw === '') return null;
  if (raw.length < MIN_API_KEY_SECRET_LENGTH) {
    throw new ConfigError(`AUTH_API_KEY_SECRET must be at least ${MIN_API_KEY_SECRET_LENGTH} characters (a random value, e.g. openssl rand -hex 32)`);
  }
  return raw;
}
