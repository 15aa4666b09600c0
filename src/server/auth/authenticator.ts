import { type Principal, UNAUTHENTICATED_OPERATOR } from '../../principal';
import { API_KEY_PREFIX } from '../../stores/api-keys';
import { AuthenticationError } from './authentication-error';
import type { JwtVerifier } from './jwt-verifier';

/** Verifies an API key (`tgk_…`) and names its principal; AuthenticationError otherwise. */
export interface ApiKeyVerifier {
  verify(key: string): Promise<Principal>;
}

export { API_KEY_PREFIX };

export interface AuthenticatorOptions {
  /** null: AUTH_MODE=none, every caller is the operator. */
  jwt: JwtVerifier | null;
  apiKeys: ApiKeyVerifier | null;
}

/**
 * Who a caller is, from the bearer credential its transport carried (HTTP `Authorization`, the
 * `connection_init` payload over WebSocket): a JWT from the identity provider or an API key.
 */
export class Authenticator {
  constructor(private readonly options: AuthenticatorOptions) {}

  /** Whether callers are authenticated at all (not under AUTH_MODE=none). */
  get required(): boolean {
    return this.options.jwt !== null;
  }

  /** The principal of an `Authorization` value (`Bearer …`); AuthenticationError when missing or invalid. */
  async authenticate(authorization: string | null | undefined): Promise<Principal> {
    if (!this.required) return UNAUTHENTICATED_OPERATOR;
    const token = bearerToken(authorization);
    if (token.startsWith(API_KEY_PREFIX)) {
      if (!this.options.apiKeys) throw new AuthenticationError('API keys are not enabled on this gateway.');
      return this.options.apiKeys.verify(token);
    }
    return this.options.jwt!.verify(token);
  }
}

/** The token of `Bearer <token>`; AuthenticationError naming what is wrong otherwise. */
function bearerToken(authorization: string | null | undefined): string {
  if (authorization === null || authorization === undefined || authorization.trim() === '') {
    throw new AuthenticationError('Authentication required: send Authorization: Bearer <access token or API key>.');
  }
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization.trim());
  if (!match) throw new AuthenticationError('The Authorization header must be "Bearer <access token or API key>".');
  return match[1]!;
}

/**
 * The bearer credential a `connection_init` payload carries: `{ Authorization: 'Bearer …' }`
 * (any case), or `{ token: '…' }` for clients that send the token alone.
 */
export function connectionAuthorization(params: Readonly<Record<string, unknown>> | undefined): string | null {
  if (!params) return null;
  for (const [key, value] of Object.entries(params)) {
    if (key.toLowerCase() === 'authorization' && typeof value === 'string') return value;
  }
  return typeof params.token === 'string' ? `Bearer ${params.token}` : null;
}
