/** Orders: the number orders that provisioning, updates, status changes and porting create (REFERENCE.md §2.6, §3.9–3.10). */
import type { Order } from '../../graph/schema/order.type';
import { instant } from '../dates';

/** The answer of numbers/order (REFERENCE.md §3.9). */
export interface RawOrder {
  OrderId: string;
  OrderDate: string;
  OrderStatus: string;
  OrderType?: string | null;
  OrderStatusMessage?: string | null;
  ChangeType?: string | null;
  PhoneNumbersOrdered?: { Number: string; }[] | null;
  StatusHistory?: { OrderStatus: string; Date: string; OrderStatusMessage?: string | null; }[] | null;
}

/** Statuses after which an order never changes, in every order type's vocabulary (REFERENCE.md §2.6, C15). */
export const FINAL_ORDER_STATUSES: ReadonlySet<string> = new Set(['Complete', 'Completed', 'Rejected', 'Cancelled', 'Error', 'Failed']);

/** Statuses of an order that did what it was placed for (REFERENCE.md §2.6; the port-out spelling is the old MDX's). */
export const COMPLETED_ORDER_STATUSES: ReadonlySet<string> = new Set(['Complete', 'Completed', 'Port Out Complete']);

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
export function orderFromAnswer(answer: { id: string; date: string; status: string; type: string; numbers: string[]; message?: string | null; }): Order {
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
