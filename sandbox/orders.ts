import { badRequest } from './errors';
import { addNumber, iccidHolder } from './inventory';
import type { OrderRecord, OrderTransition, OrderType } from './model';
import type { SandboxState } from './state';

/** Statuses after which an order never changes (REFERENCE.md §2.6, C15). */
export const FINAL_ORDER_STATUSES = ['Complete', 'Completed', 'Rejected', 'Cancelled', 'Error', 'Failed'];

export function isOpen(order: OrderRecord): boolean {
  return !FINAL_ORDER_STATUSES.includes(order.status);
}

export interface NewOrder {
  distributorId: string;
  accountId: string;
  type: OrderType;
  numbers: string[];
  status: string;
  statusMessage?: string | null;
  pending?: OrderTransition[];
  changeType?: string;
  portIn?: OrderRecord['portIn'];
  portOutPinHash?: string;
}

/** Creates an order in its first status and announces it (Order_Update webhooks). */
export function createOrder(state: SandboxState, fields: NewOrder): OrderRecord {
  const now = state.clock.now();
  const { pending = [], statusMessage = null, ...rest } = fields;
  const order = state.orders.insert({
    id: state.entropy.id('JNUOID'),
    ...rest,
    statusMessage,
    createdAt: now,
    history: [{ status: fields.status, at: now, message: statusMessage }],
    pending,
  });
  state.events.emit('orderStatus', order);
  return order;
}

/** Moves an order to a new status now (or at `transition.at`), applying its side effect. */
export function applyTransition(state: SandboxState, order: OrderRecord, transition: OrderTransition): void {
  transition.apply?.();
  order.status = transition.status;
  order.statusMessage = transition.message ?? null;
  order.history.push({ status: transition.status, at: transition.at, message: transition.message ?? null });
  state.events.emit('orderStatus', order);
}

/**
 * Applies every order and message transition that is due on the sandbox clock, oldest first.
 * Runs on a short wall-clock tick and right after `POST /_sandbox/clock`.
 */
export function applyDueTransitions(state: SandboxState): void {
  const now = state.clock.now();
  for (const order of state.orders.values()) {
    while (order.pending.length > 0 && order.pending[0]!.at <= now) {
      applyTransition(state, order, order.pending.shift()!);
    }
  }
  for (const message of state.messages.values()) {
    while (message.pending.length > 0 && message.pending[0]!.at <= now) {
      const next = message.pending.shift()!;
      message.status = next.status;
      state.events.emit('messageStatus', message);
    }
  }
}

/* ---------------------------------------------------------------------------------------------
 * Port-in rules. The reference gives no rule for which numbers are portable, so the sandbox
 * decides by the number's last digit (README "Deterministic rules"):
 *   …0  not portable (the losing carrier does not release numbers);
 *   …7  a wireline (landline) number: portable as mvno/Mobile/Landline, never as iot, and it
 *       waits in "Pending Carrier Approval" until the order has a PortInDate;
 *   …9  portable, but the losing carrier rejects the order at approval (account details mismatch);
 *   a number already on the platform is not portable, nor one with an open port-in order (a
 *   second submit would be refused); every other number is.
 * ------------------------------------------------------------------------------------------- */

export interface PortInEligibility {
  eligible: boolean;
  reason: string;
  wireline: boolean;
}

export function portInEligibility(state: SandboxState, number: string, classification: string): PortInEligibility {
  const last = number.at(-1);
  const wireline = last === '7';
  if (state.numbers.byNumber(number)) {
    return { eligible: false, reason: 'The number is already on the Telegent platform.', wireline };
  }
  const open = openPortInOf(state, number);
  if (open) {
    return { eligible: false, reason: `The number already has an open port-in order (${open.id}); update or cancel that order instead.`, wireline };
  }
  if (last === '0') {
    return { eligible: false, reason: 'The losing carrier does not release this number for porting.', wireline };
  }
  if (wireline && classification.toLowerCase() === 'iot') {
    return { eligible: false, reason: 'Wireline numbers cannot be ported into the iot classification.', wireline };
  }
  return {
    eligible: true,
    reason: wireline
      ? 'Eligible. Wireline number: a PortInDate is required before the port can be scheduled.'
      : 'Eligible for port-in.',
    wireline,
  };
}

/** The open port-in order of a number, on any distributor (one port at a time per number). */
export function openPortInOf(state: SandboxState, number: string): OrderRecord | undefined {
  return state.orders.values().find((o) => o.type === 'PortIn' && isOpen(o) && o.numbers[0] === number);
}

export const PORT_IN_REJECTION = 'Rejected by the losing carrier: the account number or PIN does not match its records.';
export const WIRELINE_NEEDS_DATE = 'PortInDate is required for wireline numbers: update the order with a PortInDate.';

/** Parses `MM/DD/YYYY` or `YYYY-MM-DD` (REFERENCE.md C13) to UTC midnight ms. */
export function parsePortInDate(value: string): number {
  const us = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const [year, month, day] = us ? [us[3], us[1], us[2]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined) throw badRequest(`PortInDate '${value}' must be MM/DD/YYYY or YYYY-MM-DD.`);
  const ms = Date.UTC(Number(year), Number(month) - 1, Number(day));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) {
    throw badRequest(`PortInDate '${value}' is not a calendar date.`);
  }
  return ms;
}

/**
 * (Re)computes the rest of a port-in's life from its current status:
 * Submitted → Pending Carrier Approval → Scheduled → Completed, or → Rejected (REFERENCE.md C14, C15).
 * `complete` adds the number to the inventory when the port completes; what it returns becomes the
 * completion's status message.
 */
export function planPortIn(order: OrderRecord, stepMs: number, now: number, complete: () => string | null): OrderTransition[] {
  const details = order.portIn!;
  const enteredAt = order.history.at(-1)!.at;
  const last = order.numbers[0]!.at(-1);
  const dateMs = details.portInDate ? parsePortInDate(details.portInDate) : null;
  const completion = (scheduledAt: number): OrderTransition => {
    const transition: OrderTransition = {
      status: 'Completed',
      at: Math.max(scheduledAt + stepMs, dateMs ?? 0),
      apply: () => {
        transition.message = complete();
      },
    };
    return transition;
  };
  const fromApproval = (approvalAt: number): OrderTransition[] => {
    if (last === '9') return [{ status: 'Rejected', at: approvalAt + stepMs, message: PORT_IN_REJECTION }];
    if (details.wireline && dateMs === null) return [];
    const scheduledAt = Math.max(approvalAt + stepMs, now);
    return [{ status: 'Scheduled', at: scheduledAt }, completion(scheduledAt)];
  };
  switch (order.status) {
    case 'Submitted': {
      const approvalAt = enteredAt + stepMs;
      const stalled = details.wireline && dateMs === null;
      return [
        { status: 'Pending Carrier Approval', at: approvalAt, message: stalled ? WIRELINE_NEEDS_DATE : null },
        ...fromApproval(approvalAt),
      ];
    }
    case 'Pending Carrier Approval':
      return fromApproval(enteredAt);
    case 'Scheduled':
      return [completion(enteredAt)];
    default:
      return [];
  }
}

/**
 * What a completed port-in does: the number joins the account's inventory, with no routes yet, on
 * the order's SIM. A SIM bound to another number by then is left out (one SIM carries one line:
 * the submit and update checks make this a safety net) and the completion message says so.
 */
export function completePortIn(state: SandboxState, order: OrderRecord): string | null {
  const details = order.portIn!;
  const number = order.numbers[0]!;
  if (state.numbers.byNumber(number)) return null;
  const simTaken = details.iccid !== null && iccidHolder(state, details.iccid) !== undefined;
  const classification = details.targetClassification.toLowerCase() === 'iot' ? 'IOT' : 'MVNO';
  addNumber(state, {
    distributorId: order.distributorId,
    accountId: order.accountId,
    number,
    numberType: 'mobile',
    classification,
    messageType: 'p2p',
    messageEnabled: false,
    voiceEnabled: false,
    dataEnabled: classification === 'IOT',
    productType: classification === 'IOT' ? 'Sms+Data' : 'Sms+Data+Voice',
    messageRouteId: null,
    voiceRouteId: null,
    assignedSubscriberId: details.assignedSubscriberId,
    iccid: simTaken ? null : details.iccid,
    cnam: null,
    orderId: order.id,
    zipCode: details.currentBillingAddress.Zip ?? '',
  });
  return simTaken ? `Ported without its SIM: ICCID '${details.iccid}' is bound to another number; bind one with numbers/update.` : null;
}

/** Sets a new port-in's pending transitions (submit, seed) or re-plans them (update). */
export function schedulePortIn(state: SandboxState, order: OrderRecord, stepSec: number): void {
  order.pending = planPortIn(order, stepSec * 1000, state.clock.now(), () => completePortIn(state, order));
}
