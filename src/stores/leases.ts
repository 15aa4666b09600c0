import type KeyvRedis from '@keyv/redis';

/**
 * Short exclusive claims on a key, with an owner and an expiry: in-process by default, in Redis
 * (SET NX PX) when `REDIS_URL` is set so that instances exclude each other too. An owner that
 * dies loses its lease when it expires; a live one keeps it with `extend`.
 */
export interface LeaseStore {
  acquire(key: string, ownerId: string, ttlMs: number): Promise<boolean>;
  /** Pushes the expiry of a lease `ownerId` still holds; false when it no longer does. */
  extend(key: string, ownerId: string, ttlMs: number): Promise<boolean>;
  release(key: string, ownerId: string): Promise<void>;
}

export class MemoryLeaseStore implements LeaseStore {
  private readonly leases = new Map<string, { ownerId: string; expiresAtMs: number }>();

  async acquire(key: string, ownerId: string, ttlMs: number): Promise<boolean> {
    const held = this.leases.get(key);
    if (held && held.expiresAtMs > Date.now() && held.ownerId !== ownerId) return false;
    this.leases.set(key, { ownerId, expiresAtMs: Date.now() + ttlMs });
    return true;
  }

  async extend(key: string, ownerId: string, ttlMs: number): Promise<boolean> {
    const held = this.leases.get(key);
    if (!held || held.ownerId !== ownerId || held.expiresAtMs <= Date.now()) return false;
    held.expiresAtMs = Date.now() + ttlMs;
    return true;
  }

  async release(key: string, ownerId: string): Promise<void> {
    if (this.leases.get(key)?.ownerId === ownerId) this.leases.delete(key);
  }
}

/** Only the owner may extend or release: compare and act in one step, server-side. */
const EXTEND_IF_OWNER = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE_IF_OWNER = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

export class RedisLeaseStore implements LeaseStore {
  constructor(
    /** The shared keyv store's Redis adapter: its connection is reused. */
    private readonly redis: KeyvRedis<unknown>,
    private readonly prefix = 'telegent-graph:lease:',
  ) {}

  async acquire(key: string, ownerId: string, ttlMs: number): Promise<boolean> {
    const client = await this.redis.getClient();
    return (await client.set(this.prefix + key, ownerId, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } })) === 'OK';
  }

  async extend(key: string, ownerId: string, ttlMs: number): Promise<boolean> {
    const client = await this.redis.getClient();
    return Number(await client.eval(EXTEND_IF_OWNER, { keys: [this.prefix + key], arguments: [ownerId, String(ttlMs)] })) === 1;
  }

  async release(key: string, ownerId: string): Promise<void> {
    const client = await this.redis.getClient();
    await client.eval(RELEASE_IF_OWNER, { keys: [this.prefix + key], arguments: [ownerId] });
  }
}
