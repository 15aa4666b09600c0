import { createClient } from '@redis/client';
import type { Logger } from 'pino';

/** The longest pause between two reconnection attempts while Redis is away. */
const MAX_RECONNECT_DELAY_MS = 2_000;

/** Client methods that are no commands: never raced against the command timeout. */
const LIFECYCLE_METHODS = new Set(['connect', 'disconnect', 'destroy', 'duplicate']);
/** Closing waits for the commands in flight, which a hung Redis never answers: it is bounded too. */
const CLOSE_METHODS = new Set(['close', 'quit', 'QUIT']);

export type StoreRedisClient = ReturnType<typeof createReconnectingClient>;

/** A Redis command got no answer within the command timeout (Redis hung, or a network black hole). */
export class RedisCommandTimeoutError extends Error {
  override name = 'RedisCommandTimeoutError';
  constructor(timeoutMs: number) {
    super(`Redis did not answer within ${timeoutMs} ms`);
  }
}

/**
 * A node-redis client that fails fast while Redis is away and recovers by itself when it returns:
 * - every command settles within `commandTimeoutMs`: node-redis's own `timeout` command option
 *   only bounds the wait to be *written*, not the answer, so each command's promise is raced
 *   against a timer here (a hung Redis, a network black hole);
 * - `disableOfflineQueue`: a command sent while disconnected is rejected at once, never queued to
 *   run minutes later, after its caller gave up (an idempotent write waiting on its record would
 *   otherwise reach Telegent long after its client was told it failed);
 * - it reconnects forever, backing off up to 2 s; connecting starts here, so no command ever
 *   waits for a connection that may not come.
 * Losing and regaining Redis is logged once each, not at every reconnection attempt.
 */
export function createStoreRedisClient(url: string, commandTimeoutMs: number, logger: Logger, name: string): StoreRedisClient {
  const client = createReconnectingClient(url, commandTimeoutMs);
  let up = true;
  // node-redis needs an error listener: an unheard error event would end the process.
  client.on('error', (error: Error) => {
    if (!up) return;
    up = false;
    logger.error({ err: error.message, client: name }, 'Redis unreachable; retrying until it returns');
  });
  client.on('ready', () => {
    if (up) return;
    up = true;
    logger.info({ client: name }, 'Redis reachable again');
  });
  client.connect().catch(() => undefined);
  return withCommandTimeout(client, commandTimeoutMs);
}

function createReconnectingClient(url: string, connectTimeoutMs: number) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: Math.max(connectTimeoutMs, 1_000),
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS) + Math.floor(Math.random() * 100),
    },
  });
}

/**
 * The client, with every command's promise rejected by `RedisCommandTimeoutError` after
 * `timeoutMs` (a late answer is dropped). Methods run on the real client, so its private state is
 * untouched; anything that is not a command (lifecycle, events, properties) passes through.
 */
function withCommandTimeout<C extends object>(client: C, timeoutMs: number): C {
  return new Proxy(client, {
    get(target, property, _receiver) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      if (typeof property !== 'string' || LIFECYCLE_METHODS.has(property)) return method.bind(target);
      if (CLOSE_METHODS.has(property)) return () => closeWithin(target as unknown as StoreRedisClient, timeoutMs);
      return (...args: unknown[]) => {
        const result = method.apply(target, args);
        return isPromise(result) ? raceTimeout(result, timeoutMs) : result;
      };
    },
  });
}

function isPromise(value: unknown): value is Promise<unknown> {
  return typeof (value as Promise<unknown> | null)?.then === 'function';
}

/**
 * `command`, or a RedisCommandTimeoutError once `timeoutMs` has passed without its answer. The
 * timer's rejection waits one turn of the event loop (setImmediate runs after the poll phase): on a
 * busy process the timer can fire late, in the same turn as an answer that has already arrived,
 * and that answer must win rather than be taken for an outage.
 */
function raceTimeout<T>(command: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(new RedisCommandTimeoutError(timeoutMs))), timeoutMs);
  });
  // The command may still settle after the timeout: nobody is waiting for it then.
  command.catch(() => undefined);
  return Promise.race([command, timeout]).finally(() => clearTimeout(timer));
}

/** Closes gracefully when Redis answers; otherwise (down, or hung past the timeout) drops the connection. */
async function closeWithin(client: StoreRedisClient, timeoutMs: number): Promise<void> {
  if (!client.isOpen) return;
  if (!client.isReady) {
    client.destroy();
    return;
  }
  await raceTimeout(client.close(), timeoutMs).catch(() => client.destroy());
}
