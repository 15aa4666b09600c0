import DataLoader from 'dataloader';
import type { Account } from '../../graph/schema/account.type';
import { notFound } from '../../errors';
import { keysWithin } from '../loader-factories';
import type { Reach } from '../reach';
import type { Directory } from '../subscribers/reads';
import { type AccountDetails, type AccountProfiles, type RawAccount, fromAccountProfile, toAccount, toAccountDetails } from './mappers';

/**
 * Telegent cannot read an account: accounts are known through the subscribers that belong to them,
 * and through what the gateway remembered of its own creates and updates (the account profiles).
 * An account outside the reach is decided on its ID alone: it answers as an unknown one, unread.
 */
export function createAccountLoaders(subscriberDirectory: () => Promise<Directory>, accountProfiles: AccountProfiles, reach: Reach) {
  const withinReach = (ids: readonly string[]): boolean[] => ids.map((id) => reach.account(id));
  const accountIndex = async (): Promise<ReadonlyMap<string, Account>> => accountsOf(await subscriberDirectory());
  const accountProfileById = new DataLoader<string, RawAccount | null>(async (ids) => (await accountProfiles.getMany(ids)).map((profile) => profile ?? null));
  return {
    /** The accounts the directory names (within reach). */
    accounts: async (): Promise<Account[]> => [...(await accountIndex()).values()].filter((account) => reach.account(account.id)),
    /** Named by a subscriber, else remembered from a create or update through the gateway. */
    accountById: keysWithin(
      reach,
      new DataLoader<string, Account>(async (ids) => {
        const index = await accountIndex();
        const unnamed = ids.filter((id) => !index.has(id));
        const profiles = new Map<string, Account>();
        for (const profile of await accountProfileById.loadMany(unnamed)) {
          if (profile && !(profile instanceof Error)) profiles.set(profile.AccountId, fromAccountProfile(profile));
        }
        return ids.map((id) => index.get(id) ?? profiles.get(id) ?? notFound(`Account ${id}`));
      }),
      withinReach,
      (id) => notFound(`Account ${id}`),
    ),
    /** Addresses and admin e-mail, from the same remembered profiles (Telegent offers no read); all null when none was seen. */
    accountDetailsById: keysWithin(
      reach,
      new DataLoader<string, AccountDetails>(async (ids) =>
        (await accountProfileById.loadMany(ids)).map((profile) => (profile instanceof Error ? profile : toAccountDetails(profile))),
      ),
      withinReach,
      () => toAccountDetails(null),
    ),
  };
}

/** The accounts the directory's subscribers name, once per directory snapshot. */
const accountsByDirectory = new WeakMap<Directory, ReadonlyMap<string, Account>>();

function accountsOf(directory: Directory): ReadonlyMap<string, Account> {
  let byId = accountsByDirectory.get(directory);
  if (!byId) {
    const accounts = new Map<string, Account>();
    for (const { raw } of directory.entries) {
      if (raw.Account?.AccountId && !accounts.has(raw.Account.AccountId)) accounts.set(raw.Account.AccountId, toAccount(raw.Account));
    }
    byId = accounts;
    accountsByDirectory.set(directory, byId);
  }
  return byId;
}
