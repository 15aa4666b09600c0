import { PACKAGE_LIST } from '../catalog/reads';
import { inventoryOf } from '../numbers/reads';
import { DIRECTORY, directoryOf } from '../subscribers/reads';
import { SUBSCRIPTION_LIST } from '../subscriptions/reads';
import type { EntryRef } from './collection';
import type { ReadCache } from './read-cache';

/**
 * What a cold gateway reads ahead, within the refresh budget (CACHE_WARM): what an account screen
 * of any account needs. The directory, the subscriptions and the packages first; once the
 * directory is held, the inventory of every account it names.
 */
export function warmEntries(cache: ReadCache): EntryRef<unknown>[] {
  const entries: EntryRef<unknown>[] = [DIRECTORY, SUBSCRIPTION_LIST, PACKAGE_LIST] as EntryRef<unknown>[];
  const directory = cache.held(DIRECTORY);
  if (directory) {
    for (const accountId of directoryOf(directory).byAccount.keys()) entries.push(inventoryOf(accountId) as EntryRef<unknown>);
  }
  return entries;
}
