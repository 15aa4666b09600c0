/** Accounts: the families and businesses under the distributor, and their addresses (REFERENCE.md §3.2). */

import type { AddressInput } from '../../graph/schema/address.input';
import type { Account } from '../../graph/schema/account.type';
import type { Address } from '../../graph/schema/address.type';
import type { ProfileStore } from '../../stores/profile-store';

/** An account as a subscriber record names it. */
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

/**
 * An account as account/create or account/update answered it, remembered: Telegent cannot read one
 * back. `AccountAdmin` is what account/create was sent (its answer does not echo it, REFERENCE.md
 * §3.2), kept through later updates, which cannot change it.
 */
export type AccountProfiles = ProfileStore<RawAccount>;

/** The answer of account/create and account/update (REFERENCE.md §3.2). */
export interface RawAccount {
  AccountId: string;
  AccountName?: string | null;
  TotalSubscribers?: number;
  BillingAddress?: RawAddress | null;
  MailingAddress?: RawAddress | null;
  /** Not in Telegent's answer: the e-mail account/create was sent, remembered with it. */
  AccountAdmin?: string | null;
}

/** What the gateway knows of an account from its last create or update through it (all null when none was seen). */
export interface AccountDetails {
  billingAddress: Address | null;
  mailingAddress: Address | null;
  adminEmail: string | null;
}

export function toAccount(ref: RawAccountRef): Account {
  return { id: ref.AccountId, name: ref.CompanyName ?? null };
}

export function fromAccountProfile(raw: RawAccount): Account {
  return { id: raw.AccountId, name: raw.AccountName ?? null };
}

export function toAccountDetails(raw: RawAccount | null): AccountDetails {
  return { billingAddress: toAddress(raw?.BillingAddress), mailingAddress: toAddress(raw?.MailingAddress), adminEmail: raw?.AccountAdmin ?? null };
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

/** The upstream's Address object from an input; parts left out are sent as null (REFERENCE.md §3.2). */
export function toRawAddress(address: AddressInput | null | undefined): RawAddress | undefined {
  if (!address) return undefined;
  return {
    Street1: address.street1 ?? null,
    Street2: address.street2 ?? null,
    City: address.city ?? null,
    State: address.state ?? null,
    Zip: address.zip ?? null,
    Country: address.country ?? null,
  };
}
