/**
 * One cached upstream list as this process holds it: the records by ID, parsed once, and what the
 * areas derive from them (graph objects, indexes), built once per snapshot on first use. A request
 * that reads a snapshot allocates only what it returns.
 *
 * Snapshots never change: a change a write makes yields a new snapshot that shares the unchanged
 * records (and, through the areas' per-record memos, their graph objects).
 */
export class Snapshot<R> {
  private readonly derived = new Map<string, unknown>();
  private listed: R[] | undefined;

  constructor(
    readonly records: ReadonlyMap<string, R>,
    /** When the refresh this data comes from started (epoch ms). */
    readonly fetchedAt: number,
  ) {}

  /** The records in the upstream's order (changed records where they were, new ones last). */
  list(): readonly R[] {
    this.listed ??= [...this.records.values()];
    return this.listed;
  }

  /** `build` over this snapshot, once: the same value for every request that asks. */
  derive<T>(name: string, build: (snapshot: Snapshot<R>) => T): T {
    if (this.derived.has(name)) return this.derived.get(name) as T;
    const value = build(this);
    this.derived.set(name, value);
    return value;
  }

  /** A snapshot with `upserts` put in and `removals` taken out (null: nothing changed, this one stands). */
  patched(upserts: ReadonlyMap<string, R>, removals: ReadonlySet<string>): Snapshot<R> | null {
    if (upserts.size === 0 && ![...removals].some((id) => this.records.has(id))) return null;
    const records = new Map(this.records);
    for (const id of removals) records.delete(id);
    for (const [id, record] of upserts) records.set(id, record);
    return new Snapshot(records, this.fetchedAt);
  }
}

/** A record-to-value memo shared by every snapshot: a record a change did not touch keeps its value. */
export function memoPerRecord<R extends object, V>(map: (record: R) => V): (record: R) => V {
  const memo = new WeakMap<R, V>();
  return (record) => {
    let value = memo.get(record);
    if (value === undefined) {
      value = map(record);
      memo.set(record, value);
    }
    return value;
  };
}
