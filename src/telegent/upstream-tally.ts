import { AsyncLocalStorage } from 'node:async_hooks';

/** The upstream requests made for one operation (its access log line, `extensions.upstream.calls`). */
export class UpstreamTally {
  /** Requests sent, retries and token requests included. */
  calls = 0;
}

/**
 * The tally of the operation being served. Like the deadline (`deadline.ts`) it travels with the
 * operation's async work, so `TelegentClient` counts each request it sends for whoever sent it: a
 * read shared through `readsInFlight` is counted once, for the operation that made it.
 */
const tallies = new AsyncLocalStorage<UpstreamTally>();

/** Runs `fn` (an operation's execution) counting its upstream requests in `tally`. */
export function runTallied<T>(tally: UpstreamTally, fn: () => T): T {
  return tallies.run(tally, fn);
}

/** Counts one upstream request for the current operation (nothing outside one). */
export function tallyUpstreamRequest(): void {
  const tally = tallies.getStore();
  if (tally) tally.calls += 1;
}
