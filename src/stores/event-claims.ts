import type KeyvRedis from '@keyv/redis';

/** How long an event's identity is remembered: Telegent's redeliveries of one event come well within it. */
export const EVENT_CLAIM_TTL_MS = 24 * 60 * 60_000;
/** In-process claims kept at most (the oldest go first): about 100 bytes each. @default 100_000 */
const MEMORY_CLAIMS_MAX = 100_000;

/**
 * First-sighting claims on event identities (a message ID on its route, a receipt's status), so an
 * event delivered twice (a redelivery, a replay, two instances) is published once: in-process by
 * default, in Redis (SET NX PX) when `REDIS_URL` is set so that instances see each other's claims.
 */
export interface EventClaims {
  /** True for the first claim of `identity` within `ttlMs`; false for every later one. */
  claim(identity: string, ttlMs?: number): Promise<boolean>;
}

export class MemoryEventClaims implements EventClaims {
  /** Identity → expiry; insertion order is age, so the oldest are dropped first beyond the bound. */
  private readonly claims = new Map<string, number>();

  constructor(private readonly maxClaims = MEMORY_CLAIMS_MAX) {}

  async claim(identity: string, ttlMs = EVENT_CLAIM_TTL_MS): Promise<boolean> {
    const now = Date.now();
    const expiresAtMs = this.claims.get(identity);
    if (expiresAtMs !== undefined && expiresAtMs > now) return false;
    this.claims.delete(identity);
    this.claims.set(identity, now + ttlMs);
    while (this.claims.size > this.maxClaims) this.claims.delete(this.claims.keys().next().value!);
    return true;
  }
}

export class RedisEventClaims implements EventClaims {
  constructor(
    /** The shared keyv store's Redis adapter: its connection is reused. */
    private readonly redis: KeyvRedis<unknown>,
    private readonly prefix = 'telegent-graph:event:',
  ) {}

  async claim(identity: string, ttlMs = EVENT_CLAIM_TTL_MS): Promise<boolean> {
    const client = await this.redis.getClient();
    return (await client.set(this.prefix + identity, '1', { condition: 'NX', expiration: { type: 'PX', value: ttlMs } })) === 'OK';
  }
}
