import type { AccountRecord, AccountOwned } from '../model';
import type { RouteContext } from '../router';
import type { Input } from '../input';

/**
 * The scope of an account list endpoint: with `AccountId` one of the caller's accounts, without it
 * the whole distributor, reported with the DID as owner as in the reference's list examples
 * (`"AccountID": "DID-…"`, REFERENCE.md §3.2, §3.9).
 */
export interface ListScope {
  ownerId: string;
  account: AccountRecord | undefined;
  includes(record: AccountOwned): boolean;
}

export function listScope(ctx: RouteContext, input: Input = ctx.query): ListScope {
  const accountId = input.string('AccountId', { aliases: ['AccountID'] });
  const account = accountId === undefined ? undefined : ctx.state.resolveAccount(ctx.caller.id, accountId);
  return {
    ownerId: account?.id ?? ctx.caller.id,
    account,
    includes: (record) => record.distributorId === ctx.caller.id && (account === undefined || record.accountId === account.id),
  };
}

export type ActiveFilter = 'All' | 'Active' | 'Inactive';

/** `Filter=All|Active|Inactive` on list endpoints; absent means All. */
export function activeFilter(input: Input): { filter: ActiveFilter; keeps(active: boolean): boolean } {
  const filter = input.oneOf('Filter', ['All', 'Active', 'Inactive'] as const) ?? 'All';
  return { filter, keeps: (active) => filter === 'All' || (filter === 'Active') === active };
}
