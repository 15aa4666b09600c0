import { AsyncLocalStorage } from 'node:async_hooks';

/** The upstream requests made for one operation (its access log line, `extensions.upstream.calls`). */
export class UpstreamTally {
  /** Requests sent, retries and token requests included. */
  calls = 0;
}

/** What travels with an operation's async work. */
export interface OperationScope {
  /**
   * The operation's deadline (epoch ms, REQUEST_DEADLINE_MS): one bound on queueing for the quota,
   * retries and waiting for answers together. Undefined for a subscription, which outlives any.
   */
  readonly deadlineAt: number | undefined;
  /** Where `TelegentClient` counts each request it sends for the operation. */
  readonly tally: UpstreamTally;
}

/**
 * The operation being served, carried through its async work so the client reads its deadline and
 * counts its requests without every read and write passing them along. A read shared through
 * `readsInFlight` is counted once, for the operation that sent it. One AsyncLocalStorage for both:
 * Node 20 copies every active store onto every promise an operation creates, so each store costs
 * on the hottest path.
 */
const scopes = new AsyncLocalStorage<OperationScope>();

/** Runs `fn` (an operation's execution) within `scope`. */
export function runInOperation<T>(scope: OperationScope, fn: () => T): T {
  return scopes.run(scope, fn);
}

/** The current operation's deadline (epoch ms), or undefined outside an operation or in a subscription. */
export function currentDeadline(): number | undefined {
  return scopes.getStore()?.deadlineAt;
}

/** Counts one upstream request for the current operation (nothing outside one). */
export function tallyUpstreamRequest(): void {
  const scope = scopes.getStore();
  if (scope) scope.tally.calls += 1;
}
