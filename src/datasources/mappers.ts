import type { Account } from '../schema/account.type';
import type { BillingSubscription } from '../schema/billing-subscription.type';
import { MessageType, NumberClassification, NumberType, SubscriberRole } from '../schema/enums';
import type { Package, PackageItem } from '../schema/package.type';
import type { PhoneNumber } from '../schema/phone-number.type';
import type { Subscriber } from '../schema/subscriber.type';

/**
 * Upstream shapes (`Raw*`, PascalCase as Telegent sends them) and their mapping to the objects the
 * graph serves. Foreign keys (`accountId`, `subscriberId`, …) travel on the mapped objects for
 * field resolvers and are not exposed as fields.
 */

export interface RawAccountRef {
  AccountId: string;
  CompanyName?: string | null;
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

export interface RawInventoryNumber {
  Number: string;
  Tnid?: string | null;
  TNID?: string | null;
  OrderId?: string | null;
  NumberType?: string | null;
  MessageEnabled?: boolean | null;
  MessageType?: string | null;
  Classification?: string | null;
  VoiceEnabled?: boolean | null;
  MessageRouteId?: string | null;
  VoiceRouteId?: string | null;
  Status?: string | null;
  OriginalDatePurchased?: string | null;
  AssignedSubscriberId?: string | null;
  Iccid?: string | null;
  Cnam?: string | null;
}

export interface RawInventory {
  AccountId: string;
  TotalResults: number;
  PageNumber: number;
  PhoneNumbers: RawInventoryNumber[];
}

export interface RawSubscription {
  SubscriptionId: string;
  SubscriberId: string;
  TNID?: string | null;
  ICCID?: string | null;
  PackageId: string;
  Type: string;
  Active: boolean;
}

export interface RawSubscriptionList {
  TotalSubscriptions: number;
  Results: RawSubscription[];
}

export interface RawPackage {
  PackageId: string;
  PackageName: string;
  Description?: string | null;
  Type: string;
  Price: number;
  Monthly: boolean;
  Active: boolean;
}

export interface RawPackageList {
  TotalPackages: number;
  Results: RawPackage[];
}

export interface RawPackageItem {
  PackageItemId: string;
  PackageId: string;
  ProductId?: string | null;
  Type?: string | null;
  Price: number;
  Monthly: boolean;
  Active?: boolean;
}

export interface RawPackageItems {
  PackageId: string;
  TotalItems: number;
  Results: RawPackageItem[];
}

/* ------------------------------------------------------------------------------------------- */

const ROLES: Record<string, SubscriberRole> = {
  subscriber: SubscriberRole.SUBSCRIBER,
  manager: SubscriberRole.MANAGER,
  'account admin': SubscriberRole.ACCOUNT_ADMIN,
};

export function toSubscriber(raw: RawSubscriber): Subscriber {
  return {
    id: raw.SubscriberId,
    name: raw.Name,
    email: raw.Email,
    role: ROLES[raw.Role.toLowerCase()] ?? SubscriberRole.SUBSCRIBER,
    accountId: raw.Account?.AccountId ?? null,
  };
}

export function toAccount(ref: RawAccountRef): Account {
  return { id: ref.AccountId, name: ref.CompanyName ?? null };
}

/** `MM/DD/YYYY` → `YYYY-MM-DD`. */
function isoDate(usDate: string | null | undefined): string | null {
  const match = usDate ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(usDate) : null;
  return match ? `${match[3]}-${match[1]}-${match[2]}` : null;
}

export function toPhoneNumber(raw: RawInventoryNumber, accountId: string | null): PhoneNumber {
  const classification = (raw.Classification ?? '').toUpperCase();
  const isVoip = (raw.NumberType ?? '').toLowerCase() === 'voip' || classification === 'VOIP';
  const messageType = (raw.MessageType ?? '').toUpperCase();
  return {
    id: (raw.Tnid ?? raw.TNID)!,
    number: raw.Number,
    numberType: isVoip ? NumberType.VOIP : NumberType.MOBILE,
    classification: isVoip ? NumberClassification.VOIP : classification === 'IOT' ? NumberClassification.IOT : NumberClassification.MVNO,
    messageType: messageType === 'A2P' ? MessageType.A2P : messageType === 'P2P' ? MessageType.P2P : null,
    messageEnabled: raw.MessageEnabled === true,
    voiceEnabled: raw.VoiceEnabled === true,
    status: raw.Status ?? 'Unknown',
    iccid: raw.Iccid ?? null,
    callerIdName: raw.Cnam ?? null,
    purchasedOn: isoDate(raw.OriginalDatePurchased),
    subscriberId: raw.AssignedSubscriberId ?? null,
    messageRouteId: raw.MessageRouteId ?? null,
    voiceRouteId: raw.VoiceRouteId ?? null,
    orderId: raw.OrderId ?? null,
    accountId,
  };
}

export function toBillingSubscription(raw: RawSubscription): BillingSubscription {
  return {
    id: raw.SubscriptionId,
    type: raw.Type,
    active: raw.Active,
    iccid: raw.ICCID ?? null,
    subscriberId: raw.SubscriberId,
    packageId: raw.PackageId,
    numberId: raw.TNID ?? null,
  };
}

export function toPackage(raw: RawPackage): Package {
  return {
    id: raw.PackageId,
    name: raw.PackageName,
    description: raw.Description ?? null,
    type: raw.Type,
    price: raw.Price,
    monthly: raw.Monthly,
    active: raw.Active,
  };
}

export function toPackageItem(raw: RawPackageItem): PackageItem {
  return { id: raw.PackageItemId, productId: raw.ProductId ?? null, type: raw.Type ?? null, price: raw.Price, monthly: raw.Monthly };
}
