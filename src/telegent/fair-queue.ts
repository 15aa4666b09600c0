import type { Principal, Role } from '../principal';

/**
 * Whose share of the upstream quota a call draws on (README "Fair share of the quota"): the
 * principal of the operation it serves, or the gateway's own background work.
 */
export interface Claimant {
  /** The flow the fair queue orders: a principal's id (`jwt:…`, `key:…`, `none`), or `background`. */
  readonly id: string;
  /** How many calls it is served for each call of a weight-1 flow while both wait. */
  readonly weight: number;
}

/**
 * Weights by role. People at a screen (operators in GraphiQL or a back office, an account's
 * manager, a subscriber's app) weigh 4; partners' server-to-server integrations, which can retry
 * and batch, 3. Background work weighs 1: see `BACKGROUND`.
 */
export const ROLE_WEIGHTS: Readonly<Record<Role, number>> = Object.freeze({ operator: 4, manager: 4, subscriber: 4, partner: 3 });

/**
 * Every call made for no principal: order polls, order re-reads for subscribers, webhook
 * registration. One flow of weight 1, so however many orders are watched, they weigh as one
 * caller, the lightest.
 */
export const BACKGROUND: Claimant = Object.freeze({ id: 'background', weight: 1 });

/** The claimant of an operation run by `principal`. */
export function claimantOf(principal: Principal): Claimant {
  return { id: principal.id, weight: ROLE_WEIGHTS[principal.role] };
}

interface Entry<T> {
  item: T;
  /** When its flow's share allows it (epoch ms): the order key. */
  stamp: number;
}

/**
 * Waiting calls in weighted fair order, by virtual clock (L. Zhang, "VirtualClock", SIGCOMM 1990).
 * Each flow has a clock that every call of it, sent at once or queued, moves forward by one slot
 * of the quota (`slotMs` = 60 s / quota) divided by the flow's weight, starting from now if the
 * clock lags behind; a call is stamped with where it moves the clock to, and waiting calls are
 * served in stamp order. So a flow that just sent a burst has its clock far ahead and its waiting
 * calls stamped late, while a flow that has not called for a while is stamped about now and goes
 * before them: one principal's burst delays another's single call by about one slot. Of two
 * calls arriving together, the heavier flow's goes first. Clocks never lag behind real time, so a
 * flow cannot save up credit while idle, and the debt of a burst is forgotten as time passes.
 */
export class FairQueue<T> {
  private entries: Entry<T>[] = [];
  /** Each flow's clock (epoch ms), while ahead of real time. */
  private readonly clocks = new Map<string, number>();
  private sweptAt = 0;

  constructor(
    /** One slot of the quota: 60 s divided by the calls allowed per minute. */
    private readonly slotMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get length(): number {
    return this.entries.length;
  }

  /** The waiting items, next first. */
  items(): T[] {
    return this.entries.map((entry) => entry.item);
  }

  /** A call of `claimant` sent without waiting: it counts against its flow's share all the same. */
  charge(claimant: Claimant): void {
    this.stamp(claimant);
  }

  /** Queues `item` in fair order; returns its position (0: next). */
  push(item: T, claimant: Claimant): number {
    const entry: Entry<T> = { item, stamp: this.stamp(claimant) };
    const position = this.placeOf(entry.stamp);
    this.entries.splice(position, 0, entry);
    return position;
  }

  /** The position a call of `claimant` would take if queued now (nothing is charged). */
  positionFor(claimant: Claimant): number {
    return this.placeOf(Math.max(this.now(), this.clocks.get(claimant.id) ?? 0) + this.slotMs / claimant.weight);
  }

  /** After every entry stamped no later: first come, first served within a stamp. */
  private placeOf(stamp: number): number {
    let low = 0;
    let high = this.entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.entries[middle]!.stamp <= stamp) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /** Takes `item` out of the queue (served, or given up); false when it was not there. */
  remove(item: T): boolean {
    const index = this.entries.findIndex((entry) => entry.item === item);
    if (index < 0) return false;
    this.entries.splice(index, 1);
    return true;
  }

  /** Moves the flow's clock one weighted slot forward and returns it: the call's stamp. */
  private stamp(claimant: Claimant): number {
    const now = this.now();
    const stamp = Math.max(now, this.clocks.get(claimant.id) ?? now) + this.slotMs / claimant.weight;
    this.clocks.set(claimant.id, stamp);
    this.sweep(now);
    return stamp;
  }

  /** Forgets clocks that real time has caught up with (at most once a slot, so a stamp stays O(1) amortized). */
  private sweep(now: number): void {
    if (now - this.sweptAt < this.slotMs) return;
    this.sweptAt = now;
    for (const [id, clock] of this.clocks) if (clock <= now) this.clocks.delete(id);
  }
}
