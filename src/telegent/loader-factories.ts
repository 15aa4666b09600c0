import DataLoader from 'dataloader';
import { isNotFound, notFound } from '../errors';
import type { Reach } from './reach';

/**
 * The shapes every area's loaders take. Telegent has few get-many endpoints, so most lookups are
 * answered from one list read once per request; the rest make one call per key. Each factory keeps
 * the DataLoader contract: one result per key, in key order, and a failure in the slot of the key
 * it belongs to, never in the whole batch (https://github.com/graphql/dataloader#batch-function).
 */

/** A list read at most once per request and shared by every resolver after the first. */
export type SharedList<T> = () => Promise<T[]>;

/**
 * Memoizes one read for the request. A failure is not kept: the next caller asks again, as
 * DataLoader forgets a failed batch, so one bad moment does not blank the rest of the request.
 */
export function shared<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
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

/** `shared` for a list. */
export function sharedList<T>(load: () => Promise<T[]>): SharedList<T> {
  return shared(load);
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
 * For lookups that have both a one-item read and a list the read cache keeps: a batch of at most
 * `fewKeys` keys is answered from the list when it is at hand (`list(true)` answers null when not),
 * else with one call per key; a larger batch reads the list (`list(false)`), whatever it costs in pages.
 */
export function fewOrListLoader<V, L>(
  list: (few: boolean) => Promise<L | null>,
  fromList: (list: L, key: string) => V | Error,
  getOne: (key: string) => Promise<V>,
  fewKeys = 2,
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const held = await list(keys.length <= fewKeys);
    if (held === null) return Promise.all(keys.map((key) => getOne(key).catch((error: unknown) => toError(error))));
    return keys.map((key) => fromList(held, key));
  });
}

/** Per key: whether it is within the principal's reach, or the error that kept the answer from being known. */
export type Within = boolean | Error;

/**
 * Tenancy for keyed reads (README "What each role sees (tenancy)"): a key `within` puts outside the
 * principal's reach is answered `outside(key)` and never reaches `loader`, so no upstream call is
 * made for it. The operator reaches everything: `loader` itself is returned, unchanged.
 */
export function keysWithin<K, V, C = K>(
  reach: Reach,
  loader: DataLoader<K, V, C>,
  within: (keys: readonly K[]) => Promise<readonly Within[]> | readonly Within[],
  outside: (key: K) => V | Error,
  options?: DataLoader.Options<K, V, C>,
): DataLoader<K, V, C> {
  if (reach.everything) return loader;
  return new DataLoader<K, V, C>(async (keys) => {
    const verdicts = await within(keys);
    const loaded = await loader.loadMany(keys.filter((_, i) => verdicts[i] === true));
    let next = 0;
    return keys.map((key, i) => {
      const verdict = verdicts[i]!;
      if (verdict instanceof Error) return verdict;
      return verdict ? loaded[next++]! : outside(key);
    });
  }, options);
}

/**
 * Tenancy for lookups by ID: an item `within` puts outside the reach answers exactly as an unknown
 * key does, NOT_FOUND "<what> <key> was not found." (an upstream 404, whose wording differs, is
 * answered so too), so a lookup never tells what exists beyond the reach. The operator's loader is
 * returned unchanged.
 */
export function lookupWithin<V>(
  reach: Reach,
  loader: DataLoader<string, V>,
  within: (items: readonly V[]) => Promise<readonly Within[]> | readonly Within[],
  what: string,
): DataLoader<string, V> {
  if (reach.everything) return loader;
  return new DataLoader<string, V>(async (keys) => {
    const loaded = await loader.loadMany(keys);
    const found = loaded.filter((item): item is V => !(item instanceof Error));
    const verdicts = await within(found);
    let next = 0;
    return keys.map((key, i) => {
      const item = loaded[i]!;
      if (item instanceof Error) return isNotFound(item) ? notFound(`${what} ${key}`) : item;
      const verdict = verdicts[next++]!;
      if (verdict instanceof Error) return verdict;
      return verdict ? item : notFound(`${what} ${key}`);
    });
  });
}

/** Tenancy for a shared list: only the items `within` keeps (the operator's list is returned unchanged). */
export function listWithin<T>(reach: Reach, list: SharedList<T>, within: (items: readonly T[]) => Promise<readonly boolean[]> | readonly boolean[]): SharedList<T> {
  if (reach.everything) return list;
  return sharedList(async () => {
    const items = await list();
    const verdicts = await within(items);
    return items.filter((_, i) => verdicts[i]);
  });
}

/** Whether each key `loader` answers (a NOT_FOUND is "no"; any other failure stays in its slot). */
export async function answered<K, V, C>(loader: DataLoader<K, V, C>, keys: readonly K[]): Promise<Within[]> {
  return (await loader.loadMany(keys)).map((item) => (item instanceof Error ? (isNotFound(item) ? false : item) : true));
}
