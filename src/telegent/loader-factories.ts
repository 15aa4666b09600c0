import DataLoader from 'dataloader';
import { notFound } from '../errors';

/**
 * The shapes every area's loaders take. Telegent has few get-many endpoints, so most lookups are
 * answered from one list read once per request; the rest make one call per key. Each factory keeps
 * the DataLoader contract: one result per key, in key order, and a failure in the slot of the key
 * it belongs to, never in the whole batch (https://github.com/graphql/dataloader#batch-function).
 */

/** A list read at most once per request and shared by every resolver after the first. */
export type SharedList<T> = () => Promise<T[]>;

/**
 * Memoizes one upstream list for the request. A failure is not kept: the next caller asks again,
 * as DataLoader forgets a failed batch, so one bad moment does not blank the rest of the request.
 */
export function sharedList<T>(load: () => Promise<T[]>): SharedList<T> {
  let pending: Promise<T[]> | undefined;
  return () => {
    if (!pending) {
      const attempt = load();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}

/** Answers each key from `list` indexed by `keyOf`; a key not in it gets NOT_FOUND ("<what> <key> …"). */
export function indexLoader<V>(list: SharedList<V>, keyOf: (item: V) => string, what: string): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const index = new Map((await list()).map((item) => [keyOf(item), item]));
    return keys.map((key) => index.get(key) ?? notFound(`${what} ${key}`));
  });
}

/** Groups `list` by `keyOf` (items without a key are left out); a key with no items gets []. */
export function groupLoader<V>(list: SharedList<V>, keyOf: (item: V) => string | null): DataLoader<string, V[]> {
  return new DataLoader<string, V[]>(async (keys) => {
    const groups = groupBy(await list(), keyOf);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/**
 * One upstream call per key, for reads Telegent offers no batch form of. A key whose call fails
 * gets its error; the other keys are answered.
 */
export function perKeyLoader<K, V, C = K>(load: (key: K) => Promise<V>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>((keys) => Promise.all(keys.map((key) => load(key).catch((error: unknown) => toError(error)))), options);
}

/** Groups `items` by `key` (items without a key are left out), keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * For lookups that have both a one-item read and a list: a batch of at most `fewKeys` keys makes
 * one call per key, a larger one reads the list once (`fromList`), whatever it costs in pages.
 */
export function fewOrListLoader<V>(getOne: (key: string) => Promise<V>, fromList: DataLoader<string, V>, fewKeys = 2): DataLoader<string, V> {
  return new DataLoader<string, V>((keys) =>
    keys.length <= fewKeys ? Promise.all(keys.map((key) => getOne(key).catch((error: unknown) => toError(error)))) : fromList.loadMany(keys),
  );
}
