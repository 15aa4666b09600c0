import { isTelegentId } from '../../ids';
import express, { Router } from 'express';
import { decodeJwt } from 'jose';
import { ErrorCode } from '../../errors';
import { ROLES, ROLE_SCOPES, type Role, isRole, isScope } from '../../principal';
import type { DemoPrincipal, DevIssuer, DevTokenRequest } from './dev-issuer';

/** The demo principals with fresh tokens (GraphiQL's picker reads it). */
export const DEV_PRINCIPALS_PATH = '/dev/principals';
/** Mints a development token (`npm run token`). */
export const DEV_TOKENS_PATH = '/dev/tokens';

/** Shortest and longest life of a minted token, in seconds (1 second to 1 day). */
export const DEV_TOKEN_TTL_RANGE_SEC = { min: 1, max: 86_400 } as const;

/** What `GET /dev/principals` lists, one per demo principal. */
export interface DevPrincipalView {
  name: string;
  role: Role;
  accounts: string[];
  subscriber: string | null;
  scopes: string[];
  token: string;
}

/**
 * The development issuer's HTTP face, mounted only in sandbox mode (elsewhere these paths are 404
 * and tokens come from the identity provider). Anyone who reaches the port can mint any token,
 * which is why sandbox mode listens on 127.0.0.1 unless HOST says otherwise, and why it fronts only
 * the emulator.
 */
export function devRouter(issuer: DevIssuer, demo: readonly DemoPrincipal[]): Router {
  const router = Router();
  router.get(DEV_PRINCIPALS_PATH, (_req, res, next) => {
    // Fresh tokens on every call: the issuer's key is new at every start, so nothing minted earlier survives a restart.
    Promise.all(demo.map(async ({ name, request }): Promise<DevPrincipalView> => ({ name, ...reachOf(request), token: await issuer.mint(request) }))).then(
      (principals) => void res.set('Cache-Control', 'no-store').json(principals),
      next,
    );
  });
  router.post(DEV_TOKENS_PATH, express.json({ limit: '16kb' }), (req, res, next) => {
    const parsed = parseTokenRequest(req.body);
    if ('field' in parsed) {
      res.status(400).json({ error: parsed.message, code: ErrorCode.BAD_USER_INPUT, field: parsed.field });
      return;
    }
    issuer.mint(parsed).then((token) => {
      res.set('Cache-Control', 'no-store').json({ token, expiresAt: new Date(decodeJwt(token).exp! * 1000).toISOString() });
    }, next);
  });
  return router;
}

function reachOf(request: DevTokenRequest): Omit<DevPrincipalView, 'name' | 'token'> {
  return {
    role: request.role,
    accounts: [...(request.accounts ?? [])],
    subscriber: request.subscriber ?? null,
    scopes: [...(request.scopes ?? ROLE_SCOPES[request.role])],
  };
}

interface InvalidField {
  field: string;
  message: string;
}

const FIELDS = ['role', 'accounts', 'subscriber', 'scopes', 'ttlSec'];

/**
 * A `POST /dev/tokens` body checked as the gateway will read the token: a known role, the reach
 * that role needs (accounts for partner and manager, a TSUID- for subscriber, nothing else), scopes
 * the role can hold (an array, or one space-separated string), a bounded lifetime.
 */
function parseTokenRequest(body: unknown): DevTokenRequest | InvalidField {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { field: 'body', message: 'the body must be a JSON object such as {"role":"operator"} (sent with Content-Type: application/json)' };
  }
  const input = body as Record<string, unknown>;
  const unknown = Object.keys(input).find((key) => !FIELDS.includes(key));
  if (unknown !== undefined) return { field: unknown, message: `unknown field '${unknown}' (expected ${FIELDS.join(', ')})` };
  const { role } = input;
  if (!isRole(role)) return { field: 'role', message: `role must be one of ${ROLES.join(', ')}, got ${JSON.stringify(role ?? null)}` };

  const request: DevTokenRequest = { role };
  if (role === 'partner' || role === 'manager') {
    const { accounts } = input;
    if (!Array.isArray(accounts) || accounts.length === 0) return { field: 'accounts', message: `${article(role)} needs accounts: a list of account IDs (AID-…)` };
    const bad = accounts.find((id) => !isTelegentId(id, ['AID']));
    if (bad !== undefined) return { field: 'accounts', message: `accounts must be account IDs (AID-…), got ${JSON.stringify(bad)}` };
    request.accounts = [...new Set(accounts as string[])];
  } else if (input.accounts !== undefined) {
    return { field: 'accounts', message: `accounts apply to partners and managers, not to ${article(role)}` };
  }
  if (role === 'subscriber') {
    const { subscriber } = input;
    if (!isTelegentId(subscriber, ['TSUID'])) {
      return { field: 'subscriber', message: `a subscriber needs subscriber: its subscriber ID (TSUID-…), got ${JSON.stringify(subscriber ?? null)}` };
    }
    request.subscriber = subscriber;
  } else if (input.subscriber !== undefined) {
    return { field: 'subscriber', message: `subscriber applies to the subscriber role, not to ${article(role)}` };
  }
  if (input.scopes !== undefined) {
    const scopes = typeof input.scopes === 'string' ? input.scopes.split(/\s+/).filter(Boolean) : input.scopes;
    if (!Array.isArray(scopes)) return { field: 'scopes', message: 'scopes must be a list of scopes, or one space-separated string' };
    const allowed = ROLE_SCOPES[role];
    for (const scope of scopes) {
      if (!isScope(scope)) return { field: 'scopes', message: `unknown scope ${JSON.stringify(scope)} (${article(role)} can hold: ${allowed.join(' ')})` };
      if (!allowed.includes(scope)) return { field: 'scopes', message: `${article(role)} cannot hold the scope '${scope}' (it can hold: ${allowed.join(' ')})` };
    }
    request.scopes = [...new Set(scopes as string[])];
  }
  if (input.ttlSec !== undefined) {
    const { ttlSec } = input;
    const { min, max } = DEV_TOKEN_TTL_RANGE_SEC;
    if (typeof ttlSec !== 'number' || !Number.isInteger(ttlSec) || ttlSec < min || ttlSec > max) {
      return { field: 'ttlSec', message: `ttlSec must be a whole number of seconds from ${min} to ${max}, got ${JSON.stringify(ttlSec)}` };
    }
    request.ttlSec = ttlSec;
  }
  return request;
}

/** 'an operator', 'a partner'. */
function article(role: Role): string {
  return `${role === 'operator' ? 'an' : 'a'} ${role}`;
}
