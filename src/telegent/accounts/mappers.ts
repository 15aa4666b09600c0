
/** Accounts, distributors and subscribers (REFERENCE.md §3.2–3.4). */

import type { Account } from '../../graph/schema/account.type';
import type { Address } from '../../graph/schema/address.type';

export interface RawAccountRef {
  AccountId: string;
  CompanyName?: string | null;
}

export interface RawAddress {
  Street1?: string | null;
  Street2?: string | null;
  City?: string | null;
  State?: string | null;
  Zip?: string | null;
  Country?: string | null;
}
/** The answer of account/create and account/update (REFERENCE.md §3.2). */

export interface RawAccount {
  AccountId: string;
  AccountName?: string | null;
  TotalSubscribers?: number;
  BillingAddress?: RawAddress | null;
  MailingAddress?: RawAddress | null;
}
export function toAccount(ref: RawAccountRef): Account {
  return { id: ref.AccountId, name: ref.CompanyName ?? null };
}

export function fromAccountProfile(raw: RawAccount): Account {
  return { id: raw.AccountId, name: raw.AccountName ?? null };
}
/** An address with no part set is no address (Telegent answers all-null parts for "none"). */

export function toAddress(raw: RawAddress | null | undefined): Address | null {
  if (!raw) return null;
  const address: Address = {
    street1: raw.Street1 ?? null,
    street2: raw.Street2 ?? null,
    city: raw.City ?? null,
    state: raw.State ?? null,
    zip: raw.Zip ?? null,
    country: raw.Country ?? null,
  };
  return Object.values(address).some((part) => part !== null && part !== '') ? address : null;
}
