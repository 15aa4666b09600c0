/** Numbers: the inventory, availability searches, provisioning and each number's configuration (REFERENCE.md §3.9). */
import type { AvailableNumbers } from '../../graph/schema/available-numbers.type';
import { NumberType, MessageType, ProductType } from '../../graph/schema/enums';
import type { UpdateNumberPayload } from '../../graph/schema/phone-number.payload';
import type { PhoneNumber } from '../../graph/schema/phone-number.type';
import type { ProvisionNumberPayload } from '../../graph/schema/provision-number.payload';
import type { NumberProfile } from '../../stores/profile-store';
import { isoDate } from '../dates';
import { enumFromUpstream } from '../enums';
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

/**
 * How each numbers endpoint spells a NumberType: Telegent speaks of number kinds in more than one
 * vocabulary (REFERENCE.md C1, C2, C13), the graph in one. `provision`: numbers/provision
 * `NumberType`; `availability`: numbers/availability `NumberType`, where MVNO and IOT numbers are
 * one pool of mobile numbers; `classification`: numbers/update `Classification` (as the records
 * report it); `portIn`: port-in `TargetClassification`/`TargetPortinClassification`, which
 * ports into mobile lines only; `subscription`: a subscription's `Type`, the kind of number it
 * bills (REFERENCE.md §3.14).
 */
export const NUMBER_TYPE_SPELLINGS = {
  provision: { [NumberType.MVNO]: 'mvno', [NumberType.IOT]: 'iot', [NumberType.VOIP]: 'voip' },
  availability: { [NumberType.MVNO]: 'mobile', [NumberType.IOT]: 'mobile', [NumberType.VOIP]: 'voip' },
  classification: { [NumberType.MVNO]: 'MVNO', [NumberType.IOT]: 'IOT', [NumberType.VOIP]: 'VOIP' },
  portIn: { [NumberType.MVNO]: 'mvno', [NumberType.IOT]: 'iot' },
  subscription: { [NumberType.MVNO]: 'Mvno', [NumberType.IOT]: 'Iot', [NumberType.VOIP]: 'Voip' },
} as const satisfies Record<string, Partial<Record<NumberType, string>>>;

/** The kind of a number record: `NumberType` says mobile or voip, `Classification` MVNO, IOT (or VOIP). */
function numberTypeOfRecord(raw: RawInventoryNumber): NumberType {
  const classification = enumFromUpstream(NUMBER_TYPE_SPELLINGS.classification, raw.Classification);
  if ((raw.NumberType ?? '').toLowerCase() === NUMBER_TYPE_SPELLINGS.availability.VOIP) return NumberType.VOIP;
  return classification ?? NumberType.MVNO;
}

export function toPhoneNumber(raw: RawInventoryNumber, accountId: string | null): PhoneNumber {
  const messageType = (raw.MessageType ?? '').toUpperCase();
  return {
    id: (raw.Tnid ?? raw.TNID)!,
    number: raw.Number,
    numberType: numberTypeOfRecord(raw),
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
