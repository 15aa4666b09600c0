/** Subscribers: the people of an account, with their roles and numbers (REFERENCE.md §3.4). */

import { SubscriberRole } from '../../graph/schema/enums';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import type { RawAccountRef } from '../accounts/mappers';

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
