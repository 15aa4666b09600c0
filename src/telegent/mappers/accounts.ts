import type { Account } from '../../graph/schema/account.type';
import type { Address } from '../../graph/schema/address.type';
import type { Distributor } from '../../graph/schema/distributor.type';
import { SubscriberRole } from '../../graph/schema/enums';
import type { Subscriber } from '../../graph/schema/subscriber.type';

/** Accounts, distributors and subscribers (REFERENCE.md §3.2–3.4). */

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

export interface RawSubscriber {
  SubscriberId: string;
  Name: string;
  Email: string;
  PhoneNumbers?: string[] | null;
  Role: string;
  Account?: RawAccountRef | null;
}

export interface RawDistributorSubscribers {
  DistributorId: string;
  TotalSubscribers: number;
  PageNumber: number;
  Results: RawSubscriber[];
}

/** `Role` as Telegent spells it (REFERENCE.md §3.4); it matches any casing on input. */
export const UPSTREAM_ROLE: Record<SubscriberRole, string> = {
  [SubscriberRole.SUBSCRIBER]: 'Subscriber',
  [SubscriberRole.MANAGER]: 'Manager',
  [SubscriberRole.ACCOUNT_ADMIN]: 'Account Admin',
};

export function toSubscriberRole(raw: string): SubscriberRole | null {
  const match = Object.entries(UPSTREAM_ROLE).find(([, spelling]) => spelling.toLowerCase() === raw.toLowerCase());
  return match ? (match[0] as SubscriberRole) : null;
}

export function toSubscriber(raw: RawSubscriber): Subscriber {
  return {
    id: raw.SubscriberId,
    name: raw.Name,
    email: raw.Email,
    role: toSubscriberRole(raw.Role) ?? SubscriberRole.SUBSCRIBER,
    accountId: raw.Account?.AccountId ?? null,
  };
}

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
