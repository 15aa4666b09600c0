import { LRUCache } from 'lru-cache';
import { type Principal, createPrincipal } from '../../principal';
import { type ApiKeyInfo, type ApiKeyStore, isWellFormedApiKey } from '../../stores/api-keys';
import { AuthenticationError } from './authentication-error';
import type { ApiKeyVerifier } from './authenticator';

/**
 * How long a key's record, once read from the store, is trusted by one instance: the most time a
 * revocation made on another instance takes to reach this one (the instance that revokes forgets
 * the key at once). Also how often a WebSocket opened with an API key checks its key again.
 * @default 5_000 // 5 seconds
 */
export const API_KEY_CACHE_MS = 5_000;

/** Last use is written at most this often per key and instance: a busy key costs no store write per request. */
export const API_KEY_LAST_USED_INTERVAL_MS = 60_000;

/** Keys whose records one instance keeps at once (the least recently used go first). */
const CACHED_KEYS_MAX = 10_000;

type Lookup = { info: ApiKeyInfo | null };

/**
 * Verifies API keys (`tgk_…`) against the shared store: malformed, unknown, revoked and expired
 * keys are refused with UNAUTHENTICATED, never repeating the key. A key's record is cached for
 * `API_KEY_CACHE_MS` (5 s), so a revoked key stops working on every instance within 5 seconds,
 * and its last use is recorded at most once a minute. While the store cannot be read, a key
 * not cached is refused with STORE_UNAVAILABLE (HTTP 503), not as invalid.
 */
export class StoredApiKeyVerifier implements ApiKeyVerifier {
  /** By the key's keyed hash, never the key: what is found (null: no such key) and until when. */
  private readonly cache = new LRUCache<string, Lookup>({ max: CACHED_KEYS_MAX, ttl: API_KEY_CACHE_MS, ttlAutopurge: false });
  /** One store read per key at a time, however many requests bring it at once. */
  private readonly inFlight = new Map<string, Promise<Lookup>>();
  /** Key ID → when this instance last wrote its last use. */
  private readonly lastMarked = new LRUCache<string, number>({ max: CACHED_KEYS_MAX });

  constructor(
    private readonly store: ApiKeyStore,
    private readonly now: () => number = Date.now,
  ) {
    store.onRevoked((id) => {
      for (const [hash, lookup] of this.cache.entries()) if (lookup.info?.id === id) this.cache.delete(hash);
    });
  }

  async verify(key: string): Promise<Principal> {
    if (!isWellFormedApiKey(key)) throw new AuthenticationError('The API key is malformed: API keys look like tgk_<16 hex digits>_<64 hex digits>.');
    const { info } = await this.lookUp(this.store.hashOf(key), key);
    const now = this.now();
    if (info === null) throw new AuthenticationError('The API key is not known: it was never issued by this gateway, or was mistyped.');
    if (info.revokedAt !== null) throw new AuthenticationError(`The API key ${info.prefix} was revoked.`);
    if (info.expiresAt !== null && info.expiresAt <= now) throw new AuthenticationError(`The API key ${info.prefix} has expired.`);
    this.markUsed(info.id, now);
    return createPrincipal({
      id: `key:${info.id}`,
      role: info.role,
      scopes: info.scopes,
      accountIds: info.accountIds,
      expiresAt: info.expiresAt,
      credential: 'api-key',
    });
  }

  private lookUp(hash: string, key: string): Promise<Lookup> {
    const cached = this.cache.get(hash);
    if (cached) return Promise.resolve(cached);
    let pending = this.inFlight.get(hash);
    if (!pending) {
      pending = this.store.find(key).then((info) => {
        const lookup = { info };
        this.cache.set(hash, lookup);
        return lookup;
      });
      pending.finally(() => this.inFlight.delete(hash)).catch(() => undefined);
      this.inFlight.set(hash, pending);
    }
    return pending;
  }

  /** Best effort: a store that fails here must not fail the request. */
  private markUsed(id: string, now: number): void {
    const last = this.lastMarked.get(id);
    if (last !== undefined && now - last < API_KEY_LAST_USED_INTERVAL_MS) return;
    this.lastMarked.set(id, now);
    void this.store.markUsed(id, now).catch(() => this.lastMarked.delete(id));
  }
}
