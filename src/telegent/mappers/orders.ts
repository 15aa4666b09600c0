import { NumberStatusChange, PortInClassification } from '../../graph/schema/enums';
import type { Order } from '../../graph/schema/order.type';
import type { ChangeNumberStatusPayload, NumberStatusChangeResult } from '../../graph/schema/phone-number.payload';
import { instant } from './dates';

/** Number orders: their reads, the answers of the writes that create them, porting (REFERENCE.md §2.6, §3.9–3.10). */

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

/** Statuses after which an order never changes, in every order type's vocabulary (REFERENCE.md §2.6, C15). */
export const FINAL_ORDER_STATUSES: ReadonlySet<string> = new Set(['Complete', 'Completed', 'Rejected', 'Cancelled', 'Error', 'Failed']);

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

/** An order as the write that created it answered: it has just entered its first status. */
export function orderFromAnswer(answer: { id: string; date: string; status: string; type: string; numbers: string[]; message?: string | null }): Order {
  const orderDate = instant(answer.date);
  const message = answer.message ?? null;
  return {
    id: answer.id,
    status: answer.status,
    type: answer.type,
    orderDate,
    statusMessage: message,
    numbers: answer.numbers,
    history: [{ status: answer.status, at: orderDate, message }],
  };
}

/** The answer of numbers/update (REFERENCE.md §3.9). */
export interface RawNumberUpdate {
  Number: string;
  UpdateOrderId: string;
  UpdateOrderDate: string;
  UpdateOrderStatus: string;
}

/** numbers/status `StatusChange` spellings. */
export const UPSTREAM_STATUS_CHANGE: Record<NumberStatusChange, string> = {
  [NumberStatusChange.ACTIVATE]: 'activate',
  [NumberStatusChange.PARK]: 'park',
  [NumberStatusChange.CANCEL]: 'cancel',
  [NumberStatusChange.SWAP]: 'swap',
  [NumberStatusChange.REPLACE]: 'replace',
  [NumberStatusChange.SWAP_SIM]: 'swap-sim',
};

/**
 * The answer of numbers/status and numbers/reactivate. The per-number results come under three
 * names with two fee spellings, by change type (REFERENCE.md §3.9): all are read.
 */
export interface RawStatusChange {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  EffectiveDate?: string | null;
  Numbers?: { Number: string; QrCode?: string | null }[] | null;
  NumbersChange?: { Number?: string; OriginalNumber?: string; NewNumber?: string; ChargeFee?: number | null }[] | null;
  NumbersChanged?: { Number: string; ChangeFee?: number | null }[] | null;
}

/** `change` is null for a reactivation (numbers/reactivate). */
export function toStatusChangePayload(raw: RawStatusChange, change: NumberStatusChange | null): ChangeNumberStatusPayload {
  const results: NumberStatusChangeResult[] = [
    ...(raw.Numbers ?? []).map((n) => ({ number: n.Number, newNumber: null, fee: null, qrCode: n.QrCode ?? null })),
    ...(raw.NumbersChange ?? []).map((n) => ({
      number: (n.OriginalNumber ?? n.Number)!,
      newNumber: n.NewNumber ?? null,
      fee: n.ChargeFee ?? null,
      qrCode: null,
    })),
    ...(raw.NumbersChanged ?? []).map((n) => ({ number: n.Number, newNumber: null, fee: n.ChangeFee ?? null, qrCode: null })),
  ];
  return {
    order: orderFromAnswer({
      id: raw.OrderId,
      date: raw.OrderDate,
      status: raw.OrderStatus,
      type: change === null ? 'Reactivate' : 'StatusChange',
      numbers: results.map((r) => r.number),
    }),
    change,
    effectiveDate: raw.EffectiveDate ? raw.EffectiveDate.slice(0, 10) : null,
    results,
  };
}

/** Port-in `TargetClassification` spellings (the seed guide's mvno|iot). */
export const UPSTREAM_PORT_IN_CLASSIFICATION: Record<PortInClassification, string> = {
  [PortInClassification.MVNO]: 'mvno',
  [PortInClassification.IOT]: 'iot',
};

/** The answer of numbers/portin/eligibility (undocumented; the sandbox's, README "Porting"). */
export interface RawPortInEligibility {
  PhoneNumber: string;
  Eligible: boolean;
  Message?: string | null;
}

/** The answer of numbers/portin and numbers/portout: the new order, as `Status` (not `OrderStatus`). */
export interface RawPortOrderPlaced {
  OrderId: string;
  OrderDate: string;
  Status: string;
  PhoneNumber: string;
}
