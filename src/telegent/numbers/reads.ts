import DataLoader from 'dataloader';
import type { AvailableNumbers } from '../../graph/schema/available-numbers.type';
import type { ProductType } from '../../graph/schema/enums';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import type { NumberProfiles } from '../../stores/profile-store';
import type { TelegentClient } from '../client';
import { isNotFound } from '../../errors';
import { fewOrListLoader, indexLoader, keysWithin, perKeyLoader, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import { type RawAvailability, type RawInventory, type RawInventoryNumber, toAvailableNumbers, toPhoneNumber, toProductType } from './mappers';
import { AvailableNumberType } from '../../graph/schema/enums';

/** The largest inventory page Telegent serves (sandbox README): fewer pages, fewer calls. */
const INVENTORY_PAGE = 1000;

/** Every number of one account, or of the whole distributor when `accountId` is null (all pages). */
export async function listInventory(client: TelegentClient, accountId: string | null): Promise<RawInventoryNumber[]> {
  const all: RawInventoryNumber[] = [];
  for (let page = 1; ; page += 1) {
    const reply = await client.get<RawInventory>('/numbers/inventory', {
      AccountId: accountId ?? undefined,
      Filter: 'All',
      PageNumber: page,
      TotalPerPage: INVENTORY_PAGE,
    });
    all.push(...reply.PhoneNumbers);
    if (reply.PhoneNumbers.length < INVENTORY_PAGE || all.length >= reply.TotalResults) return all;
  }
}

export function getNumber(client: TelegentClient, e164: string): Promise<RawInventoryNumber> {
  return client.get<RawInventoryNumber>('/numbers', { PhoneNumber: e164 });
}

/** What an availability search asks for. */
export interface AvailabilitySearch {
  numberType: AvailableNumberType;
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
      NumberType: search.numberType === AvailableNumberType.VOIP ? 'voip' : 'mobile',
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
export function createNumberLoaders(client: TelegentClient, numberProfiles: NumberProfiles, reach: Reach, selfSubscriber: () => Promise<Subscriber | null>) {
  const distributorInventory = sharedList(async () => (await listInventory(client, null)).map((raw) => toPhoneNumber(raw, null)));
  /** One account's inventory, whatever the reach: what the reach-aware loaders read from. */
  const inventoryByAccountId = perKeyLoader(async (accountId: string) => (await listInventory(client, accountId)).map((raw) => toPhoneNumber(raw, accountId)));
  const anyNumbersBySubscriber = new DataLoader<Subscriber, PhoneNumber[], string>(
    async (subscribers) => {
      const byAccount = await Promise.all(
        subscribers.map((s) => (s.accountId ? inventoryByAccountId.load(s.accountId) : distributorInventory()).catch((error: Error) => error)),
      );
      return subscribers.map((subscriber, i) => {
        const numbers = byAccount[i]!;
        return numbers instanceof Error ? numbers : numbers.filter((n) => n.subscriberId === subscriber.id);
      });
    },
    { cacheKeyFn: (subscriber) => subscriber.id },
  );
  /**
   * Every number within a partner's or manager's reach (its accounts' inventories, one read each,
   * shared with `numbersByAccountId`), or a subscriber principal's own; each knows its account.
   */
  const numbersWithinReach = sharedList(async (): Promise<PhoneNumber[]> => {
    if (reach.self !== null) {
      const self = await selfSubscriber();
      return self ? anyNumbersBySubscriber.load(self) : [];
    }
    const inventories = await inventoryByAccountId.loadMany(reach.accountIds);
    return inventories.flatMap((numbers) => {
      // A listed account the platform does not know has no numbers; any other failure is the answer.
      if (numbers instanceof Error) {
        if (isNotFound(numbers)) return [];
        throw numbers;
      }
      return numbers;
    });
  });
  return {
    numbersByAccountId: keysWithin(reach, inventoryByAccountId, (ids) => ids.map((id) => reach.account(id)), () => []),
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
      ? fewOrListLoader(async (number) => toPhoneNumber(await getNumber(client, number), null), indexLoader(distributorInventory, (n) => n.number, 'Phone number'))
      : indexLoader(numbersWithinReach, (n) => n.number, 'Phone number'),
    numberById: indexLoader(reach.everything ? distributorInventory : numbersWithinReach, (n) => n.id, 'Phone number'),
    /** One page of an availability search (a read-only POST), keyed by everything it asks: the catalog, open to every principal. */
    availableNumbers: perKeyLoader<AvailabilitySearch, AvailableNumbers, string>(async (search) => toAvailableNumbers(await searchAvailability(client, search)), {
      cacheKeyFn: (s) => JSON.stringify([s.numberType, s.areaCode ?? '', s.zipCode ?? '', s.messageEnabled, s.voiceEnabled, s.page, s.pageSize]),
    }),
    /** What a number was provisioned for, as remembered from provisionNumber; null when it was not provisioned through the gateway. */
    productTypeByNumberId: new DataLoader<string, ProductType | null>(async (ids) => (await numberProfiles.getMany(ids)).map((p) => toProductType(p?.ProductType))),
  };
}
