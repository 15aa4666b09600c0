/** Orders: the number orders that provisioning, updates, status changes and porting create (REFERENCE.md §2.6, §3.9–3.10). */
import type { Order } from '../../graph/schema/order.type';
import { OrderStatus } from '../../graph/schema/order-status.enum';
import { instant } from '../dates';
import { enumOrFallback } from '../enums';

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

/** Order status words, in every order type's vocabulary (REFERENCE.md §2.6, C15). */
const UPSTREAM_ORDER_STATUS: Record<Exclude<OrderStatus, OrderStatus.OTHER>, string> = {
  [OrderStatus.SUBMITTED]: 'Submitted',
  [OrderStatus.PENDING]: 'Pending',
  [OrderStatus.PROCESSING]: 'Processing',
  [OrderStatus.PENDING_CARRIER_APPROVAL]: 'Pending Carrier Approval',
  [OrderStatus.SCHEDULED]: 'Scheduled',
  [OrderStatus.COMPLETED]: 'Completed',
  [OrderStatus.REJECTED]: 'Rejected',
  [OrderStatus.CANCELLED]: 'Cancelled',
  [OrderStatus.ERROR]: 'Error',
};

/** Other words for the same status: provisioning's `Complete`, the old port-out MDX's `Port Out Complete`, older documents' `Failed`. */
const ORDER_STATUS_ALIASES: Record<string, Exclude<OrderStatus, OrderStatus.OTHER>> = {
  complete: OrderStatus.COMPLETED,
  'port out complete': OrderStatus.COMPLETED,
  failed: OrderStatus.ERROR,
};

/** Telegent's word for an order's status as the graph's OrderStatus; OTHER for a word it has not used before. */
export function orderStatusOf(word: string | null | undefined): OrderStatus {
  return enumOrFallback(UPSTREAM_ORDER_STATUS, word, OrderStatus.OTHER, ORDER_STATUS_ALIASES);
}

const FINAL_ORDER_STATUSES: ReadonlySet<OrderStatus> = new Set([OrderStatus.COMPLETED, OrderStatus.REJECTED, OrderStatus.CANCELLED, OrderStatus.ERROR]);

/** A status after which an order never changes (an unknown word is not: the watcher keeps polling it). */
export const isFinalOrderStatus = (word: string): boolean => FINAL_ORDER_STATUSES.has(orderStatusOf(word));

/** A status of an order that did what it was placed for. */
export const isCompletedOrderStatus = (word: string): boolean => orderStatusOf(word) === OrderStatus.COMPLETED;

export function toOrder(raw: RawOrder): Order {
  return {
    id: raw.OrderId,
    status: orderStatusOf(raw.OrderStatus),
    statusText: raw.OrderStatus,
    type: raw.OrderType ?? null,
    orderDate: instant(raw.OrderDate),
    statusMessage: raw.OrderStatusMessage ?? null,
    numbers: (raw.PhoneNumbersOrdered ?? []).map((n) => n.Number),
    history: (raw.StatusHistory ?? []).map((h) => ({ status: orderStatusOf(h.OrderStatus), statusText: h.OrderStatus, at: instant(h.Date), message: h.OrderStatusMessage ?? null })),
  };
}

/** An order as the write that created it answered: it has just entered its first status. */
export function orderFromAnswer(answer: { id: string; date: string; status: string; type: string; numbers: string[]; message?: string | null; }): Order {
  const orderDate = instant(answer.date);
  const message = answer.message ?? null;
  return {
    id: answer.id,
    status: orderStatusOf(answer.status),
    statusText: answer.status,
    type: answer.type,
    orderDate,
    statusMessage: message,
    numbers: answer.numbers,
    history: [{ status: orderStatusOf(answer.status), statusText: answer.status, at: orderDate, message }],
  };
}
