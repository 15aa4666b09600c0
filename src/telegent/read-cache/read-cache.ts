import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Metrics } from '../../metrics';
import { GatewayError, ErrorCode } from '../../errors';
import { type CacheStore, PENDING_GENERATION } from '../../stores/read-cache-store';
import type { LeaseStore } from '../../stores/leases';
import type { TelegentClient } from '../client';
import { currentDeadline } from '../operation-scope';
import type { CacheChange, CacheKind, Collection, EntryRef } from './collection';
import type { RefreshBudget } from './refresh-budget';
import { Entry, type LogEntry, keyOf, toLogEntry } from './entry';
import { Freshness } from './freshness';
import { Snapshot } from './snapshot';

export { Freshness } from './freshness';

export interface ReadCacheOptions {
  /** false (CACHE=off): every request reads the lists it needs from the upstream, nothing is kept. */
  enabled: boolean;
  store: CacheStore;
  leases: LeaseStore;
  budget: RefreshBudget;
  /** The client refreshes read with (background priority, nobody's share of the quota). */
  client: TelegentClient;
  logger: Logger;
  /** Scopes lease keys (the upstream credential's id). */
  scope: string;
  /** The oldest data each kind may serve: older data is read again before it is served. */
  maxAgeMs: Record<CacheKind, number>;
  /** No entry is refreshed in the background sooner than this after its last refresh. */
  minRefreshIntervalMs: number;
  /** Entries nobody read for this long are no longer refreshed. */
  idleAfterMs: number;
  /** Records this process keeps parsed, over all entries: the least recently read entries are dropped beyond it. */
  maxRecords: number;
  /** At start, read the directory and the catalog, then every account's inventory, within the budget. */
  warm: boolean;
  /** Reads (hit, miss, bypass) and refreshes are counted here. */
  metrics?: Metrics;
}

/** How one request reads the cache. */
export interface CacheReader {
  /** The request's client: acting for its principal, under its deadline. */
  client: TelegentClient;
  /** `Cache-Control: no-cache`: read every entry the request touches from the upstream. */
  fresh: boolean;
  freshness: Freshness;
}

/** Re-reading more records than this one by one costs more than reading most lists whole. */
const MAX_REREADS = 20;
const LEASE_MS = 30_000;
/** How often a reader waiting for another instance's refresh looks for its result. */
const WAIT_POLL_MS = 150;
/** The longest a reader without a deadline waits for another instance's refresh before reading itself. */
const MAX_WAIT_MS = 30_000;
const TICK_MS = 250;
/** The cache as one request reads it. */
export interface CacheView {
  read<R>(ref: EntryRef<R>): Promise<Snapshot<R>>;
  peek<R>(ref: EntryRef<R>): Promise<Snapshot<R> | null>;
  /** After a write: a request that asked for fresh data reads what the write changed again. */
  renew(): void;
}

export class ReadCache {
  private readonly entries = new Map<string, Entry<unknown>>();
  private readonly ownerId = `read-cache:${randomUUID()}`;
  private readonly background: TelegentClient;
  private timer: NodeJS.Timeout | null = null;
  private backgroundRefresh: Promise<void> | null = null;
  private storeDownSince: number | null = null;
  private readonly abort = new AbortController();
  /** Lists the warm-up reads: what the account screens of every account need. */
  private warmEntries: (() => EntryRef<unknown>[]) | null = null;

  constructor(private readonly options: ReadCacheOptions) {
    this.background = options.client.inBackground();
  }

  /** Starts the background refreshes (and the warm-up, when configured). */
  start(warm: () => EntryRef<unknown>[]): void {
    if (!this.options.enabled) return;
    // Without a budget nothing is refreshed in the background: entries are read when a reader needs them.
    if (this.options.budget.perMinute === 0) return;
    if (this.options.warm) this.warmEntries = warm;
    this.timer = setInterval(() => this.tick(), TICK_MS);
    this.timer.unref();
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.abort.abort();
    // A refresh waiting for its budget stops now; its lease is released before the stores close.
    await this.backgroundRefresh;
    this.options.budget.close();
    await this.options.store.close();
  }

  /**
   * The entry's snapshot for one request: the shared copy when it is usable (synced with the
   * other instances first, one Redis round trip), else read from the upstream now, once for all
   * the readers that ask meanwhile, here and on other instances.
   */
  async read<R>(ref: EntryRef<R>, reader: CacheReader): Promise<Snapshot<R>> {
    const { kind } = ref.collection;
    if (!this.options.enabled) {
      this.options.metrics?.cacheRead(kind, 'bypass');
      return this.readThrough(ref, reader);
    }
    const entry = this.entry(ref, false);
    const now = Date.now();
    entry.noteRead(now);
    await this.sync(entry);
    const usable = this.usable(entry, now);
    this.options.metrics?.cacheRead(kind, reader.fresh ? 'bypass' : usable ? 'hit' : 'miss');
    if (reader.fresh || !usable) {
      await this.refreshNow(entry, reader.client, reader.fresh);
    } else if (entry.rereads.size > 0) {
      await this.reread(entry, reader.client);
    }
    const snapshot = entry.snapshot;
    if (!snapshot) throw new GatewayError('The read cache lost an entry it had just read; retry.', ErrorCode.UPSTREAM_UNAVAILABLE);
    reader.freshness.note(snapshot.fetchedAt);
    return snapshot;
  }

  /**
   * The entry's snapshot if this process holds a usable one (synced first), without reading the
   * upstream: for lookups that have a cheaper one-record read when the list is not at hand.
   */
  async peek<R>(ref: EntryRef<R>, reader: CacheReader): Promise<Snapshot<R> | null> {
    if (reader.fresh || !this.options.enabled) return null;
    const entry = this.entries.get(keyOf(ref)) as Entry<R> | undefined;
    if (!entry?.snapshot) return null;
    await this.sync(entry);
    if (!this.usable(entry, Date.now()) || entry.rereads.size > 0 || !entry.snapshot) return null;
    entry.noteRead(Date.now());
    this.options.metrics?.cacheRead(entry.collection.kind, 'hit');
    reader.freshness.note(entry.snapshot.fetchedAt);
    return entry.snapshot;
  }

  /** The snapshot this process holds for `ref`, as it is (no sync, no read): for the warm-up. */
  held<R>(ref: EntryRef<R>): Snapshot<R> | null {
    return (this.entries.get(keyOf(ref)) as Entry<R> | undefined)?.snapshot ?? null;
  }

  /** The cache for one request. */
  view(reader: CacheReader): CacheView {
    if (!reader.fresh) return { read: (ref) => this.read(ref, reader), peek: (ref) => this.peek(ref, reader), renew: () => undefined };
    // Fresh data is read once per entry for the request, however many of its loaders ask.
    let fresh = new Map<string, Promise<Snapshot<unknown>>>();
    return {
      read: <R>(ref: EntryRef<R>) => {
        const key = keyOf(ref);
        let pending = fresh.get(key) as Promise<Snapshot<R>> | undefined;
        if (!pending) {
          pending = this.read(ref, reader);
          fresh.set(key, pending as Promise<Snapshot<unknown>>);
          pending.catch(() => fresh.delete(key));
        }
        return pending;
      },
      peek: async () => null,
      renew: () => {
        fresh = new Map();
      },
    };
  }

  /** Records what a write changed, for every instance, before the write's answer is sent. */
  async change(changes: readonly CacheChange[]): Promise<void> {
    if (!this.options.enabled) return;
    await Promise.all(
      changes.map(async (change) => {
        if (!('every' in change)) return this.record(change.entry, toLogEntry(change));
        const line: LogEntry = { op: 'reread-held', ids: [...change.rereadHeld] };
        let keys: string[];
        try {
          keys = await this.options.store.keys(change.every.kind);
        } catch {
          // The store away: the entries this process holds are the ones it can tell.
          keys = [...this.entries.keys()];
        }
        const refs = new Map<string, EntryRef<unknown>>();
        for (const entry of this.entries.values()) if (entry.collection === change.every) refs.set(entry.key, entry);
        for (const key of keys) {
          if (key !== change.every.kind && !key.startsWith(`${change.every.kind}:`)) continue;
          refs.set(key, { collection: change.every as Collection<unknown>, param: key === change.every.kind ? '' : key.slice(change.every.kind.length + 1) });
        }
        await Promise.all([...refs.values()].map((ref) => this.record(ref, line)));
      }),
    );
  }

  /** What an operator reads of the cache: per kind, its entries and how old their data is. */
  stats(now = Date.now()) {
    const kinds: Record<string, { entries: number; records: number; oldestAgeSec: number | null; refreshesLastMinute: number }> = {};
    for (const entry of this.entries.values()) {
      const kind = (kinds[entry.collection.kind] ??= { entries: 0, records: 0, oldestAgeSec: null, refreshesLastMinute: 0 });
      entry.refreshes = entry.refreshes.filter((at) => at > now - 60_000);
      kind.refreshesLastMinute += entry.refreshes.length;
      if (!entry.snapshot) continue;
      kind.entries += 1;
      kind.records += entry.snapshot.records.size;
      const age = Math.floor(entry.ageMs(now) / 1000);
      kind.oldestAgeSec = Math.max(kind.oldestAgeSec ?? 0, age);
    }
    return {
      kinds,
      refreshBudgetPerMinute: this.options.budget.perMinute,
      refreshCallsLastMinute: this.options.budget.takenLastMinute(),
      sharedStore: this.storeDownSince === null ? 'ok' : 'unavailable',
    };
  }

  /** CACHE=off: the list read for this request alone. */
  private async readThrough<R>(ref: EntryRef<R>, reader: CacheReader): Promise<Snapshot<R>> {
    const fetchedAt = Date.now();
    const pages = await ref.collection.fetch(reader.client, ref.param, async () => undefined);
    const records = new Map<string, R>();
    for (const page of pages) for (const record of page) records.set(ref.collection.idOf(record), record);
    reader.freshness.note(fetchedAt);
    return new Snapshot(records, fetchedAt);
  }

  private entry<R>(ref: EntryRef<R>, warm: boolean): Entry<R> {
    const key = keyOf(ref);
    let entry = this.entries.get(key) as Entry<R> | undefined;
    if (!entry) {
      entry = new Entry(key, ref.collection, ref.param, warm);
      this.entries.set(key, entry as Entry<unknown>);
    }
    return entry;
  }

  private usable(entry: Entry<unknown>, now: number): boolean {
    return entry.snapshot !== null && !entry.invalid && entry.ageMs(now) <= this.options.maxAgeMs[entry.collection.kind];
  }

  /**
   * Brings the entry up to the shared head: the log entries since the last sync, or the head's
   * generation loaded whole when it is new to this process. With the shared store away, this
   * process's copy stands alone (README "When Redis is down").
   */
  private async sync<R>(entry: Entry<R>): Promise<void> {
    let sync;
    const known = entry.generation ? { generation: entry.generation, applied: entry.applied } : null;
    try {
      sync = await this.options.store.sync(entry.key, known);
      this.storeUp();
    } catch (error) {
      this.storeDown(error as Error);
      return;
    }
    const { head, log } = sync;
    if (!head || head.generation === PENDING_GENERATION) {
      // Nothing shared (expired, or the store lost it): a copy here may miss changes others recorded meanwhile.
      if (entry.snapshot) entry.forget();
      return;
    }
    if (head.generation === entry.generation) {
      // Another sync of this entry may have applied the start of this tail meanwhile.
      this.apply(entry, known?.generation === entry.generation ? log.slice(Math.max(0, entry.applied - known.applied)) : log);
      return;
    }
    await this.load(entry, head.generation, head.fetchedAt);
  }

  /** Loads a generation another process committed: its pages parsed a page at a time, then its whole log. */
  private async load<R>(entry: Entry<R>, generation: string, fetchedAt: number): Promise<void> {
    if (entry.loading?.generation !== generation) {
      const done = (async () => {
        const pages = this.options.store.keepsPages ? await this.options.store.pages(entry.key, generation) : null;
        if (!pages) {
          entry.forget();
          return;
        }
        const records = new Map<string, R>();
        for (const page of pages) {
          for (const record of JSON.parse(page) as R[]) records.set(entry.collection.idOf(record), record);
          // Parsing a large list does not hold up the requests in between.
          await new Promise((resolve) => setImmediate(resolve));
        }
        const { log } = await this.options.store.sync(entry.key, { generation, applied: 0 });
        this.install(entry, new Snapshot(records, fetchedAt), generation, log);
      })();
      entry.loading = { generation, done };
      void done.catch(() => undefined).finally(() => {
        if (entry.loading?.done === done) entry.loading = null;
      });
    }
    try {
      await entry.loading.done;
    } catch (error) {
      this.storeDown(error as Error);
    }
  }

  private install<R>(entry: Entry<R>, snapshot: Snapshot<R>, generation: string, log: readonly string[]): void {
    entry.snapshot = snapshot;
    entry.generation = generation;
    entry.applied = 0;
    entry.rereads.clear();
    entry.invalid = false;
    this.apply(entry, log);
    this.evictBeyondBound();
  }

  /** Applies log entries in order to the entry's snapshot (one new snapshot for all of them). */
  private apply<R>(entry: Entry<R>, log: readonly string[]): void {
    if (log.length === 0 || !entry.snapshot) return;
    const upserts = new Map<string, R>();
    const removals = new Set<string>();
    for (const line of log) {
      const change = JSON.parse(line) as LogEntry;
      switch (change.op) {
        case 'upsert':
          for (const record of change.records as R[]) {
            const id = entry.collection.idOf(record);
            upserts.set(id, record);
            removals.delete(id);
            entry.rereads.delete(id);
          }
          break;
        case 'remove':
          for (const id of change.ids) {
            upserts.delete(id);
            removals.add(id);
            entry.rereads.delete(id);
          }
          break;
        case 'reread':
          for (const id of change.ids) entry.rereads.add(id);
          break;
        case 'reread-held':
          for (const id of change.ids) if (entry.snapshot.records.has(id) || upserts.has(id)) entry.rereads.add(id);
          break;
        case 'invalidate':
          entry.invalid = true;
          break;
      }
    }
    entry.applied += log.length;
    if (entry.rereads.size > MAX_REREADS || (entry.rereads.size > 0 && !entry.collection.fetchOne)) entry.invalid = true;
    entry.snapshot = entry.snapshot.patched(upserts, removals) ?? entry.snapshot;
  }

  /** Appends a change to the shared log; with the store away, applies it to this process's copy alone. */
  private async record(ref: EntryRef<unknown>, change: LogEntry): Promise<void> {
    const key = keyOf(ref);
    const line = JSON.stringify(change);
    try {
      await this.options.store.append(key, line);
      this.storeUp();
    } catch (error) {
      this.storeDown(error as Error);
      const entry = this.entries.get(key);
      if (entry) this.apply(entry, [line]);
    }
  }

  /**
   * Reads the entry from the upstream now: once in this process for every reader that asks
   * meanwhile, and once across instances (the lease): a reader that finds another instance
   * reading waits for its result rather than reading too.
   */
  private refreshNow<R>(entry: Entry<R>, client: TelegentClient, fresh: boolean): Promise<void> {
    // A reader asking for fresh data does not take a refresh that started before it asked.
    if (entry.refreshing && !fresh) return entry.refreshing;
    const started = this.refreshOnce(entry, client, false, true).then(() => undefined).finally(() => {
      if (entry.refreshing === started) entry.refreshing = null;
    });
    entry.refreshing = started;
    return started;
  }

  /**
   * One refresh of `entry` under its lease. `background`: within the budget. When another instance
   * holds the lease, waits for its result (`waitForOthers`) or gives up at once: false.
   */
  private async refreshOnce<R>(entry: Entry<R>, client: TelegentClient, background: boolean, waitForOthers: boolean): Promise<boolean> {
    const leaseKey = `read-cache:${this.options.scope}:${entry.key}`;
    const waitUntil = Math.min(currentDeadline() ?? Infinity, Date.now() + MAX_WAIT_MS);
    const knownGeneration = entry.generation;
    // A lease store that fails cannot keep instances apart: the read goes ahead (the lease only saves quota).
    if (!(await this.options.leases.acquire(leaseKey, this.ownerId, LEASE_MS).catch(() => true))) {
      if (!waitForOthers) return false;
      // Another instance is reading it: its commit serves this reader too. If it is slow or gone, read here.
      while (Date.now() < waitUntil && this.storeDownSince === null) {
        await sleep(WAIT_POLL_MS);
        await this.sync(entry);
        if (entry.generation !== knownGeneration && this.usable(entry, Date.now())) return true;
      }
    }
    // Held for as long as the refresh takes, however long it waits for its budget.
    const heartbeat = setInterval(() => void this.options.leases.extend(leaseKey, this.ownerId, LEASE_MS).catch(() => false), LEASE_MS / 3);
    heartbeat.unref();
    try {
      await this.sync(entry);
      const since = entry.generation ? { generation: entry.generation, applied: entry.applied } : null;
      // The data is as old as the first page's call, not as the wait for the budget before it.
      let fetchedAt: number | null = null;
      const pages = await entry.collection.fetch(client, entry.param, async () => {
        if (background) await this.options.budget.take(this.abort.signal);
        fetchedAt ??= Date.now();
      });
      fetchedAt ??= Date.now();
      // The last minute's, for `stats`: older ones go as new ones come.
      entry.refreshes = [...entry.refreshes.filter((at) => at > Date.now() - 60_000), Date.now()];
      this.options.metrics?.cacheRefreshed(entry.collection.kind, background ? 'background' : 'reader');
      const records = new Map<string, R>();
      for (const page of pages) for (const record of page) records.set(entry.collection.idOf(record), record);
      const generation = randomUUID();
      let carried: string[] = [];
      try {
        carried = await this.options.store.commit(entry.key, {
          generation,
          fetchedAt,
          pages: this.options.store.keepsPages ? pages.map((page) => JSON.stringify(page)) : [],
          since,
          ttlMs: this.options.maxAgeMs[entry.collection.kind] + 60_000,
        });
        this.storeUp();
      } catch (error) {
        this.storeDown(error as Error);
      }
      this.install(entry, new Snapshot(records, fetchedAt), generation, carried);
      return true;
    } finally {
      clearInterval(heartbeat);
      await this.options.leases.release(leaseKey, this.ownerId).catch(() => undefined);
    }
  }

  /** Reads again the records writes named, one call each, and records what it found for every instance. */
  private reread<R>(entry: Entry<R>, client: TelegentClient): Promise<void> {
    if (entry.rereading) return entry.rereading;
    const ids = [...entry.rereads];
    const fetchOne = entry.collection.fetchOne!;
    const started = (async () => {
      const found = await Promise.all(ids.map(async (id) => [id, await fetchOne(client, entry.param, id)] as const));
      const records = found.flatMap(([, record]) => (record ? [record] : []));
      const gone = found.flatMap(([id, record]) => (record ? [] : [id]));
      const ref = { collection: entry.collection, param: entry.param };
      if (records.length > 0) await this.record(ref, { op: 'upsert', records });
      if (gone.length > 0) await this.record(ref, { op: 'remove', ids: gone });
      // With the store away, `record` applied them here already.
      await this.sync(entry);
    })().finally(() => {
      if (entry.rereading === started) entry.rereading = null;
    });
    entry.rereading = started;
    return started;
  }

  /**
   * The background refresher: each second, the entry most in need (read most, oldest) is read
   * again, within the refresh budget, one at a time per instance; the lease keeps two instances
   * off the same entry. Entries nobody read for `idleAfterMs` are left to expire.
   */
  private tick(): void {
    if (this.backgroundRefresh) return;
    const now = Date.now();
    if (this.warmEntries) {
      for (const ref of this.warmEntries()) if (!this.entries.has(keyOf(ref))) this.entry(ref, true);
    }
    const candidates: { entry: Entry<unknown>; score: number }[] = [];
    for (const entry of this.entries.values()) {
      if (now - entry.lastReadAt > this.options.idleAfterMs) continue;
      const age = entry.ageMs(now);
      if (age < this.options.minRefreshIntervalMs && !entry.invalid) continue;
      candidates.push({ entry, score: (entry.score(now) + 0.001) * Math.min(age, this.options.maxAgeMs[entry.collection.kind] * 2) });
    }
    if (candidates.length === 0) return;
    candidates.sort((a, b) => b.score - a.score);
    this.backgroundRefresh = (async () => {
      // The first candidate no other instance is refreshing right now.
      for (const { entry } of candidates) {
        await this.sync(entry);
        if (entry.ageMs(Date.now()) < this.options.minRefreshIntervalMs && !entry.invalid) continue;
        try {
          if (await this.refreshOnce(entry, this.background, true, false)) return;
        } catch (error) {
          this.options.logger.warn({ err: (error as Error).message, entry: entry.collection.kind }, 'read cache: a background refresh failed');
          return;
        }
      }
    })().finally(() => {
      this.backgroundRefresh = null;
    });
  }

  /** Drops the parsed copies of the least recently read entries beyond `maxRecords`. */
  private evictBeyondBound(): void {
    let total = 0;
    for (const entry of this.entries.values()) total += entry.snapshot?.records.size ?? 0;
    if (total <= this.options.maxRecords) return;
    const byLastRead = [...this.entries.values()].filter((e) => e.snapshot).sort((a, b) => a.lastReadAt - b.lastReadAt);
    for (const entry of byLastRead) {
      if (total <= this.options.maxRecords) break;
      total -= entry.snapshot!.records.size;
      entry.forget();
    }
  }

  private storeDown(error: Error): void {
    if (this.storeDownSince === null) {
      this.storeDownSince = Date.now();
      this.options.logger.warn({ err: error.message }, 'read cache: the shared store failed; this instance caches alone until it answers again');
    }
  }

  private storeUp(): void {
    if (this.storeDownSince === null) return;
    this.storeDownSince = null;
    // What was cached alone may have missed other instances' changes: read from the shared store again.
    for (const entry of this.entries.values()) entry.forget();
    this.options.logger.info('read cache: the shared store answers again');
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
