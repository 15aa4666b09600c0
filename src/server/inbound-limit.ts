import { createHash } from 'node:crypto';
import { type RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { ErrorCode, GatewayError } from '../errors';
import type { Principal, Role } from '../principal';
import type { StoreRedisClient } from '../stores/redis-client';

/** The policy's name in the RateLimit headers. */
export const INBOUND_POLICY = 'per-principal';
/** The window the inbound limit counts in. */
export const INBOUND_WINDOW_SEC = 60;
/** After Redis failed a command, the local count is used this long before Redis is tried again. */
const REDIS_RETRY_AFTER_MS = 5_000;

/** What the inbound limit decided for one operation, with what the RateLimit headers say. */
export interface InboundDecision {
  allowed: boolean;
  /** Operations the principal may start per window (the policy's `q`). */
  limit: number;
  /** How many more it may start in this window (`r`). */
  remaining: number;
  /** Seconds until the window starts over (`t`, and Retry-After when refused). */
  resetSec: number;
}

export interface InboundLimitOptions {
  /** Operations each role's principals may start per minute (INBOUND_RATE_LIMIT_PER_MINUTE[_<ROLE>]). */
  perMinute: Readonly<Record<Role, number>>;
  /** The count's home across instances (its own client, closed with the limit); null: in process. */
  redis: StoreRedisClient | null;
  /** Scopes the Redis keys (the upstream credential's id), as the gateway's other shared keys. */
  scope: string;
  onRedisError?: (error: Error) => void;
}

interface RoleLimiters {
  limit: number;
  shared: RateLimiterRedis | null;
  local: RateLimiterMemory;
}

/**
 * Operations each principal may start per minute (HTTP requests, WebSocket subscribe messages),
 * by role, counted in fixed one-minute windows by `rate-limiter-flexible`: in Redis when the gateway
 * has one, so every instance counts together, else in process. Over the limit an operation is
 * refused before anything else is done for it (no upstream call). Redis being down never holds an
 * operation: a failed command (at once when disconnected, after REDIS_COMMAND_TIMEOUT_MS when it
 * hangs) falls back to this instance's own count, which is used for a few seconds before Redis is
 * tried again (README "When Redis is down").
 */
export class InboundRateLimit {
  private readonly byRole: Readonly<Record<Role, RoleLimiters>>;
  private redisFailedAt = -Infinity;

  constructor(private readonly options: InboundLimitOptions) {
    const limiters = (role: Role): RoleLimiters => {
      const points = options.perMinute[role];
      const keyPrefix = `telegent-graph:inbound:${options.scope}:${role}`;
      return {
        limit: points,
        shared: options.redis
          ? new RateLimiterRedis({
              storeClient: options.redis,
              useRedisPackage: true,
              rejectIfRedisNotReady: true,
              keyPrefix,
              points,
              duration: INBOUND_WINDOW_SEC,
              // A principal over its limit is refused here without asking Redis until its window ends.
              inMemoryBlockOnConsumed: points,
            })
          : null,
        local: new RateLimiterMemory({ keyPrefix, points, duration: INBOUND_WINDOW_SEC }),
      };
    };
    this.byRole = { operator: limiters('operator'), partner: limiters('partner'), manager: limiters('manager'), subscriber: limiters('subscriber') };
  }

  /** Counts one operation of `principal` and says whether it may run. */
  async admit(principal: Principal): Promise<InboundDecision> {
    const limiters = this.byRole[principal.role];
    // Principal ids embed the token's subject: hashed, so keys stay short and carry no one's e-mail.
    const key = createHash('sha256').update(principal.id).digest('hex').slice(0, 32);
    const redis = this.options.redis;
    if (limiters.shared && redis?.isReady && Date.now() - this.redisFailedAt > REDIS_RETRY_AFTER_MS) {
      try {
        return decision(limiters.limit, await limiters.shared.consume(key), true);
      } catch (error) {
        if (error instanceof RateLimiterRes) return decision(limiters.limit, error, false);
        this.redisFailedAt = Date.now();
        this.options.onRedisError?.(error as Error);
      }
    }
    return consume(limiters.local, key, limiters.limit);
  }

  close(): void {
    if (this.options.redis?.isOpen) this.options.redis.destroy();
  }
}

async function consume(limiter: RateLimiterAbstract, key: string, limit: number): Promise<InboundDecision> {
  try {
    return decision(limit, await limiter.consume(key), true);
  } catch (error) {
    if (error instanceof RateLimiterRes) return decision(limit, error, false);
    throw error;
  }
}

function decision(limit: number, res: RateLimiterRes, allowed: boolean): InboundDecision {
  return { allowed, limit, remaining: Math.max(0, res.remainingPoints), resetSec: Math.max(1, Math.ceil(res.msBeforeNext / 1000)) };
}

/**
 * The RateLimit-Policy and RateLimit fields of the IETF httpapi draft (draft-ietf-httpapi-ratelimit-headers,
 * Structured Field lists), and Retry-After on a refusal.
 */
export function rateLimitHeaders(decision: InboundDecision): Record<string, string> {
  return {
    'RateLimit-Policy': `"${INBOUND_POLICY}";q=${decision.limit};w=${INBOUND_WINDOW_SEC}`,
    RateLimit: `"${INBOUND_POLICY}";r=${decision.remaining};t=${decision.resetSec}`,
    ...(decision.allowed ? {} : { 'Retry-After': String(decision.resetSec) }),
  };
}

/** The coded error a refused operation gets, on either transport. */
export function inboundRefusal(decision: InboundDecision): GatewayError {
  return new GatewayError(
    `Too many operations: this caller may start ${decision.limit} a minute (INBOUND_RATE_LIMIT_PER_MINUTE). Nothing was done; retry after ${decision.resetSec} s.`,
    ErrorCode.RATE_LIMITED,
    { retryAfter: decision.resetSec },
  );
}
