import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type KeyvRedis from '@keyv/redis';
import { storeUnavailable } from '../errors';
import type { Scope } from '../principal';

/** The prefix every API key starts with, so a key is told from a JWT (and found by secret scanners). */
export const API_KEY_PREFIX = 'tgk_';

/** The prefix of an API key's ID (`APIKEY-<hex>`), the form in which the graph names it. */
export const API_KEY_ID_PREFIX = 'APIKEY-';

/** `tgk_<16 hex: key id>_<64 hex: 32 random bytes>`. */
const KEY_SHAPE = /^tgk_([0-9a-f]{16})_([0-9a-f]{64})$/;

/** An API key as the graph shows it: everything but its secret, which is never stored, and its hash. */
export interface ApiKeyInfo {
  /** `APIKEY-<hex>`. */
  id: string;
  /** The start of the key (`tgk_<hex>`): not secret, it tells which key a client holds. */
  prefix: string;
  name: string;
  role: 'partner';
  accountIds: string[];
  scopes: Scope[];
  /** Epoch ms. */
  createdAt: number;
  /** The id of the principal that created it (`jwt:<sub>`). */
  createdBy: string;
  /** Epoch ms; null: it does not expire. */
  expiresAt: number | null;
  /** Epoch ms; null: not revoked. */
  revokedAt: number | null;
  /** Epoch ms, to about a minute (README "API keys"); null: never used. */
  lastUsedAt: number | null;
}

/** What is stored of a key: its description and the keyed hash of the key, never the key. */
interface StoredApiKey extends Omit<ApiKeyInfo, 'lastUsedAt'> {
  /** HMAC-SHA-256 of the whole key, hex. */
  hash: string;
}

/**
 * Where the records live. Last use is kept apart from the record, so that marking a key used never
 * rewrites (and so never undoes) a revocation another instance wrote meanwhile.
 */
export interface ApiKeyBackend {
  /** Stores a new record; false when its ID is taken already (nothing is stored then). */
  add(record: StoredApiKey): Promise<boolean>;
  put(record: StoredApiKey): Promise<void>;
  get(id: string): Promise<StoredApiKey | undefined>;
  all(): Promise<StoredApiKey[]>;
  markUsed(id: string, atMs: number): Promise<void>;
  lastUsed(ids: readonly string[]): Promise<(number | null)[]>;
}

/** A new key's description, checked by its GraphQL input. */
export interface NewApiKey {
  name: string;
  accountIds: readonly string[];
  scopes: readonly Scope[];
  expiresAt: number | null;
  createdBy: string;
}

/**
 * API keys for partners that cannot run OAuth (README "API keys"): `tgk_<key id>_<secret>`, 32
 * random bytes of secret. Only a keyed hash of each key is stored (HMAC-SHA-256 keyed by
 * AUTH_API_KEY_SECRET, or a secret derived from the upstream secret), so the store alone, or a
 * copy of it, gives no usable key; a key is looked up by its ID and its hash compared in constant
 * time. Keys belong to the upstream credential: one distributor's keys never open another's.
 */
export class ApiKeyStore {
  private readonly revokedListeners = new Set<(id: string) => void>();

  constructor(
    private readonly backend: ApiKeyBackend,
    /** Keys the hashes; every instance must have the same one. */
    private readonly hashKey: string,
  ) {}

  /** Makes a key; the key itself is returned here only, once. */
  async create(fields: NewApiKey, nowMs = Date.now()): Promise<{ apiKey: ApiKeyInfo; key: string }> {
    for (;;) {
      const made = await this.make(fields, nowMs);
      // Two keys drawing one 64-bit ID is all but impossible; it must still never replace a key.
      if (made) return made;
    }
  }

  private async make(fields: NewApiKey, nowMs: number): Promise<{ apiKey: ApiKeyInfo; key: string } | null> {
    const keyId = randomBytes(8).toString('hex');
    const key = `${API_KEY_PREFIX}${keyId}_${randomBytes(32).toString('hex')}`;
    const record: StoredApiKey = {
      id: `${API_KEY_ID_PREFIX}${keyId}`,
      prefix: `${API_KEY_PREFIX}${keyId}`,
      name: fields.name,
      role: 'partner',
      accountIds: [...fields.accountIds],
      scopes: [...fields.scopes],
      createdAt: nowMs,
      createdBy: fields.createdBy,
      expiresAt: fields.expiresAt,
      revokedAt: null,
      hash: this.hashOf(key),
    };
    if (!(await unavailableAs('store the API key', this.backend.add(record)))) return null;
    return { apiKey: publicPart(record, null), key };
  }

  /** Revokes a key (a revoked key stays listed); undefined when there is no such key. Revoking twice keeps the first time. */
  async revoke(id: string, nowMs = Date.now()): Promise<ApiKeyInfo | undefined> {
    const record = await unavailableAs('revoke the API key', this.backend.get(id));
    if (!record) return undefined;
    if (record.revokedAt === null) await unavailableAs('revoke the API key', this.backend.put({ ...record, revokedAt: nowMs }));
    for (const listener of this.revokedListeners) listener(id);
    const [lastUsedAt] = await this.backend.lastUsed([id]).catch(() => [null]);
    return publicPart({ ...record, revokedAt: record.revokedAt ?? nowMs }, lastUsedAt ?? null);
  }

  /** Calls `listener` with the ID of each key this instance revokes (so its caches forget the key at once). */
  onRevoked(listener: (id: string) => void): void {
    this.revokedListeners.add(listener);
  }

  /** Every key of the credential, revoked ones included, newest first. */
  async list(): Promise<ApiKeyInfo[]> {
    const records = (await unavailableAs('list the API keys', this.backend.all())).sort((a, b) => b.createdAt - a.createdAt || a.id.localeCompare(b.id));
    const lastUsed = await unavailableAs('list the API keys', this.backend.lastUsed(records.map((record) => record.id)));
    return records.map((record, index) => publicPart(record, lastUsed[index] ?? null));
  }

  /**
   * The key's record when `key` is a well-formed key whose hash matches the stored one, whether
   * revoked or expired (the caller decides); null otherwise. Never says which part was wrong.
   */
  async find(key: string): Promise<ApiKeyInfo | null> {
    const keyId = KEY_SHAPE.exec(key)?.[1];
    if (keyId === undefined) return null;
    const record = await unavailableAs('verify the API key', this.backend.get(`${API_KEY_ID_PREFIX}${keyId}`));
    if (!record || !sameHash(record.hash, this.hashOf(key))) return null;
    return publicPart(record, null);
  }

  /** Records that the key was used at `atMs` (callers throttle it: README "API keys"). */
  markUsed(id: string, atMs = Date.now()): Promise<void> {
    return this.backend.markUsed(id, atMs);
  }

  /** The keyed hash a key is stored under; also a safe cache key for it. */
  hashOf(key: string): string {
    return createHmac('sha256', this.hashKey).update(key).digest('hex');
  }
}

/** The secret part of an API key, whole or cut short, wherever it sits in a text (the public part before it stays). */
const KEY_SECRET_IN_TEXT = /(tgk_[0-9a-f]{16}_)[0-9a-f]+/gi;

/** `text` with the secret part of every API key in it replaced by `replacement`. */
export function redactApiKeys(text: string, replacement: string): string {
  return text.replace(KEY_SECRET_IN_TEXT, `$1${replacement}`);
}

/** Whether `key` has the shape of an API key (it may still be unknown). */
export function isWellFormedApiKey(key: string): boolean {
  return KEY_SHAPE.test(key);
}

/** A store failure, as the STORE_UNAVAILABLE clients can act on (the store's own error says nothing to them). */
function unavailableAs<T>(what: string, pending: Promise<T>): Promise<T> {
  return pending.catch(() => {
    throw storeUnavailable(what);
  });
}

function publicPart(record: StoredApiKey, lastUsedAt: number | null): ApiKeyInfo {
  const { hash: _hash, ...info } = record;
  return { ...info, lastUsedAt };
}

function sameHash(storedHex: string, computedHex: string): boolean {
  const stored = Buffer.from(storedHex, 'hex');
  const computed = Buffer.from(computedHex, 'hex');
  return stored.length === computed.length && timingSafeEqual(stored, computed);
}

/** One instance's keys, in process (without REDIS_URL): kept apart from the bounded store, which may drop entries. */
export class MemoryApiKeyBackend implements ApiKeyBackend {
  private readonly records = new Map<string, StoredApiKey>();
  private readonly used = new Map<string, number>();

  async add(record: StoredApiKey): Promise<boolean> {
    if (this.records.has(record.id)) return false;
    await this.put(record);
    return true;
  }

  async put(record: StoredApiKey): Promise<void> {
    this.records.set(record.id, structuredClone(record));
  }

  async get(id: string): Promise<StoredApiKey | undefined> {
    const record = this.records.get(id);
    return record && structuredClone(record);
  }

  async all(): Promise<StoredApiKey[]> {
    return [...this.records.values()].map((record) => structuredClone(record));
  }

  async markUsed(id: string, atMs: number): Promise<void> {
    this.used.set(id, Math.max(atMs, this.used.get(id) ?? 0));
  }

  async lastUsed(ids: readonly string[]): Promise<(number | null)[]> {
    return ids.map((id) => this.used.get(id) ?? null);
  }
}

/**
 * Every instance's keys in Redis, through the shared store's connection: one hash per upstream
 * credential holds the records (field: key ID), so listing is one HGETALL, a new key one HSETNX
 * and a revocation one HSET of one field; another holds the last uses. Neither expires: a key lives until revoked
 * (revoked keys stay listed).
 */
export class RedisApiKeyBackend implements ApiKeyBackend {
  private readonly recordsKey: string;
  private readonly usedKey: string;

  constructor(
    /** The shared keyv store's Redis adapter: its connection is reused. */
    private readonly redis: KeyvRedis<unknown>,
    /** The upstream credential's non-secret id. */
    credentialId: string,
    prefix = 'telegent-graph:',
  ) {
    this.recordsKey = `${prefix}api-keys:${credentialId}`;
    this.usedKey = `${prefix}api-keys-used:${credentialId}`;
  }

  async add(record: StoredApiKey): Promise<boolean> {
    const client = await this.redis.getClient();
    return Number(await client.hSetNX(this.recordsKey, record.id, JSON.stringify(record))) === 1;
  }

  async put(record: StoredApiKey): Promise<void> {
    const client = await this.redis.getClient();
    await client.hSet(this.recordsKey, record.id, JSON.stringify(record));
  }

  async get(id: string): Promise<StoredApiKey | undefined> {
    const client = await this.redis.getClient();
    const text = await client.hGet(this.recordsKey, id);
    return typeof text === 'string' ? (JSON.parse(text) as StoredApiKey) : undefined;
  }

  async all(): Promise<StoredApiKey[]> {
    const client = await this.redis.getClient();
    return Object.values(await client.hGetAll(this.recordsKey)).map((text) => JSON.parse(String(text)) as StoredApiKey);
  }

  async markUsed(id: string, atMs: number): Promise<void> {
    const client = await this.redis.getClient();
    await client.hSet(this.usedKey, id, String(atMs));
  }

  async lastUsed(ids: readonly string[]): Promise<(number | null)[]> {
    if (ids.length === 0) return [];
    const client = await this.redis.getClient();
    const values = await client.hmGet(this.usedKey, [...ids]);
    return values.map((value) => (value === null || value === undefined ? null : Number(value)));
  }
}
