import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The deadline of the operation being served (REQUEST_DEADLINE_MS): one bound on queueing for the
 * quota, retries and waiting for answers together. It travels with the operation's async work, so
 * the client reads it without every read and write passing it along.
 */
const deadlines = new AsyncLocalStorage<number>();

/** Runs `fn` (an operation's whole execution) with the deadline `deadlineAt` (epoch ms). */
export function runWithDeadline<T>(deadlineAt: number, fn: () => T): T {
  return deadlines.run(deadlineAt, fn);
}

/** The current operation's deadline (epoch ms), or undefined outside an operation. */
export function currentDeadline(): number | undefined {
  return deadlines.getStore();
}
