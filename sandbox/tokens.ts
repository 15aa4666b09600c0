import { randomBytes } from 'node:crypto';
import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import type { SandboxClock } from './clock';
import { badRequest } from './errors';

const NAME_IDENTIFIER = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier';
const USER_DATA = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/userdata';
const SCOPE_CLAIM = 'api_endpoint';
const ISSUER = 'https://api.telegent.co';
const AUDIENCE = 'com.telegent.co';

export interface VerifiedToken {
  accountKey: string;
  /** Lower-case path the token is limited to, or null for an unscoped token. */
  scopePath: string | null;
  expired: boolean;
}

/**
 * Upstream scopes a token to the *path* of its ApiEndpoint: host and query are ignored and the
 * comparison is case-insensitive, so the rules hold on loopback too (REFERENCE.md §2.2).
 */
export function scopePathOf(apiEndpoint: string): string {
  let path: string;
  if (apiEndpoint.startsWith('/')) path = apiEndpoint.split('?')[0]!;
  else {
    try {
      path = new URL(apiEndpoint).pathname;
    } catch {
      throw badRequest(`ApiEndpoint '${apiEndpoint}' is not a valid URL.`);
    }
  }
  return normalisePath(path);
}

export function normalisePath(path: string): string {
  const lower = path.toLowerCase().replace(/\/+$/, '');
  return lower === '' ? '/' : lower;
}

/** Mints and checks HS256 JWTs shaped like upstream's (claims from REFERENCE.md §2.2). */
export class TokenIssuer {
  /** A fresh key per sandbox process: tokens from another run are unknown (401), as upstream's would be. */
  private readonly key = randomBytes(32);

  constructor(
    private readonly clock: SandboxClock,
    private readonly ttlSec: number,
  ) {}

  async issue(accountKey: string, scopePath: string | null): Promise<{ token: string; expiresAtMs: number }> {
    const nowSec = Math.floor(this.clock.now() / 1000);
    const expSec = nowSec + this.ttlSec;
    const token = await new SignJWT({
      [NAME_IDENTIFIER]: accountKey,
      [USER_DATA]: randomBytes(12).toString('base64url'),
      ...(scopePath ? { [SCOPE_CLAIM]: scopePath } : {}),
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(nowSec)
      .setExpirationTime(expSec)
      .sign(this.key);
    return { token, expiresAtMs: expSec * 1000 };
  }

  /** The token's key and scope; null when it is malformed or not ours. Expiry is reported, not thrown. */
  async verify(token: string): Promise<VerifiedToken | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        // Expiry is judged below against the sandbox clock, not wall time.
        currentDate: new Date(0),
      });
      const accountKey = payload[NAME_IDENTIFIER];
      if (typeof accountKey !== 'string' || typeof payload.exp !== 'number') return null;
      const scope = payload[SCOPE_CLAIM];
      return {
        accountKey,
        scopePath: typeof scope === 'string' ? scope : null,
        expired: payload.exp * 1000 <= this.clock.now(),
      };
    } catch (error) {
      if (error instanceof joseErrors.JOSEError) return null;
      throw error;
    }
  }
}
