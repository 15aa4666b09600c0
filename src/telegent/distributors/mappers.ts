/** Distributors: the tenants of the platform, each with its own API credentials (REFERENCE.md §3.3). */

import type { Distributor } from '../../graph/schema/distributor.type';
import { type RawAddress, toAddress } from '../accounts/mappers';

/**
 * The answer of distributor/create and distributor/update (REFERENCE.md §3.3). It carries the API
 * secret in clear (`Secret`); `toDistributor` leaves it out, so only code that asks for it sees it.
 */
export interface RawDistributor {
  DistributorId: string;
  DistributorName?: string | null;
  AccountKey?: string | null;
  Secret?: string | null;
  TotalAccounts?: number | null;
  BillingAddress?: RawAddress | null;
  MailingAddress?: RawAddress | null;
}

export function toDistributor(raw: RawDistributor): Distributor {
  return {
    id: raw.DistributorId,
    name: raw.DistributorName ?? null,
    accountKey: raw.AccountKey ?? raw.DistributorId,
    totalAccounts: raw.TotalAccounts ?? 0,
    billingAddress: toAddress(raw.BillingAddress),
    mailingAddress: toAddress(raw.MailingAddress),
  };
}
