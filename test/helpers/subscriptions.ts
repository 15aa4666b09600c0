import { type Client, type FormattedExecutionResult, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { operatorAuthorization } from './auth';

/** One subscription's results as they arrive, with ways to wait for them. */
export class SubscriptionLog<T = any> {
  readonly results: FormattedExecutionResult<T, unknown>[] = [];
  completed = false;
  error: unknown = null;
  private waiters: (() => void)[] = [];
  dispose: () => void = () => undefined;

  get data(): T[] {
    return this.results.flatMap((r) => (r.data ? [r.data] : []));
  }

  record(result: FormattedExecutionResult<T, unknown>): void {
    this.results.push(result);
    this.wake();
  }

  finish(error: unknown = null): void {
    this.completed = true;
    this.error = error;
    this.wake();
  }

  /** Resolves once `predicate` holds, or fails after `timeoutMs` naming what was seen. */
  async until(predicate: (log: this) => boolean, timeoutMs = 5_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this)) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; results so far: ${JSON.stringify(this.results)}, completed: ${this.completed}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private wake(): void {
    for (const wake of this.waiters.splice(0)) wake();
  }
}

/**
 * A graphql-ws client for a gateway URL (http → ws), with no retries, so a test sees what the server
 * did; it connects as the operator unless `connectionParams` are given.
 */
export function wsClient(httpUrl: string, options: { connectionParams?: Record<string, unknown>; retryAttempts?: number } = {}): Client {
  return createClient({
    url: httpUrl.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    retryAttempts: options.retryAttempts ?? 0,
    lazy: true,
    connectionParams: options.connectionParams ?? (async () => ({ Authorization: await operatorAuthorization() })),
  });
}

/** Subscribes and records every result until the server completes (or errors). */
export function subscribe<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): SubscriptionLog<T> {
  const log = new SubscriptionLog<T>();
  log.dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (result) => log.record(result),
      error: (error) => log.finish(error),
      complete: () => log.finish(),
    },
  );
  return log;
}
