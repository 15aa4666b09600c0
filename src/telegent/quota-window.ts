/**
 * When the upstream quota lets a call go: the rule both limiters apply (in process here; in Redis,
 * the same rule in `redis-rate-limiter.ts`'s script). Whose call goes is the fair queue's business.
 */

export interface QuotaRules {
  /** Calls allowed in any window (UPSTREAM_RATE_LIMIT_PER_MINUTE). */
  perMinute: number;
  windowMs: number;
  /** Calls the window may hold before further calls are paced (UPSTREAM_RATE_LIMIT_BURST). */
  burst: number;
}

/**
 * The earliest time from `from` (epoch ms) at which one more call may be sent, given the send
 * times `sent` (ascending; those out of the window are ignored), when at most `limit` calls may
 * be in the window.
 *
 * While the window holds fewer than `burst` calls, a call goes at once: a quiet gateway answers a
 * query that needs several calls without waiting. Beyond that the window's free slots are spread
 * evenly until its oldest call leaves it, rather than taken as fast as they are asked for. Slots
 * then keep coming at a steady pace, at least one per 60 s / (limit − burst + 1), so a caller
 * arriving after someone's burst finds the next one soon (and the fair queue gives it to whoever
 * has had least), instead of a full window for the rest of the minute.
 */
export function nextSendAt(sent: readonly number[], from: number, limit: number, rules: QuotaRules): number {
  let t = from;
  for (;;) {
    const oldest = firstInWindow(sent, t, rules.windowMs);
    const count = sent.length - oldest;
    if (count < Math.min(limit, rules.burst)) return t;
    if (count >= limit) {
      // Full: wait until enough calls have left the window, then look again.
      t = sent[oldest + count - limit]! + rules.windowMs;
      continue;
    }
    const last = sent[sent.length - 1]!;
    const leavesAt = sent[oldest]! + rules.windowMs;
    // `limit - count` free slots before the oldest leaves: the last of them just before it does
    // (whole milliseconds, as clocks give them).
    return Math.max(t, Math.ceil(last + (leavesAt - last) / (limit - count + 1)));
  }
}

/**
 * When each waiting call would be sent if nothing else arrived, for calls in the order they are to
 * be served (`limits[i]`: how many calls the window may hold for the i-th, see `nextSendAt`). A
 * call whose limit lets it go no sooner lets the next ones go first: background work waits behind
 * the interactive reserve while interactive calls after it in the order use the reserve.
 */
export function planSends(sent: readonly number[], limits: readonly number[], from: number, rules: QuotaRules): number[] {
  const simulated = sent.slice(firstInWindow(sent, from, rules.windowMs));
  const times = new Array<number>(limits.length);
  // The waiters of each limit, in order, and how many of each have been served.
  const byLimit = new Map<number, number[]>();
  limits.forEach((limit, index) => byLimit.set(limit, [...(byLimit.get(limit) ?? []), index]));
  const served = new Map<number, number>();
  let t = from;
  for (let count = 0; count < limits.length; count += 1) {
    let next = -1;
    let nextAt = Infinity;
    for (const [limit, indexes] of byLimit) {
      const index = indexes[served.get(limit) ?? 0];
      if (index === undefined) continue;
      const at = nextSendAt(simulated, t, limit, rules);
      // At the same time, the one earlier in the order.
      if (at < nextAt || (at === nextAt && index < next)) {
        next = index;
        nextAt = at;
      }
    }
    times[next] = nextAt;
    served.set(limits[next]!, (served.get(limits[next]!) ?? 0) + 1);
    simulated.push(nextAt);
    t = nextAt;
  }
  return times;
}

/** The index of the first send still in the window at `t` (one that leaves it after `t`). */
function firstInWindow(sent: readonly number[], t: number, windowMs: number): number {
  let low = 0;
  let high = sent.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    // The same sum as the time `nextSendAt` waits for, so a send has left exactly then.
    if (sent[middle]! + windowMs <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}
