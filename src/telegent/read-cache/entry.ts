import type { CacheChange, Collection, EntryRef } from './collection';
import type { Snapshot } from './snapshot';

/** A log entry of the shared store: a change to an entry since its generation was fetched. */
export type LogEntry =
  | { op: 'upsert'; records: unknown[] }
  | { op: 'remove'; ids: string[] }
  | { op: 'reread'; ids: string[] }
  /** Read again only the ids the entry holds. */
  | { op: 'reread-held'; ids: string[] }
  | { op: 'invalidate' };

/** Half-life of an entry's read count: what is read most right now is refreshed first. */
const READ_HALF_LIFE_MS = 60_000;

/** One cached list as this process holds it, with what the refresher knows of it. */
export class Entry<R> {
  snapshot: Snapshot<R> | null = null;
  generation: string | null = null;
  applied = 0;
  /** Records a write named that must be read again before the entry is served. */
  readonly rereads = new Set<string>();
  invalid = false;
  lastReadAt = Date.now();
  private readScore = 0;
  /** This process's refresh of the entry in flight, shared by every reader here. */
  refreshing: Promise<void> | null = null;
  rereading: Promise<void> | null = null;
  loading: { generation: string; done: Promise<void> } | null = null;
  refreshes: number[] = [];

  constructor(
    readonly key: string,
    readonly collection: Collection<R>,
    readonly param: string,
    /** Entries the warm-up added count as read a little, so they are read once. */
    warm: boolean,
  ) {
    if (warm) this.readScore = 0.01;
  }

  noteRead(now: number): void {
    this.readScore = this.score(now) + 1;
    this.lastReadAt = now;
  }

  score(now: number): number {
    return this.readScore * 2 ** (-(now - this.lastReadAt) / READ_HALF_LIFE_MS);
  }

  ageMs(now: number): number {
    return this.snapshot ? now - this.snapshot.fetchedAt : Infinity;
  }

  forget(): void {
    this.snapshot = null;
    this.generation = null;
    this.applied = 0;
    this.rereads.clear();
    this.invalid = false;
  }
}

/**
 * The shared read cache (README "The read cache"): the distributor-level lists every account
 * screen needs, read once for all requests and all instances, refreshed in the background within
 * a share of the quota, changed by every write through the gateway before its answer leaves.
 *
 * Data is distributor-wide: tenancy filters what a request takes out of a snapshot, never the
 * cache's keys (telegent/loaders.ts).
 */
export function keyOf(ref: EntryRef<unknown>): string {
  return ref.param === '' ? ref.collection.kind : `${ref.collection.kind}:${ref.param}`;
}

export function toLogEntry(change: Exclude<CacheChange, { every: unknown }>): LogEntry {
  if ('reread' in change) return { op: 'reread', ids: [...change.reread] };
  if ('upsert' in change) return { op: 'upsert', records: [...change.upsert] };
  if ('remove' in change) return { op: 'remove', ids: [...change.remove] };
  return { op: 'invalidate' };
}
