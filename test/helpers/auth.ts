import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { SignJWT } from 'jose';
import type { Role } from '../../src/principal';

/**
 * The tests' identity provider: a key pair made once per test process, whose public key every
 * TestGateway trusts (AUTH_JWT_PUBLIC_KEYS), as a deployment trusts its IdP's JWKS.
 */
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });

export const TEST_ISSUER = 'https://idp.test.example/';
export const TEST_AUDIENCE = 'telegent-graph';
export const TEST_KID = 'test-key-1';

/** The settings a gateway verifies the tests' tokens with. */
export const TEST_AUTH_ENV: Record<string, string> = {
  AUTH_ISSUER: TEST_ISSUER,
  AUTH_AUDIENCE: TEST_AUDIENCE,
  AUTH_JWT_PUBLIC_KEYS: JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid: TEST_KID, alg: 'ES256', use: 'sig' }] }),
};

export interface TestTokenClaims {
  role: Role;
  sub?: string;
  accounts?: string[];
  subscriber?: string;
  /** Space-separated; default: every scope. */
  scope?: string;
  /** Seconds from now. @default 3600 */
  expiresInSec?: number;
  /** Extra or overriding claims, registered ones included (`undefined` removes one). */
  extra?: Record<string, unknown>;
}

const ALL_SCOPES = 'read numbers:provision numbers:write porting:write subscribers:write messages:send guardian:write routes:write catalog:write admin';

/** A token from the tests' IdP (`key` and `header` replace its key and add to its header, for the JWT cases). */
export async function mintTestToken(claims: TestTokenClaims, key: KeyObject = privateKey, header: Record<string, unknown> = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const payload: Record<string, unknown> = {
    iss: TEST_ISSUER,
    aud: TEST_AUDIENCE,
    sub: claims.sub ?? `test-${claims.role}`,
    iat: now,
    exp: now + (claims.expiresInSec ?? 3600),
    telegent_role: claims.role,
    scope: claims.scope ?? ALL_SCOPES,
  };
  if (claims.accounts) payload.telegent_accounts = claims.accounts;
  if (claims.subscriber) payload.telegent_subscriber = claims.subscriber;
  // After the registered claims, so a test can change or remove any of them (iss, aud, exp, nbf…).
  Object.assign(payload, claims.extra ?? {});
  for (const [name, value] of Object.entries(payload)) if (value === undefined) delete payload[name];
  return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: TEST_KID, ...header }).sign(key);
}

let operator: Promise<string> | null = null;

/** The operator's `Authorization` value (every scope, the whole distributor), made once. */
export function operatorAuthorization(): Promise<string> {
  operator ??= mintTestToken({ role: 'operator', sub: 'test-operator', expiresInSec: 24 * 3600 }).then((token) => `Bearer ${token}`);
  return operator;
}

/** `{ Authorization }` for the operator, to spread into fetch headers. */
export async function operatorHeaders(): Promise<Record<string, string>> {
  return { Authorization: await operatorAuthorization() };
}
