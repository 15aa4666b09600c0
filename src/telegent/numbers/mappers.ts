/** Numbers: the inventory, availability searches, provisioning and each number's configuration (REFERENCE.md §3.9). */
import type { AvailableNumbers } from '../../graph/schema/available-numbers.type';
import { NumberType, MessageType, ProductType } from '../../graph/schema/enums';
import type { UpdateNumberPayload } from '../../graph/schema/phone-number.payload';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { ProvisionNumberPayload } from '../../graph/schema/provision-number.payload';
import type { NumberProfile } from '../../stores/profile-store';
import { isoDate } from '../dates';
import { orderFromAnswer } from '../orders/mappers';

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

/** The answer of numbers/update (REFERENCE.md §3.9). */
export interface RawNumberUpdate {
  Number: string;
  UpdateOrderId: string;
  UpdateOrderDate: string;
  UpdateOrderStatus: string;
}

export interface RawAvailability {
  ResultsTotal: number;
  PageNumber: number;
  AvailableNumberAreas?: { NGP: string; AreaCode: string; Zipcode: string; }[] | null;
  NumbersAvailable?: { Number: string; }[] | null;
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

export function toAvailableNumbers(raw: RawAvailability): AvailableNumbers {
  return {
    total: raw.ResultsTotal,
    page: raw.PageNumber,
    areas: (raw.AvailableNumberAreas ?? []).map((a) => ({ areaCode: a.AreaCode, zipCode: a.Zipcode, provider: a.NGP })),
    numbers: (raw.NumbersAvailable ?? []).map((n) => n.Number),
  };
}

/** Provisioning's ProductType spellings (REFERENCE.md §3.9; guides write them in lower case). */
export const UPSTREAM_PRODUCT_TYPE: Record<ProductType, string> = {
  [ProductType.SMS_ONLY]: 'Sms-Only',
  [ProductType.DATA_ONLY]: 'Data-Only',
  [ProductType.SMS_DATA]: 'Sms+Data',
  [ProductType.SMS_DATA_VOICE]: 'Sms+Data+Voice',
};

/** A remembered ProductType spelling as the graph's enum; null when there is none or it is unknown. */
export function toProductType(raw: string | null | undefined): ProductType | null {
  const match = Object.entries(UPSTREAM_PRODUCT_TYPE).find(([, spelling]) => spelling.toLowerCase() === raw?.toLowerCase());
  return match ? (match[0] as ProductType) : null;
}

/** What the gateway remembers of a number that Telegent's number records do not carry (all null when nothing is). */
export interface NumberProvisioning {
  productType: ProductType | null;
  dataEnabled: boolean | null;
  zipCode: string | null;
  qrCode: string | null;
}

export function toNumberProvisioning(profile: NumberProfile | undefined): NumberProvisioning {
  return {
    productType: toProductType(profile?.ProductType),
    dataEnabled: profile?.DataEnabled ?? null,
    zipCode: profile?.ZipCode || null,
    qrCode: profile?.QRCode || null,
  };
}

export function toProvisionNumberPayload(raw: RawProvisionResult): ProvisionNumberPayload {
  return {
    order: orderFromAnswer({
      id: raw.OrderId,
      date: raw.OrderDate,
      status: raw.OrderStatus,
      type: 'Provision',
      numbers: [raw.PhoneNumberAssigned],
      message: raw.ErrorMessage ?? null,
    }),
    qrCode: raw.QRCode ?? null,
    zipCode: raw.ZipCode || null,
    number: raw.PhoneNumberAssigned,
    numberId: raw.PhoneNumberId,
    subscriberId: raw.SubscriberId ?? null,
  };
}

/** The result of updateNumber: the Update order Telegent records the change as, and the number. */
export function toUpdateNumberPayload(raw: RawNumberUpdate): UpdateNumberPayload {
  return {
    order: orderFromAnswer({ id: raw.UpdateOrderId, date: raw.UpdateOrderDate, status: raw.UpdateOrderStatus, type: 'Update', numbers: [raw.Number] }),
    number: raw.Number,
  };
}
