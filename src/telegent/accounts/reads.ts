import DataLoader from 'dataloader';
import type { Account } from '../../graph/schema/account.type';
import { notFound } from '../../errors';
import { type SharedList, keysWithin, listWithin, sharedList } from '../loader-factories';
import type { Reach } from '../reach';
import type { DirectoryEntry } from '../subscribers/reads';
import { type AccountAddresses, type AccountProfiles, type RawAccount, fromAccountProfile, toAccount, toAccountAddresses } from './mappers';

/**
 * Telegent cannot read an account: accounts are known through the subscribers that belong to them,
 * and through what the gateway remembered of its own creates and updates (the account profiles).
 * An account outside the reach is decided on its ID alone: it answers as an unknown one, unread.
 */
export function createAccountLoaders(subscriberDirectory: SharedList<DirectoryEntry>, accountProfiles: AccountProfiles, reach: Reach) {
  const withinReach = (ids: readonly string[]): boolean[] => ids.map((id) => reach.account(id));
  const accounts = sharedList(async (): Promise<Account[]> => {
    const byId = new Map<string, Account>();
    for (const { raw } of await subscriberDirectory()) {
      if (raw.Account?.AccountId && !byId.has(raw.Account.AccountId)) byId.set(raw.Account.AccountId, toAccount(raw.Account));
    }
    return [...byId.values()];
  });
  const accountProfileById = new DataLoader<string, RawAccount | null>(async (ids) => (await accountProfiles.getMany(ids)).map((profile) => profile ?? null));
  return {
    accounts: listWithin(reach, accounts, (all) => withinReach(all.map((a) => a.id))),
    /** Named by a subscriber, else remembered from a create or update through the gateway. */
    accountById: keysWithin(
      reach,
      new DataLoader<string, Account>(async (ids) => {
        const index = new Map((await accounts()).map((a) => [a.id, a]));
        const profiles = await accountProfileById.loadMany(ids.filter((id) => !index.has(id)));
        for (const profile of profiles) {
          if (profile && !(profile instanceof Error)) index.set(profile.AccountId, fromAccountProfile(profile));
        }
        return ids.map((id) => index.get(id) ?? notFound(`Account ${id}`));
      }),
      withinReach,
      (id) => notFound(`Account ${id}`),
    ),
    /** From the same remembered profiles (Telegent offers no read); no addresses when none was seen. */
    accountAddressesById: keysWithin(
      reach,
      new DataLoader<string, AccountAddresses>(async (ids) =>
        (await accountProfileById.loadMany(ids)).map((profile) => (profile instanceof Error ? profile : toAccountAddresses(profile))),
      ),
      withinReach,
      () => toAccountAddresses(null),
    ),
  };
}
