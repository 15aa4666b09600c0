import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type Keyv from 'keyv';
import { storeUnavailable } from '../errors';

/** Where the gateway's message route receivers live, under its public URL. */
export const MESSAGE_ROUTES_PATH = '/webhooks/telegent/routes';

/** What a route delivers to the gateway: inbound messages (MessageUrl) or delivery receipts (CallbackMessageUrl). */
export type ReceiverSide = 'messages' | 'receipts';

/** The Basic username the gateway gives Telegent; the password alone is secret. */
const BASIC_USERNAME = 'telegent-graph';

/** The URL Telegent calls for one side of a route. */
export function receiverUrl(publicUrl: string, routeKey: string, side: ReceiverSide): string {
  return `${publicUrl}${MESSAGE_ROUTES_PATH}/${routeKey}/${side}`;
}

/** A receiver URL's route key and side, whatever the host and prefix (instances may have different PUBLIC_URLs); null for any other URL. */
function receiverOf(url: string | null): { routeKey: string; side: ReceiverSide } | null {
  let pathname: string;
  try {
    pathname = new URL(url ?? '').pathname;
  } catch {
    return null;
  }
  const match = new RegExp(`${MESSAGE_ROUTES_PATH}/([^/]+)/(messages|receipts)$`).exec(pathname);
  return match ? { routeKey: match[1]!, side: match[2] as ReceiverSide } : null;
}

/**
 * Whether a route's URL reaches a receiver that accepts its deliveries: `receiving`; `elsewhere`
 * (not a gateway receiver, or none at all); `forgotten` (a gateway receiver whose record is gone:
 * an instance restarted without REDIS_URL, or the route was pointed at the gateway again since).
 */
export type ReceiverState = 'receiving' | 'elsewhere' | 'forgotten';

/** Credentials for Telegent to present; they go into the route and nowhere else. */
export interface RouteCredentials {
  type: 'Basic' | 'Bearer';
  /** Basic only. */
  username: string | null;
  /** The Basic password or the Bearer token. */
  secret: string;
}

/** A receiver set up for a route that does not point at it yet: its key (in the URLs) and credentials. */
export interface IssuedReceiver {
  routeKey: string;
  credentials: RouteCredentials;
}

/** What the store keeps per route key: a keyed hash of the credentials, never the credentials. */
interface ReceiverRecord {
  digest: string;
  /** The route (MRID-…) once Telegent has created or updated it; null until then. */
  routeId: string | null;
  issuedAtMs: number;
}

/** Random, URL-safe, 256 bits by default. */
const randomToken = (bytes = 32): string => randomBytes(bytes).toString('base64url');

/**
 * The receivers message routes point at. Each route gets an unguessable key (its URLs name it)
 * and credentials the gateway generates and hands only to Telegent, inside the route. The shared
 * keyv store (Redis with REDIS_URL, so every instance can check a call) keeps an HMAC of them
 * under the key, with a secret the store does not hold: what it keeps cannot be replayed.
 */
export class MessageRouteReceivers {
  constructor(
    private readonly store: Keyv,
    /** The upstream credential's non-secret id: receivers of different distributors never meet. */
    private readonly scope: string,
    /** Keys the credential hashes (derived from the upstream secret, the same on every instance). */
    private readonly hashKey: string,
  ) {}

  private recordKey(routeKey: string): string {
    return `message-route-receiver:${this.scope}:${routeKey}`;
  }

  private routeIndexKey(routeId: string): string {
    return `message-route-receiver-of:${this.scope}:${routeId}`;
  }

  private digest(presented: string): string {
    return createHmac('sha256', this.hashKey).update(presented).digest('hex');
  }

  /**
   * A new key and credentials, recorded before Telegent hears of them, so a delivery that
   * follows the route's creation at once is already recognised.
   */
  async issue(type: RouteCredentials['type']): Promise<IssuedReceiver> {
    const routeKey = randomToken(18);
    const credentials: RouteCredentials = { type, username: type === 'Basic' ? BASIC_USERNAME : null, secret: randomToken() };
    const record: ReceiverRecord = { digest: this.digest(canonical(credentials)), routeId: null, issuedAtMs: Date.now() };
    await this.store.set(this.recordKey(routeKey), record).catch(() => {
      throw storeUnavailable('record the credentials the route will present');
    });
    return { routeKey, credentials };
  }

  /**
   * Binds an issued key to the route Telegent now points at it, and revokes the key the route
   * used before (when it pointed at the gateway already), whose credentials Telegent no longer has.
   * Best effort: the route write already happened, and the issued key verifies without this; while
   * the shared store is down the old key simply stays valid.
   */
  async activate(routeKey: string, routeId: string): Promise<void> {
    await this.bind(routeKey, routeId).catch(() => undefined);
  }

  private async bind(routeKey: string, routeId: string): Promise<void> {
    const record = (await this.store.get(this.recordKey(routeKey))) as ReceiverRecord | undefined;
    if (record) await this.store.set(this.recordKey(routeKey), { ...record, routeId });
    const previous = (await this.store.get(this.routeIndexKey(routeId))) as string | undefined;
    await this.store.set(this.routeIndexKey(routeId), routeKey);
    if (previous !== undefined && previous !== routeKey) await this.store.delete(this.recordKey(previous));
  }

  /** Forgets an issued key whose route write certainly did not happen (best effort: the write's own error matters). */
  async discard(routeKey: string): Promise<void> {
    await this.store.delete(this.recordKey(routeKey)).catch(() => undefined);
  }

  /**
   * Where `url` (one side of route `routeId`) delivers. Any instance sharing the store answers
   * alike, since records are kept there. When the store cannot be read, `receiving`: an outage
   * should not refuse a subscription whose deliveries will verify once the store is back.
   */
  async stateOf(url: string | null, side: ReceiverSide, routeId: string): Promise<ReceiverState> {
    const receiver = receiverOf(url);
    if (receiver === null || receiver.side !== side) return 'elsewhere';
    let record: ReceiverRecord | undefined;
    try {
      record = (await this.store.get(this.recordKey(receiver.routeKey))) as ReceiverRecord | undefined;
    } catch {
      return 'receiving';
    }
    return record && (record.routeId === null || record.routeId === routeId) ? 'receiving' : 'forgotten';
  }

  /**
   * The route a call authenticates for, or null when the key is unknown or the Authorization
   * header (Basic or Bearer) does not carry its credentials. Compared in constant time.
   */
  async verify(routeKey: string, authorization: string | undefined): Promise<{ routeId: string | null } | null> {
    const presented = presentedCredentials(authorization);
    if (presented === null) return null;
    const record = (await this.store.get(this.recordKey(routeKey))) as ReceiverRecord | undefined;
    if (!record) return null;
    const expected = Buffer.from(record.digest, 'hex');
    const actual = Buffer.from(this.digest(presented), 'hex');
    return expected.length === actual.length && timingSafeEqual(expected, actual) ? { routeId: record.routeId } : null;
  }
}

/** One spelling of a credential for hashing: `bearer <token>` or `basic <username>:<password>`. */
function canonical(credentials: RouteCredentials): string {
  return credentials.type === 'Bearer' ? `bearer ${credentials.secret}` : `basic ${credentials.username}:${credentials.secret}`;
}

/** The canonical spelling of an Authorization header (scheme names are case-insensitive, RFC 9110 §11.1); null when neither scheme. */
function presentedCredentials(authorization: string | undefined): string | null {
  const match = /^(\S+)\s+(\S+)\s*$/.exec(authorization ?? '');
  if (!match) return null;
  const scheme = match[1]!.toLowerCase();
  if (scheme === 'bearer') return `bearer ${match[2]}`;
  if (scheme !== 'basic') return null;
  const decoded = Buffer.from(match[2]!, 'base64').toString('utf8');
  return decoded.includes(':') ? `basic ${decoded}` : null;
}
