import { type JsonWebKey, createPublicKey } from 'node:crypto';
import {
  type JSONWebKeySet,
  type JWK,
  type JWTPayload,
  type JWTVerifyGetKey,
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
} from 'jose';
import { type ClaimNames, ConfigError } from '../../config';
import { isTelegentId } from '../../ids';
import { type Principal, ROLE_SCOPES, type Role, createPrincipal, isRole } from '../../principal';
import { AuthenticationError } from './authentication-error';

export interface JwtVerifierOptions {
  issuer: string;
  audience: string;
  /** A remote JWKS: cached, and refetched (at most every `jwksCooldownSec`) when a token names a `kid` it lacks. */
  jwksUrl?: string | null;
  /** The least time between two fetches of the remote JWKS. @default 10 */
  jwksCooldownSec?: number;
  /** Keys given inline: PEM public keys, a JWK, or a JWKS (JSON). */
  publicKeys?: string | null;
  /** Or keys already parsed (the sandbox's development issuer). */
  jwks?: JSONWebKeySet;
  algorithms: readonly string[];
  clockToleranceSec: number;
  claims: ClaimNames;
}

/** How long a fetched JWKS is trusted before it is fetched again, whatever the tokens say. */
const JWKS_MAX_AGE_MS = 10 * 60_000;
/** The least time between two fetches of the JWKS (an unknown `kid` cannot make it hammer the IdP). */
const JWKS_COOLDOWN_SEC = 10;
/** How long the IdP may take to answer a JWKS fetch. */
const JWKS_TIMEOUT_MS = 5_000;

/**
 * Verifies OIDC access tokens with `jose` and reads the principal from their claims: signature
 * (allowed asymmetric algorithms only), `iss`, `aud`, `exp` (required) and `nbf` with bounded
 * skew, then the Telegent claims. Keys come from inline keys first, then the remote JWKS.
 */
export class JwtVerifier {
  private readonly keys: JWTVerifyGetKey;

  constructor(private readonly options: JwtVerifierOptions) {
    const local = options.jwks ? createLocalJWKSet(options.jwks) : options.publicKeys ? createLocalJWKSet(parsePublicKeys(options.publicKeys)) : null;
    const remote = options.jwksUrl
      ? createRemoteJWKSet(new URL(options.jwksUrl), {
          cacheMaxAge: JWKS_MAX_AGE_MS,
          cooldownDuration: (options.jwksCooldownSec ?? JWKS_COOLDOWN_SEC) * 1000,
          timeoutDuration: JWKS_TIMEOUT_MS,
        })
      : null;
    this.keys = async (header, token) => {
      if (local) {
        try {
          return await local(header, token);
        } catch (error) {
          if (!remote || !(error instanceof errors.JWKSNoMatchingKey)) throw error;
        }
      }
      if (!remote) throw new errors.JWKSNoMatchingKey();
      return remote(header, token);
    };
  }

  /** The principal a token names; AuthenticationError (saying why, never echoing the token) otherwise. */
  async verify(token: string): Promise<Principal> {
    let payload: JWTPayload;
    try {
      const audienceClaim = this.options.claims.audience;
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.options.issuer,
        // jose checks `aud` only; another audience claim is checked below, once the signature is.
        ...(audienceClaim === 'aud' ? { audience: this.options.audience } : {}),
        algorithms: [...this.options.algorithms],
        clockTolerance: this.options.clockToleranceSec,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (error) {
      throw new AuthenticationError(reasonOf(error));
    }
    if (!this.isForUs(payload)) throw new AuthenticationError(WRONG_AUDIENCE);
    return this.principalOf(payload);
  }

  /** Whether the token names AUTH_AUDIENCE in its audience claim (a string, or a list holding it). */
  private isForUs(payload: JWTPayload): boolean {
    const claim = this.options.claims.audience;
    if (claim === 'aud') return true;
    const value = payload[claim];
    return value === this.options.audience || (Array.isArray(value) && value.includes(this.options.audience));
  }

  private principalOf(payload: JWTPayload): Principal {
    const { claims } = this.options;
    const role = roleOf(payload[claims.role]);
    if (role === null) {
      const none = payload[claims.role] === undefined ? ', and it has none' : '';
      throw new AuthenticationError(`The token's ${claims.role} claim must name one of operator, partner, manager, subscriber (alone, or once in a list)${none}.`);
    }
    const scope = payload[claims.scope];
    const scopes = typeof scope === 'string' ? scope.split(' ').filter(Boolean) : Array.isArray(scope) ? scope.filter((s): s is string => typeof s === 'string') : null;
    if (scopes === null) throw new AuthenticationError(`The token has no ${claims.scope} claim: it lists what the caller may do (${ROLE_SCOPES[role].join(' ')}).`);
    let accountIds: string[] = [];
    if (role === 'partner' || role === 'manager') {
      const claim = payload[claims.accounts];
      // IdPs that cannot put a list in a token (custom attributes are strings) send the IDs separated.
      const accounts = typeof claim === 'string' ? claim.split(/[\s,]+/).filter(Boolean) : claim;
      if (!Array.isArray(accounts) || accounts.length === 0 || !accounts.every((a) => isTelegentId(a, ['AID']))) {
        throw new AuthenticationError(`A ${role} token needs a ${claims.accounts} claim: a list of account IDs (AID-…), or a string of them separated by spaces or commas.`);
      }
      if (role === 'manager' && accounts.length !== 1) throw new AuthenticationError(`A manager token names exactly one account in ${claims.accounts}, it names ${accounts.length}.`);
      accountIds = accounts as string[];
    }
    let subscriberId: string | null = null;
    if (role === 'subscriber') {
      const subscriber = payload[claims.subscriber];
      if (!isTelegentId(subscriber, ['TSUID', 'SID'])) {
        throw new AuthenticationError(`A subscriber token needs a ${claims.subscriber} claim: the subscriber's ID (TSUID-…).`);
      }
      subscriberId = subscriber;
    }
    // The token is accepted until `exp` plus the tolerated skew: a socket opened with it ends then, when HTTP starts refusing it.
    const expiresAt = (payload.exp! + this.options.clockToleranceSec) * 1000;
    return createPrincipal({ id: `jwt:${payload.sub}`, role, scopes, accountIds, subscriberId, expiresAt, credential: 'jwt' });
  }
}

/**
 * The role a claim names: a role name, or a list (Entra ID's `roles`, a Keycloak role mapper) in
 * which exactly one entry is a role name, the others being the IdP's own; null otherwise.
 */
function roleOf(claim: unknown): Role | null {
  if (isRole(claim)) return claim;
  if (!Array.isArray(claim)) return null;
  const roles = claim.filter(isRole);
  return roles.length === 1 ? roles[0]! : null;
}

const WRONG_AUDIENCE = 'The token is meant for another audience than AUTH_AUDIENCE.';

/** Why jose refused a token, in words a client developer can act on. */
function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    switch (error.claim) {
      case 'iss':
        return 'The token was issued by another issuer than AUTH_ISSUER.';
      case 'aud':
        return WRONG_AUDIENCE;
      case 'nbf':
        return 'The token is not valid yet.';
      default:
        return `The token's ${error.claim} claim is ${error.reason === 'missing' ? 'missing' : 'invalid'}.`;
    }
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm the gateway does not accept.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token is signed with a key the gateway does not know.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature is invalid.';
  // The JWKS could not be fetched (timeout, non-200, network): the token may well be good.
  if (error instanceof errors.JWKSTimeout || (error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') || error instanceof TypeError) {
    return 'The identity provider’s keys could not be fetched to verify the token; try again.';
  }
  return 'The token is not a valid JWT.';
}

/**
 * AUTH_JWT_PUBLIC_KEYS: one or more PEM public keys, one JWK, or a JWKS. Every key is checked here,
 * at start: a setting that holds no usable public key is a ConfigError naming it, not a refusal of
 * every token later.
 */
export function parsePublicKeys(text: string): JSONWebKeySet {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) {
    let parsed: JSONWebKeySet | JWK;
    try {
      parsed = JSON.parse(trimmed) as JSONWebKeySet | JWK;
    } catch {
      throw new ConfigError('AUTH_JWT_PUBLIC_KEYS starts with { but is not valid JSON (a JWK or a JWKS)');
    }
    const keys = 'keys' in parsed && Array.isArray(parsed.keys) ? parsed.keys : [parsed as JWK];
    return { keys: keys.map((jwk, index) => checkedJwk(publicOnly(jwk), index)) };
  }
  const pems = trimmed.match(/-----BEGIN PUBLIC KEY-----[\s\S]+?-----END PUBLIC KEY-----/g) ?? [];
  if (pems.length === 0) throw new ConfigError('AUTH_JWT_PUBLIC_KEYS must hold PEM public keys (-----BEGIN PUBLIC KEY-----), a JWK or a JWKS');
  return {
    keys: pems.map((pem, index) => {
      try {
        return createPublicKey(pem).export({ format: 'jwk' }) as JWK;
      } catch {
        throw new ConfigError(`AUTH_JWT_PUBLIC_KEYS: PEM key ${index + 1} is not a valid public key`);
      }
    }),
  };
}

/** A JWK without its private parts: a private key pasted by mistake still only verifies. */
function publicOnly(jwk: JWK): JWK {
  if (jwk.kty === 'oct') throw new ConfigError('AUTH_JWT_PUBLIC_KEYS must hold public keys: a symmetric (oct) key is refused');
  const { d: _d, p: _p, q: _q, dp: _dp, dq: _dq, qi: _qi, oth: _oth, k: _k, ...publicPart } = jwk;
  return publicPart;
}

/** `jwk` when Node can import it as a public key. */
function checkedJwk(jwk: JWK, index: number): JWK {
  try {
    createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
  } catch {
    throw new ConfigError(`AUTH_JWT_PUBLIC_KEYS: key ${index + 1}${jwk.kid ? ` (kid ${jwk.kid})` : ''} is not a valid public JWK`);
  }
  return jwk;
}
