import type { StoreRedisClient } from './redis-client';

/**
 * Where the shared read cache keeps its entries (README "The read cache"): in this process by
 * default, in Redis with `REDIS_URL` so that every instance reads what one of them fetched.
 *
 * An entry is one upstream list (a distributor's subscribers, one account's inventory …) in
 * generations: a refresh commits a new generation (its pages, as the upstream sent them) and
 * every change a write makes afterwards is appended to that generation's log, so an instance that
 * holds the generation parsed catches up by reading the log's tail, never the pages again.
 */
export interface CachedHead {
  generation: string;
  /** When the refresh that made the generation started (epoch ms): its data is at least this old. */
  fetchedAt: number;
  /** Entries in the generation's log. */
  logLength: number;
}

export interface CacheSync {
  head: CachedHead | null;
  /** When the caller knew the head's generation: the log entries after the ones it applied. */
  log: string[];
}

export interface CommitRequest {
  generation: string;
  fetchedAt: number;
  /** The pages as JSON; a store that only this process reads may ignore them (`keepsPages`). */
  pages: readonly string[];
  /** The head the refresh started from: its log entries from then on are carried into the new generation. */
  since: { generation: string; applied: number } | null;
  /** How long an untouched entry is kept (its maximum age and a margin): nothing older is ever served. */
  ttlMs: number;
}

export interface CacheStore {
  /** Whether `pages` can answer: false for the in-process store, where the parsed copy is the only copy. */
  readonly keepsPages: boolean;
  /** The entry's head, and the log after `known.applied` when `known` names the head's generation. */
  sync(key: string, known: { generation: string; applied: number } | null): Promise<CacheSync>;
  /** A generation's pages (null when it is gone). */
  pages(key: string, generation: string): Promise<string[] | null>;
  /** Makes `request.generation` the entry's head; answers the log entries carried over from the previous one. */
  commit(key: string, request: CommitRequest): Promise<string[]>;
  /**
   * Appends to the head generation's log. An entry without a head gets a placeholder one
   * (`PENDING_GENERATION`, no pages) for a while: a refresh in flight carries its log over, so a
   * write made while the first read of a list is under way is not lost.
   */
  append(key: string, entry: string): Promise<void>;
  /** The keys of the entries that have a head and start with `prefix`. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

/** The generation of a head that has a log but no pages yet (see `append`). */
export const PENDING_GENERATION = '-';
/** How long a placeholder head waits for the refresh that carries its log. */
const PENDING_TTL_MS = 120_000;

interface MemoryEntry {
  head: CachedHead;
  log: string[];
  expiresAt: number;
}

/** One process: heads and logs in a Map; the parsed snapshots the cache keeps are the data. */
export class MemoryCacheStore implements CacheStore {
  readonly keepsPages = false;
  private readonly entries = new Map<string, MemoryEntry>();

  async sync(key: string, known: { generation: string; applied: number } | null): Promise<CacheSync> {
    const entry = this.live(key);
    if (!entry) return { head: null, log: [] };
    const log = known && known.generation === entry.head.generation ? entry.log.slice(known.applied) : [];
    return { head: { ...entry.head, logLength: entry.log.length }, log };
  }

  async pages(): Promise<string[] | null> {
    return null;
  }

  async commit(key: string, request: CommitRequest): Promise<string[]> {
    const previous = this.live(key);
    const carried = previous ? carriedLog(previous.head.generation, previous.log, request.since) : [];
    this.entries.set(key, {
      head: { generation: request.generation, fetchedAt: request.fetchedAt, logLength: carried.length },
      log: [...carried],
      expiresAt: Date.now() + request.ttlMs,
    });
    return carried;
  }

  async append(key: string, entry: string): Promise<void> {
    let live = this.live(key);
    if (!live) {
      live = { head: { generation: PENDING_GENERATION, fetchedAt: 0, logLength: 0 }, log: [], expiresAt: Date.now() + PENDING_TTL_MS };
      this.entries.set(key, live);
    }
    live.log.push(entry);
    live.head.logLength = live.log.length;
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.entries.keys()].filter((key) => key.startsWith(prefix) && this.live(key));
  }

  async close(): Promise<void> {
    this.entries.clear();
  }

  private live(key: string): MemoryEntry | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry;
  }
}

/** The log entries a refresh that started at `since` has not seen: all of them when the head moved to another generation meanwhile. */
function carriedLog(generation: string, log: readonly string[], since: CommitRequest['since']): string[] {
  if (since && since.generation === generation) return log.slice(since.applied);
  return [...log];
}

/** How long a replaced generation stays readable, for instances that are loading it right now. */
const REPLACED_GENERATION_TTL_MS = 120_000;

/**
 * sync: KEYS[1] head hash; ARGV[1] known generation, ARGV[2] entries applied, ARGV[3] log key prefix.
 * Answers {generation, fetchedAt, logLength, ...log tail}, or {} when there is no head.
 */
const SYNC = `
local head = redis.call('hmget', KEYS[1], 'generation', 'fetchedAt')
if not head[1] then return {} end
local logKey = ARGV[3] .. head[1]
local length = redis.call('llen', logKey)
local reply = { head[1], head[2], tostring(length) }
if ARGV[1] == head[1] and tonumber(ARGV[2]) < length then
  local tail = redis.call('lrange', logKey, tonumber(ARGV[2]), -1)
  for i = 1, #tail do reply[#reply + 1] = tail[i] end
end
return reply`;

/**
 * commit: KEYS[1] head hash; ARGV: [1] new generation, [2] fetchedAt, [3] since generation ('' for
 * none), [4] since applied, [5] log key prefix, [6] pages key prefix, [7] ttl ms, [8] replaced ttl ms.
 * Carries the old generation's log tail over, moves the head, lets the old generation expire.
 */
const COMMIT = `
local old = redis.call('hget', KEYS[1], 'generation')
local carried = {}
if old then
  local from = 0
  if old == ARGV[3] then from = tonumber(ARGV[4]) end
  carried = redis.call('lrange', ARGV[5] .. old, from, -1)
end
local newLog = ARGV[5] .. ARGV[1]
redis.call('del', newLog)
for i = 1, #carried do redis.call('rpush', newLog, carried[i]) end
redis.call('hset', KEYS[1], 'generation', ARGV[1], 'fetchedAt', ARGV[2])
redis.call('pexpire', KEYS[1], ARGV[7])
if #carried > 0 then redis.call('pexpire', newLog, ARGV[7]) end
redis.call('pexpire', ARGV[6] .. ARGV[1], ARGV[7])
if old and old ~= ARGV[1] then
  redis.call('pexpire', ARGV[5] .. old, ARGV[8])
  redis.call('pexpire', ARGV[6] .. old, ARGV[8])
end
return carried`;

/** append: KEYS[1] head hash; ARGV[1] entry, ARGV[2] log key prefix, ARGV[3] pending generation, ARGV[4] its ttl ms. */
const APPEND = `
local generation = redis.call('hget', KEYS[1], 'generation')
if not generation then
  generation = ARGV[3]
  redis.call('hset', KEYS[1], 'generation', generation, 'fetchedAt', '0')
  redis.call('pexpire', KEYS[1], ARGV[4])
end
local logKey = ARGV[2] .. generation
local length = redis.call('rpush', logKey, ARGV[1])
redis.call('pexpire', logKey, redis.call('pttl', KEYS[1]))
return length`;

/**
 * Redis: per entry a head hash, and per generation a list of pages and a list of log entries.
 * Every step that reads and moves the head is one script, so a log entry is never appended to a
 * generation that has just been replaced without being carried over.
 */
export class RedisCacheStore implements CacheStore {
  readonly keepsPages = true;

  constructor(
    private readonly redis: StoreRedisClient,
    /** Scopes the keys (the upstream credential's id), as the gateway's other shared keys. */
    private readonly prefix: string,
  ) {}

  async sync(key: string, known: { generation: string; applied: number } | null): Promise<CacheSync> {
    const reply = (await this.redis.eval(SYNC, {
      keys: [this.headKey(key)],
      arguments: [known?.generation ?? '', String(known?.applied ?? 0), this.logPrefix(key)],
    })) as string[];
    if (reply.length === 0) return { head: null, log: [] };
    const [generation, fetchedAt, logLength, ...log] = reply;
    return { head: { generation: generation!, fetchedAt: Number(fetchedAt), logLength: Number(logLength) }, log };
  }

  async pages(key: string, generation: string): Promise<string[] | null> {
    const pages = await this.redis.lRange(this.pagesPrefix(key) + generation, 0, -1);
    return pages.length === 0 ? null : pages;
  }

  async commit(key: string, request: CommitRequest): Promise<string[]> {
    const pagesKey = this.pagesPrefix(key) + request.generation;
    // The pages first, under their own key: the head names the generation only once they are all there.
    await this.redis.del(pagesKey);
    for (let from = 0; from < request.pages.length; from += 8) {
      await this.redis.rPush(pagesKey, request.pages.slice(from, from + 8) as string[]);
    }
    await this.redis.pExpire(pagesKey, request.ttlMs);
    return (await this.redis.eval(COMMIT, {
      keys: [this.headKey(key)],
      arguments: [
        request.generation,
        String(request.fetchedAt),
        request.since?.generation ?? '',
        String(request.since?.applied ?? 0),
        this.logPrefix(key),
        this.pagesPrefix(key),
        String(request.ttlMs),
        String(REPLACED_GENERATION_TTL_MS),
      ],
    })) as string[];
  }

  async append(key: string, entry: string): Promise<void> {
    await this.redis.eval(APPEND, { keys: [this.headKey(key)], arguments: [entry, this.logPrefix(key), PENDING_GENERATION, String(PENDING_TTL_MS)] });
  }

  async keys(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const batch of this.redis.scanIterator({ MATCH: `${escapeGlob(this.prefix + prefix)}*:head`, COUNT: 500 })) {
      for (const key of batch) keys.push(key.slice(this.prefix.length, -':head'.length));
    }
    return keys;
  }

  async close(): Promise<void> {
    // Whatever state it is in (connecting, reconnecting): what the cache wrote is written, nothing waits.
    try {
      this.redis.destroy();
    } catch {
      // Already closed.
    }
  }

  private headKey(key: string): string {
    return `${this.prefix}${key}:head`;
  }

  private logPrefix(key: string): string {
    return `${this.prefix}${key}:log:`;
  }

  private pagesPrefix(key: string): string {
    return `${this.prefix}${key}:pages:`;
  }
}

function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
