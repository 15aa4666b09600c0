/**
 * Who calls the gateway and what it may do (README "Authentication and access"). The gateway's
 * upstream credentials see the whole distributor, so these are the only limits a caller meets:
 * the role sets the reach (which data) and the scopes what may be done within it.
 */

/** What kind of caller a principal is. */
export type Role = 'operator' | 'partner' | 'manager' | 'subscriber';

export const ROLES: readonly Role[] = ['operator', 'partner', 'manager', 'subscriber'];

/** What a principal may do within its reach. */
export const SCOPES = [
  'read',
  'numbers:provision',
  'numbers:write',
  'porting:write',
  'subscribers:write',
  'messages:send',
  'guardian:write',
  'routes:write',
  'catalog:write',
  'admin',
] as const;

export type Scope = (typeof SCOPES)[number];

/**
 * The scopes each role can ever hold: a token's other scopes are ignored. Catalog and
 * administration (distributors, webhooks, API keys) concern the whole distributor, so only
 * operators hold them; a subscriber acts on itself only (its numbers, messages, Guardian settings).
 */
export const ROLE_SCOPES: Readonly<Record<Role, readonly Scope[]>> = {
  operator: SCOPES,
  partner: ['read', 'numbers:provision', 'numbers:write', 'porting:write', 'subscribers:write', 'messages:send', 'guardian:write', 'routes:write'],
  manager: ['read', 'numbers:provision', 'numbers:write', 'porting:write', 'subscribers:write', 'messages:send', 'guardian:write', 'routes:write'],
  subscriber: ['read', 'numbers:write', 'subscribers:write', 'messages:send', 'guardian:write'],
};

/** How the principal proved who it is. */
export type Credential = 'jwt' | 'api-key' | 'none';

export interface Principal {
  /** Stable and unique across credentials, for logs, the audit and the fair share: `jwt:<sub>`, `key:<id>`, `none`. */
  readonly id: string;
  readonly role: Role;
  /** Its token's scopes that its role can hold. */
  readonly scopes: ReadonlySet<Scope>;
  /** The accounts (AID-) a partner or manager may reach; empty for operators (all) and subscribers. */
  readonly accountIds: readonly string[];
  /** The subscriber (TSUID-) a subscriber principal is; null otherwise. */
  readonly subscriberId: string | null;
  /** When its credential stops being valid (epoch ms); null: it does not expire. */
  readonly expiresAt: number | null;
  readonly credential: Credential;
}

/** Whether `text` names a role. */
export function isRole(text: unknown): text is Role {
  return typeof text === 'string' && (ROLES as readonly string[]).includes(text);
}

/** Whether `text` names a scope. */
export function isScope(text: unknown): text is Scope {
  return typeof text === 'string' && (SCOPES as readonly string[]).includes(text);
}

/** The principal a role and its granted scopes make (scopes the role cannot hold are dropped). */
export function createPrincipal(fields: {
  id: string;
  role: Role;
  scopes: Iterable<string>;
  accountIds?: readonly string[];
  subscriberId?: string | null;
  expiresAt?: number | null;
  credential: Credential;
}): Principal {
  const allowed = ROLE_SCOPES[fields.role];
  const scopes = new Set<Scope>();
  for (const scope of fields.scopes) if (isScope(scope) && allowed.includes(scope)) scopes.add(scope);
  return Object.freeze({
    id: fields.id,
    role: fields.role,
    scopes,
    accountIds: Object.freeze([...(fields.role === 'partner' || fields.role === 'manager' ? (fields.accountIds ?? []) : [])]),
    subscriberId: fields.role === 'subscriber' ? (fields.subscriberId ?? null) : null,
    expiresAt: fields.expiresAt ?? null,
    credential: fields.credential,
  });
}

/** Every caller under AUTH_MODE=none: the operator, with every scope. */
export const UNAUTHENTICATED_OPERATOR: Principal = createPrincipal({ id: 'none', role: 'operator', scopes: SCOPES, credential: 'none' });

/** Whether the principal holds `scope`. */
export function hasScope(principal: Principal, scope: Scope): boolean {
  return principal.scopes.has(scope);
}
