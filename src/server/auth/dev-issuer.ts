import { randomUUID } from 'node:crypto';
import { type JSONWebKeySet, type KeyLike, SignJWT, exportJWK, generateKeyPair } from 'jose';
import type { ClaimNames } from '../../config';
import { ROLE_SCOPES, type Role } from '../../principal';

/** What a development token says about its caller. */
export interface DevTokenRequest {
  role: Role;
  /** `sub`; default: one made from the role and reach. */
  subject?: string;
  /** AID- list (partner, manager). */
  accounts?: readonly string[];
  /** TSUID- (subscriber). */
  subscriber?: string;
  /** Default: every scope the role can hold. */
  scopes?: readonly string[];
  /** @default 43_200 // 12 hours */
  ttlSec?: number;
}

/** A ready-to-use principal of the sandbox's demo data, as `npm start` prints it. */
export interface DemoPrincipal {
  name: string;
  request: DevTokenRequest;
}

export const DEV_ISSUER = 'urn:telegent-graph:sandbox';
export const DEV_AUDIENCE = 'telegent-graph';

/**
 * The sandbox's identity provider: a signing key made at start (never written anywhere) whose
 * JWKS the gateway verifies with, exactly as it verifies a real IdP's tokens. Sandbox mode only.
 */
export class DevIssuer {
  private constructor(
    private readonly privateKey: KeyLike,
    readonly jwks: JSONWebKeySet,
    private readonly claims: ClaimNames,
  ) {}

  static async create(claims: ClaimNames): Promise<DevIssuer> {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const kid = randomUUID();
    return new DevIssuer(privateKey, { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' }] }, claims);
  }

  /** A signed access token for `request`, as an IdP configured per the README would issue it. */
  async mint(request: DevTokenRequest): Promise<string> {
    const payload: Record<string, unknown> = {
      [this.claims.role]: request.role,
      [this.claims.scope]: (request.scopes ?? ROLE_SCOPES[request.role]).join(' '),
    };
    if (request.accounts) payload[this.claims.accounts] = [...request.accounts];
    if (request.subscriber) payload[this.claims.subscriber] = request.subscriber;
    return new SignJWT(payload)
      .setProtectedHeader({ alg: 'ES256', kid: this.jwks.keys[0]!.kid!, typ: 'at+jwt' })
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setSubject(request.subject ?? [request.role, ...(request.accounts ?? []), request.subscriber ?? ''].filter(Boolean).join(':'))
      .setIssuedAt()
      .setExpirationTime(`${request.ttlSec ?? 43_200}s`)
      .sign(this.privateKey);
  }
}

/** The demo data's accounts and people (the sandbox's `demoIdentities()`). */
export interface DemoIdentities {
  acme: { accountId: string; name: string; managerEmail: string };
  doeSubscriber: { subscriberId: string; name: string; email: string };
}

/** The sandbox's demo principals, one per role (README "Authentication and access"). */
export function demoPrincipals(demo: DemoIdentities): DemoPrincipal[] {
  return [
    { name: 'Operator (whole distributor)', request: { role: 'operator', subject: 'demo-operator' } },
    { name: `Partner of ${demo.acme.name}`, request: { role: 'partner', subject: 'demo-partner', accounts: [demo.acme.accountId] } },
    { name: `${demo.acme.name}'s manager`, request: { role: 'manager', subject: demo.acme.managerEmail, accounts: [demo.acme.accountId] } },
    {
      name: `${demo.doeSubscriber.name} (Doe Family subscriber)`,
      request: { role: 'subscriber', subject: demo.doeSubscriber.email, subscriber: demo.doeSubscriber.subscriberId },
    },
  ];
}
