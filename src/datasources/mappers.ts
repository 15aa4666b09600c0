import type { Account } from '../schema/account.type';
import type { Address } from '../schema/address.type';
import type { BillingSubscription } from '../schema/billing-subscription.type';
import type { DataUsageMeter, DataUsageSettings } from '../schema/data-usage.type';
import type { CallFilter, GuardianFeatures, GuardianRelation, MessageFilter } from '../schema/guardian.type';
import type { AvailableNumbers } from '../schema/available-numbers.type';
import { MessageDirection, MessageKind, MessageType, NumberType, ProductType, SubscriberRole, SubscriptionStatus } from '../schema/enums';
import type { Message } from '../schema/message.type';
import type { ProvisionNumberPayload } from '../schema/provision-number.payload';
import type { Product } from '../schema/product.type';
import type { Service } from '../schema/service.type';
import type { SubscriptionFeature } from '../schema/subscription-feature.type';
import type { Voicemail } from '../schema/voicemail.type';
import type { Webhook } from '../schema/webhook.type';
import type { Workgroup, WorkgroupMember } from '../schema/workgroup.type';
import type { Order } from '../schema/order.type';
import type { Package, PackageItem } from '../schema/package.type';
import type { MessageRoute, VoiceRoute } from '../schema/route.type';
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

export interface RawMessageRoute {
  MessageRouteId: string;
  AccountId?: string | null;
  AccountID?: string | null;
  RouteName: string;
  MessageUrl: string;
  MessageUrlMethod: string;
  MessageRouteEnabled: boolean;
  MessageAuthenticationType?: string | null;
  CallbackMessageUrl?: string | null;
}

export interface RawVoiceRoute {
  CallRouteId: string;
  AccountId?: string | null;
  RouteName: string;
  RouteType: string;
  RouteEnabled?: boolean | null;
  VoiceUrl?: string | null;
  TrunkUri1?: string | null;
  TrunkIp1?: string | null;
}

export interface RawRouteList<T> {
  TotalRoutes: number;
  Results: T[];
}

export interface RawDataUsageSettings {
  Number: string;
  Status: string;
  StatusMessage?: string | null;
  ValueUnit?: string;
  NotifyValue?: number;
  ThrottleValue?: number;
  ThrottleSpeed?: string;
  LimitValue?: number;
}

export interface RawDataUsageInfo extends RawDataUsageSettings {
  UsageValue?: number;
  Throttled?: boolean;
  LimitReached?: boolean;
}

export interface RawDataUsageBatch<T> {
  Status: string;
  PhoneNumbers: T[];
}

/** The answer of numbers/provision (REFERENCE.md §3.9). */
export interface RawProvisionResult {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  PhoneNumberAssigned: string;
  PhoneNumberId: string;
  QRCode?: string | null;
  ZipCode?: string | null;
  ICCID?: string | null;
  ErrorMessage?: string | null;
  SubscriberId?: string | null;
}

export interface RawOrder {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  OrderType?: string | null;
  OrderStatusMessage?: string | null;
  ChangeType?: string | null;
  PhoneNumbersOrdered?: { Number: string }[] | null;
  StatusHistory?: { OrderStatus: string; Date: string; OrderStatusMessage?: string | null }[] | null;
}

export interface RawAvailability {
  ResultsTotal: number;
  PageNumber: number;
  AvailableNumberAreas?: { NGP: string; AreaCode: string; Zipcode: string }[] | null;
  NumbersAvailable?: { Number: string }[] | null;
}

export interface RawProduct {
  ProductId: string;
  SKU: string;
  Description: string;
  Type: string;
  SubType?: string | null;
  Cost: number;
  BillingFrequency: string;
  Active: boolean;
}

export interface RawMessageSearchItem {
  MessageId?: string;
  MessageID?: string;
  Direction: string;
  Type: string;
  Status: string;
  To: { Number: string }[];
  From: string;
  Body: string;
  CreatedOn?: string | null;
  MessageType?: string | null;
}

export interface RawMessageSearch {
  PhoneNumber: string;
  ResultsTotalRecords: number;
  ResultsPages: number;
  Results: RawMessageSearchItem[];
}

export interface RawService {
  ServiceId: string;
  ServiceName: string;
  Description?: string | null;
  Cost: number;
  BillingFrequency: string;
  Active: boolean;
}

export interface RawWebhook {
  WebhookId: string;
  AccountId?: string | null;
  WebhookUrl?: string | null;
  Method?: string | null;
  DataFormat?: string | null;
  AuthenticationType?: string | null;
  SubscribedEvents?: string | null;
  Active: boolean;
}

export interface RawWorkgroup {
  WorkgroupId: string;
  AccountId?: string | null;
  Name: string;
  Type: string;
  TelegentPhone?: string | null;
  TimeZone?: string | null;
  Activities?: { WorkgroupActivityId: string; Type: string; DigitOrder?: number; PhoneNumber?: string | null }[];
}

export interface RawFeature {
  FeatureId: string;
  AccountId?: string | null;
  FeatureName?: string | null;
  FeatureType?: string | null;
  FeatureDescription?: string | null;
  Active: boolean;
}

export interface RawFeatureAssignment {
  FeatureAssignmentId: string;
  FeatureId: string;
  SubscriptionId: string;
  Active: boolean;
}

export interface RawVoicemail {
  PhoneNumber: string;
  Status: string;
  Email?: string | null;
  FirstName?: string | null;
  LastName?: string | null;
}

export interface RawGuardianFeatures {
  SubscriberId: string;
  EnableIntelligentGuardianCalls: boolean;
  EnableIntelligentGuardianMessages: boolean;
}

export interface RawCallFilter {
  FilterId: string;
  SubscriberId: string;
  Phone: string;
  FilterMode: string;
  AllowedNumbers?: string[] | null;
  BlockedNumbers?: string[] | null;
}

export interface RawMessageFilter {
  FilterId: string;
  SubscriberId: string;
  Phone: string;
  FilterMode: string;
  FilterLevel?: string | null;
  AllowedContacts?: string[] | null;
  BlockedContacts?: string[] | null;
  BlockLinks?: boolean | null;
  BlockMedia?: boolean | null;
}

export interface RawGuardianRelation {
  ParentSubscriberId: string;
  ChildSubscriberId: string;
  Relation: string;
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

/** `MM/DD/YYYY` → `YYYY-MM-DD`. */
export function isoDate(usDate: string | null | undefined): string | null {
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
    numberType: isVoip ? NumberType.VOIP : classification === 'IOT' ? NumberType.IOT : NumberType.MVNO,
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
    status: raw.Active ? SubscriptionStatus.ACTIVE : SubscriptionStatus.INACTIVE,
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

export function toMessageRoute(raw: RawMessageRoute): MessageRoute {
  return {
    id: raw.MessageRouteId,
    accountId: raw.AccountID ?? raw.AccountId ?? null,
    name: raw.RouteName,
    messageUrl: raw.MessageUrl,
    messageUrlMethod: raw.MessageUrlMethod,
    enabled: raw.MessageRouteEnabled,
    authenticationType: raw.MessageAuthenticationType ?? null,
    callbackUrl: raw.CallbackMessageUrl ?? null,
  };
}

export function toVoiceRoute(raw: RawVoiceRoute): VoiceRoute {
  return {
    id: raw.CallRouteId,
    accountId: raw.AccountId ?? null,
    name: raw.RouteName,
    routeType: raw.RouteType,
    enabled: raw.RouteEnabled !== false,
    trunk: raw.TrunkUri1 ?? raw.TrunkIp1 ?? null,
    voiceUrl: raw.VoiceUrl ?? null,
  };
}

export function toDataUsageSettings(raw: RawDataUsageSettings): DataUsageSettings {
  return {
    unit: raw.ValueUnit ?? 'MB',
    notifyAt: raw.NotifyValue ?? null,
    throttleAt: raw.ThrottleValue ?? null,
    throttleSpeed: raw.ThrottleSpeed ?? null,
    limit: raw.LimitValue ?? 20,
  };
}

export function toDataUsageMeter(raw: RawDataUsageInfo): DataUsageMeter {
  return { used: raw.UsageValue ?? 0, unit: raw.ValueUnit ?? 'MB', throttled: raw.Throttled === true, limitReached: raw.LimitReached === true };
}

/** Upstream timestamps sometimes lack a zone (REFERENCE.md §2.1); those are UTC. */
function instant(value: string): Date {
  return new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);
}

export function toOrder(raw: RawOrder): Order {
  return {
    id: raw.OrderId,
    status: raw.OrderStatus,
    type: raw.OrderType ?? null,
    orderDate: instant(raw.OrderDate),
    statusMessage: raw.OrderStatusMessage ?? null,
    numbers: (raw.PhoneNumbersOrdered ?? []).map((n) => n.Number),
    history: (raw.StatusHistory ?? []).map((h) => ({ status: h.OrderStatus, at: instant(h.Date), message: h.OrderStatusMessage ?? null })),
  };
}

export function toGuardianFeatures(raw: RawGuardianFeatures): GuardianFeatures {
  return { calls: raw.EnableIntelligentGuardianCalls, messages: raw.EnableIntelligentGuardianMessages };
}

export function toCallFilter(raw: RawCallFilter): CallFilter & { subscriberId: string } {
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: raw.FilterMode,
    allowedNumbers: raw.AllowedNumbers ?? [],
    blockedNumbers: raw.BlockedNumbers ?? [],
  };
}

export function toMessageFilter(raw: RawMessageFilter): MessageFilter & { subscriberId: string } {
  return {
    id: raw.FilterId,
    subscriberId: raw.SubscriberId,
    phone: raw.Phone,
    mode: raw.FilterMode,
    level: raw.FilterLevel ?? null,
    allowedContacts: raw.AllowedContacts ?? [],
    blockedContacts: raw.BlockedContacts ?? [],
    blockLinks: raw.BlockLinks === true,
    blockMedia: raw.BlockMedia === true,
  };
}

export function toGuardianRelation(raw: RawGuardianRelation): GuardianRelation {
  return { relation: raw.Relation, parentSubscriberId: raw.ParentSubscriberId, childSubscriberId: raw.ChildSubscriberId };
}

export function toAvailableNumbers(raw: RawAvailability): AvailableNumbers {
  return {
    total: raw.ResultsTotal,
    page: raw.PageNumber,
    areas: (raw.AvailableNumberAreas ?? []).map((a) => ({ areaCode: a.AreaCode, zipCode: a.Zipcode, provider: a.NGP })),
    numbers: (raw.NumbersAvailable ?? []).map((n) => n.Number),
  };
}

export function toProduct(raw: RawProduct): Product {
  return {
    id: raw.ProductId,
    sku: raw.SKU,
    description: raw.Description,
    type: raw.Type,
    subType: raw.SubType ?? null,
    cost: raw.Cost,
    billingFrequency: raw.BillingFrequency,
    active: raw.Active,
  };
}

export function toMessage(raw: RawMessageSearchItem): Message {
  return {
    id: (raw.MessageId ?? raw.MessageID)!,
    direction: raw.Direction.toUpperCase() === 'INBOUND' ? MessageDirection.INBOUND : MessageDirection.OUTBOUND,
    from: raw.From,
    to: raw.To[0]?.Number ?? '',
    body: raw.Body,
    status: raw.Status,
    kind: (raw.MessageType ?? 'sms').toUpperCase() === 'MMS' ? MessageKind.MMS : MessageKind.SMS,
    sentAt: raw.CreatedOn ? instant(raw.CreatedOn) : null,
  };
}

export function toService(raw: RawService): Service {
  return {
    id: raw.ServiceId,
    name: raw.ServiceName,
    description: raw.Description ?? null,
    cost: raw.Cost,
    billingFrequency: raw.BillingFrequency,
    active: raw.Active,
  };
}

export function toWebhook(raw: RawWebhook): Webhook {
  return {
    id: raw.WebhookId,
    accountId: raw.AccountId ?? null,
    url: raw.WebhookUrl ?? null,
    method: raw.Method ?? null,
    dataFormat: raw.DataFormat ?? null,
    authenticationType: raw.AuthenticationType ?? null,
    events: (raw.SubscribedEvents ?? '').split(',').map((e) => e.trim()).filter((e) => e !== ''),
    active: raw.Active,
  };
}

export function toWorkgroup(raw: RawWorkgroup): Workgroup {
  return {
    id: raw.WorkgroupId,
    accountId: raw.AccountId ?? null,
    name: raw.Name,
    type: raw.Type,
    phoneNumber: raw.TelegentPhone || null,
    timeZone: raw.TimeZone || null,
  };
}

export function toWorkgroupMembers(raw: RawWorkgroup): WorkgroupMember[] {
  return (raw.Activities ?? []).map((m) => ({ id: m.WorkgroupActivityId, type: m.Type, digitOrder: m.DigitOrder ?? null, phoneNumber: m.PhoneNumber ?? null }));
}

export function toSubscriptionFeature(raw: RawFeature): SubscriptionFeature {
  return {
    id: raw.FeatureId,
    name: raw.FeatureName ?? null,
    type: raw.FeatureType ?? null,
    description: raw.FeatureDescription ?? null,
    active: raw.Active,
  };
}

export function toVoicemail(raw: RawVoicemail): Voicemail {
  return { status: raw.Status, email: raw.Email ?? null, firstName: raw.FirstName ?? null, lastName: raw.LastName ?? null };
}

/** Provisioning's ProductType spellings (REFERENCE.md §3.9; guides write them in lower case). */
export const UPSTREAM_PRODUCT_TYPE: Record<ProductType, string> = {
  [ProductType.SMS_ONLY]: 'Sms-Only',
  [ProductType.DATA_ONLY]: 'Data-Only',
  [ProductType.SMS_DATA]: 'Sms+Data',
  [ProductType.SMS_DATA_VOICE]: 'Sms+Data+Voice',
};

export function toProductType(raw: string | null | undefined): ProductType | null {
  const match = Object.entries(UPSTREAM_PRODUCT_TYPE).find(([, spelling]) => spelling.toLowerCase() === raw?.toLowerCase());
  return match ? (match[0] as ProductType) : null;
}

export function toProvisionNumberPayload(raw: RawProvisionResult): ProvisionNumberPayload {
  const orderDate = instant(raw.OrderDate);
  return {
    order: {
      id: raw.OrderId,
      status: raw.OrderStatus,
      type: 'Provision',
      orderDate,
      statusMessage: raw.ErrorMessage ?? null,
      numbers: [raw.PhoneNumberAssigned],
      history: [{ status: raw.OrderStatus, at: orderDate, message: raw.ErrorMessage ?? null }],
    },
    qrCode: raw.QRCode ?? null,
    number: raw.PhoneNumberAssigned,
    numberId: raw.PhoneNumberId,
    subscriberId: raw.SubscriberId ?? null,
  };
}
