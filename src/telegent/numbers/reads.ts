import DataLoader from 'dataloader';
import type { AvailableNumbers } from '../../graph/schema/available-numbers.type';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import type { NumberProfiles } from '../../stores/profile-store';
import type { TelegentClient } from '../client';
import { isNotFound, notFound, nullWhenNotFound } from '../../errors';
import { fewOrListLoader, keysWithin, perKeyLoader, shared } from '../loader-factories';
import { type Collection, type EntryRef, entryOf, fetchPages } from '../read-cache/collection';
import type { CacheView } from '../read-cache/read-cache';
import type { Snapshot } from '../read-cache/snapshot';
import type { Reach } from '../reach';
import {
  NUMBER_TYPE_SPELLINGS,
  type NumberProvisioning,
  type RawAvailability,
  type RawInventory,
  type RawInventoryNumber,
  toAvailableNumbers,
  toNumberProvisioning,
  toPhoneNumber,
} from './mappers';
import type { NumberType } from '../../graph/schema/enums';

/** The largest inventory page Telegent serves (sandbox README): fewer pages, fewer calls. */
const INVENTORY_PAGE = 1000;

/**
 * An account's inventory (param: its ID), or the whole distributor's (param ''), page by page:
 * the read cache's number lists. Numbers are named by E.164, which `GET /numbers` reads one at a time.
 */
export const INVENTORY: Collection<RawInventoryNumber> = {
  kind: 'inventory',
  fetch: (client, accountId, beforeCall) =>
    fetchPages(INVENTORY_PAGE, beforeCall, async (page) => {
      const reply = await client.get<RawInventory>('/numbers/inventory', {
        AccountId: accountId === '' ? undefined : accountId,
        Filter: 'All',
        PageNumber: page,
        TotalPerPage: INVENTORY_PAGE,
      });
      return { rows: reply.PhoneNumbers, total: reply.TotalResults };
    }),
  idOf: (number) => number.Number,
  fetchOne: (client, _accountId, e164) => getNumber(client, e164).catch(nullWhenNotFound),
};

/** One account's inventory entry; `null`: the distributor's. */
export function inventoryOf(accountId: string | null): EntryRef<RawInventoryNumber> {
  return entryOf(INVENTORY, accountId ?? '');
}

/** Every number of one account, or of the whole distributor when `accountId` is null, read now (all pages), bypassing the cache. */
export async function listInventory(client: TelegentClient, accountId: string | null): Promise<RawInventoryNumber[]> {
  return (await INVENTORY.fetch(client, accountId ?? '', async () => undefined)).flat();
}

/** An inventory as the graph reads it, built once per snapshot. */
interface NumberIndex {
  all: readonly PhoneNumber[];
  byNumber: ReadonlyMap<string, PhoneNumber>;
  byId: ReadonlyMap<string, PhoneNumber>;
  bySubscriber: ReadonlyMap<string, readonly PhoneNumber[]>;
}

function indexOf(snapshot: Snapshot<RawInventoryNumber>, accountId: string | null): NumberIndex {
  return snapshot.derive('numbers', (s) => {
    const all = s.list().map((raw) => toPhoneNumber(raw, accountId));
    const bySubscriber = new Map<string, PhoneNumber[]>();
    for (const number of all) {
      if (number.subscriberId === null) continue;
      const group = bySubscriber.get(number.subscriberId);
      if (group) group.push(number);
      else bySubscriber.set(number.subscriberId, [number]);
    }
    return { all, byNumber: new Map(all.map((n) => [n.number, n])), byId: new Map(all.map((n) => [n.id, n])), bySubscriber };
  });
}

export function getNumber(client: TelegentClient, e164: string): Promise<RawInventoryNumber> {
  return client.get<RawInventoryNumber>('/numbers', { PhoneNumber: e164 });
}

/** What an availability search asks for. */
export interface AvailabilitySearch {
  numberType: NumberType;
  areaCode?: string | null;
  zipCode?: string | null;
  messageEnabled: boolean;
  voiceEnabled: boolean;
  page: number;
  pageSize: number;
}

/** A read-only POST (REFERENCE.md §3.9): safe to retry, so it is marked readOnly. */
export function searchAvailability(client: TelegentClient, search: AvailabilitySearch): Promise<RawAvailability> {
  return client.post<RawAvailability>(
    '/numbers/availability',
    {
      NumberType: NUMBER_TYPE_SPELLINGS.availability[search.numberType],
      MessageEnabled: search.messageEnabled,
      VoiceEnabled: search.voiceEnabled,
      AreaCode: search.areaCode ?? '',
      ZipCode: search.zipCode ?? '',
      PageNumber: search.page,
      TotalNumbersRequested: search.pageSize,
    },
    { readOnly: true },
  );
}

/**
 * `selfSubscriber` reads the subscriber principal itself (null for other roles): its numbers are
 * the ones within its reach.
 */
export function createNumberLoaders(
  client: TelegentClient,
  cache: CacheView,
  numberProfiles: NumberProfiles,
  reach: Reach,
  selfSubscriber: () => Promise<Subscriber | null>,
) {
  const distributorInventory = shared(async () => indexOf(await cache.read(inventoryOf(null)), null));
  /** One account's inventory, whatever the reach: what the reach-aware loaders read from. */
  const inventoryByAccountId = perKeyLoader(async (accountId: string) => indexOf(await cache.read(inventoryOf(accountId)), accountId));
  const anyNumbersBySubscriber = new DataLoader<Subscriber, PhoneNumber[], string>(
    async (subscribers) => {
      const byAccount = await Promise.all(
        subscribers.map((s) => (s.accountId ? inventoryByAccountId.load(s.accountId) : distributorInventory()).catch((error: Error) => error)),
      );
      return subscribers.map((subscriber, i) => {
        const index = byAccount[i]!;
        return index instanceof Error ? index : [...(index.bySubscriber.get(subscriber.id) ?? [])];
      });
    },
    { cacheKeyFn: (subscriber) => subscriber.id },
  );
  /**
   * The inventories within a partner's or manager's reach (its accounts', one read each, shared
   * with `numbersByAccountId`), or a subscriber principal's own numbers; each knows its account.
   */
  const inventoriesWithinReach = shared(async (): Promise<NumberIndex[]> => {
    if (reach.self !== null) {
      const self = await selfSubscriber();
      const own = self ? await anyNumbersBySubscriber.load(self) : [];
      return [{ all: own, byNumber: new Map(own.map((n) => [n.number, n])), byId: new Map(own.map((n) => [n.id, n])), bySubscriber: new Map() }];
    }
    const inventories = await inventoryByAccountId.loadMany(reach.accountIds);
    return inventories.flatMap((index) => {
      // A listed account the platform does not know has no numbers; any other failure is the answer.
      if (index instanceof Error) {
        if (isNotFound(index)) return [];
        throw index;
      }
      return [index];
    });
  });
  /** A number from the inventories within reach, by E.164 or ID. */
  const withinReach = (key: 'byNumber' | 'byId', what: string) =>
    new DataLoader<string, PhoneNumber>(async (keys) => {
      const indexes = await inventoriesWithinReach();
      return keys.map((k) => indexes.map((index) => index[key].get(k)).find((n) => n !== undefined) ?? notFound(`${what} ${k}`));
    });
  const fromDistributor = (key: 'byNumber' | 'byId', what: string) =>
    new DataLoader<string, PhoneNumber>(async (keys) => {
      const index = (await distributorInventory())[key];
      return keys.map((k) => index.get(k) ?? notFound(`${what} ${k}`));
    });
  return {
    numbersByAccountId: keysWithin(
      reach,
      new DataLoader<string, PhoneNumber[]>(async (ids) =>
        (await inventoryByAccountId.loadMany(ids)).map((index) => (index instanceof Error ? index : [...index.all])),
      ),
      (ids) => ids.map((id) => reach.account(id)),
      () => [],
    ),
    /** A subscriber's numbers, from its account's inventory (the distributor's when it has none); none beyond reach. */
    numbersBySubscriber: keysWithin(reach, anyNumbersBySubscriber, (subscribers) => subscribers.map((s) => reach.subscriber(s)), () => [], {
      cacheKeyFn: (subscriber) => subscriber.id,
    }),
    /**
     * The operator's: a few numbers, one call each; more (a batch a mutation touched), the
     * distributor's inventory. Other principals': the numbers within reach, and NOT_FOUND for any
     * other, known or not.
     */
    numberByE164: reach.everything
      ? fewOrListLoader<PhoneNumber, Snapshot<RawInventoryNumber>>(
          (few) => (few ? cache.peek(inventoryOf(null)) : cache.read(inventoryOf(null))),
          (held, n) => indexOf(held, null).byNumber.get(n) ?? notFound(`Phone number ${n}`),
          async (n) => toPhoneNumber(await getNumber(client, n), null),
        )
      : withinReach('byNumber', 'Phone number'),
    numberById: reach.everything ? fromDistributor('byId', 'Phone number') : withinReach('byId', 'Phone number'),
    /** One page of an availability search (a read-only POST), keyed by everything it asks: the catalog, open to every principal. */
    availableNumbers: perKeyLoader<AvailabilitySearch, AvailableNumbers, string>(async (search) => toAvailableNumbers(await searchAvailability(client, search)), {
      cacheKeyFn: (s) => JSON.stringify([NUMBER_TYPE_SPELLINGS.availability[s.numberType], s.areaCode ?? '', s.zipCode ?? '', s.messageEnabled, s.voiceEnabled, s.page, s.pageSize]),
    }),
    /**
     * What the gateway remembers of a number (product type, data flag, ZIP code, eSIM QR code), by
     * its NID-; all null when nothing is. No reach check of its own: it is read for numbers the
     * loaders above handed out, which are within reach.
     */
    provisioningByNumberId: new DataLoader<string, NumberProvisioning>(async (ids) => (await numberProfiles.getMany(ids)).map(toNumberProvisioning)),
  };
}
