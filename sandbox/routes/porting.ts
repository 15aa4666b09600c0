import { badRequest } from '../errors';
import { sha256 } from '../ids';
import type { Input } from '../input';
import type { Address, OrderRecord, PortInDetails } from '../model';
import {
  applyTransition,
  createOrder,
  isOpen,
  parsePortInDate,
  portInEligibility,
  schedulePortIn,
} from '../orders';
import type { Route, RouteContext } from '../router';
import type { SandboxState } from '../state';
import { checkIccid } from './number-rules';

/** `mvno|iot` (guide) and `Mobile|Landline` (changelog) are all accepted (REFERENCE.md C13). */
const CLASSIFICATIONS = ['mvno', 'iot', 'Mobile', 'Landline'] as const;
const ORDER_ID_PREFIXES = ['JNUOID', 'JNOID', 'TNOID'];

/** The losing carrier's billing address: Street1, City, a 2-letter State and a 5-digit Zip are required. */
function billingAddress(body: Input, required: boolean): Address | undefined {
  const address = body.address('CurrentBillingAddress', { required });
  if (address === undefined) return undefined;
  for (const part of ['Street1', 'City', 'State', 'Zip'] as const) {
    if (!address[part]) throw badRequest(`CurrentBillingAddress.${part} is required.`);
  }
  if (!/^[A-Za-z]{2}$/.test(address.State!)) throw badRequest(`CurrentBillingAddress.State '${address.State}' must be a 2-letter state code.`);
  if (!/^\d{5}(-\d{4})?$/.test(address.Zip!)) throw badRequest(`CurrentBillingAddress.Zip '${address.Zip}' must be a 5-digit ZIP code.`);
  return address;
}

/** The SIM to port onto: checked as provisioning checks it (bound to no number, claimed by no other open port-in). */
function iccid(state: SandboxState, body: Input, orderId?: string): string | undefined {
  const value = body.string('ICCID', { aliases: ['Iccid'] });
  return value === undefined ? undefined : checkIccid(state, value, 'ICCID', undefined, orderId);
}

/** A PortInDate must be a calendar date and not before today on the sandbox clock. */
function portInDate(ctx: RouteContext, body: Input): string | undefined {
  const value = body.string('PortInDate');
  if (value === undefined) return undefined;
  const day = parsePortInDate(value);
  const now = ctx.state.clock.now();
  if (day < now - (now % 86_400_000)) throw badRequest(`PortInDate '${value}' is in the past.`);
  return value;
}

function findPortIn(ctx: RouteContext): OrderRecord {
  const order = ctx.state.orders.owned(ctx.body.id('OrderId', ORDER_ID_PREFIXES, { required: true }), ctx.caller.id);
  if (order.type !== 'PortIn') throw badRequest(`order '${order.id}' is a ${order.type} order, not a port-in.`);
  return order;
}

function requireOpen(order: OrderRecord, action: string): void {
  if (!isOpen(order)) throw badRequest(`port-in order '${order.id}' is ${order.status}; it cannot be ${action}.`);
}

export const portingRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/numbers/portin/eligibility',
    handle(ctx) {
      const number = ctx.body.e164('PhoneNumber', { required: true, aliases: ['PortInNumber'] });
      const classification = ctx.body.oneOf('TargetClassification', CLASSIFICATIONS, { required: true, aliases: ['TargetPortinClassification'] });
      const verdict = portInEligibility(ctx.state, number, classification);
      return { PhoneNumber: number, TargetClassification: classification, Eligible: verdict.eligible, Message: verdict.reason };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/portin',
    handle(ctx) {
      const { body, state } = ctx;
      const number = body.e164('PortInNumber', { required: true });
      const carrier = body.string('CurrentCarrierName', { required: true, maxLength: 100 });
      const accountNumber = body.string('CurrentAccountNumber', { required: true, maxLength: 50 });
      const password = body.string('CurrentAccountPassword', { required: true, maxLength: 50 });
      const address = billingAddress(body, true)!;
      const classification = body.oneOf('TargetPortinClassification', CLASSIFICATIONS, { aliases: ['TargetClassification'] }) ?? 'mvno';
      const subscriberName = body.string('SubscriberName', { maxLength: 255 }) ?? null;
      const sim = iccid(state, body) ?? null;
      const date = portInDate(ctx, body) ?? null;
      // Every number needs an account (and ideally a subscriber) before it ports (seed guide §8).
      const account = state.resolveAccount(ctx.caller.id, body.string('AccountId', { aliases: ['AccountID'] }));
      const subscriberId = body.id('AssignedSubscriberId', ['TSUID', 'SID']);
      const subscriber = subscriberId === undefined ? undefined : state.subscribers.owned(subscriberId, ctx.caller.id);
      if (subscriber && subscriber.accountId !== account.id) {
        throw badRequest(`AssignedSubscriberId '${subscriberId}' belongs to another account than '${account.id}'.`);
      }

      // The answer eligibility gives is the reason a submit is refused (an open port-in order included).
      const verdict = portInEligibility(state, number, classification);
      if (!verdict.eligible) throw badRequest(`${number} is not eligible for port-in: ${verdict.reason}`);

      const details: PortInDetails = {
        targetClassification: classification,
        currentCarrierName: carrier,
        currentAccountNumber: accountNumber,
        currentAccountPasswordHash: sha256(password),
        currentBillingAddress: address,
        subscriberName,
        iccid: sim,
        portInDate: date,
        assignedSubscriberId: subscriber?.id ?? null,
        wireline: verdict.wireline,
      };
      const order = createOrder(state, {
        distributorId: ctx.caller.id,
        accountId: account.id,
        type: 'PortIn',
        numbers: [number],
        status: 'Submitted',
        portIn: details,
      });
      schedulePortIn(state, order, ctx.config.portInStepSec);
      // The submit answer reports "Pending" while the order itself reads "Submitted" (REFERENCE.md C15).
      return { OrderId: order.id, OrderDate: state.clock.iso(order.createdAt), Status: 'Pending', PhoneNumber: number };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/portin/update',
    handle(ctx) {
      const { body, state } = ctx;
      const order = findPortIn(ctx);
      requireOpen(order, 'updated');
      const details = order.portIn!;
      const password = body.string('CurrentAccountPassword', { maxLength: 50 });
      const classification = body.oneOf('TargetPortinClassification', CLASSIFICATIONS, { aliases: ['TargetClassification'] });
      if (classification && details.wireline && classification.toLowerCase() === 'iot') {
        throw badRequest('Wireline numbers cannot be ported into the iot classification.');
      }
      const next: PortInDetails = {
        ...details,
        currentCarrierName: body.string('CurrentCarrierName', { maxLength: 100 }) ?? details.currentCarrierName,
        currentAccountNumber: body.string('CurrentAccountNumber', { maxLength: 50 }) ?? details.currentAccountNumber,
        currentAccountPasswordHash: password === undefined ? details.currentAccountPasswordHash : sha256(password),
        currentBillingAddress: billingAddress(body, false) ?? details.currentBillingAddress,
        portInDate: portInDate(ctx, body) ?? details.portInDate,
        targetClassification: classification ?? details.targetClassification,
        subscriberName: body.string('SubscriberName', { maxLength: 255 }) ?? details.subscriberName,
        iccid: iccid(state, body, order.id) ?? details.iccid,
      };
      order.portIn = next;
      // A new PortInDate (or details a stalled wireline order waited for) moves the plan.
      schedulePortIn(state, order, ctx.config.portInStepSec);
      return { OrderId: order.id, Status: 'Updated', Message: 'Port-in order updated successfully' };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/portin/cancel',
    handle(ctx) {
      const order = findPortIn(ctx);
      requireOpen(order, 'cancelled');
      // Cancel is final: the plan is dropped and nothing can reopen the order.
      order.pending = [];
      applyTransition(ctx.state, order, { status: 'Cancelled', at: ctx.state.clock.now(), message: 'Cancelled at the customer’s request.' });
      return { OrderId: order.id, Status: 'Cancelled', Message: 'Port-in order cancelled. To port this number again, check eligibility and submit a new order.' };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/numbers/portout',
    handle(ctx) {
      const { body, state } = ctx;
      const number = state.numbers.ownedNumber(body.e164('PortOutNumber', { required: true }), ctx.caller.id);
      const pin = body.string('PortOutPIN', { required: true });
      if (!/^\d{4,10}$/.test(pin)) throw badRequest('PortOutPIN must be 4 to 10 digits.');
      if (number.status !== 'Active') throw badRequest(`${number.number} is ${number.status}; only Active numbers can be ported out.`);
      const open = state.orders.values().find((o) => o.type === 'PortOut' && isOpen(o) && o.numbers[0] === number.number);
      if (open) throw badRequest(`${number.number} already has a port-out PIN pending (${open.id}).`);
      const stepMs = ctx.config.portInStepSec * 1000;
      const now = state.clock.now();
      // The gaining carrier drives the port; in the sandbox it completes three steps later, after
      // which the number is gone from active service (README "Deterministic rules").
      const order = createOrder(state, {
        distributorId: ctx.caller.id,
        accountId: number.accountId,
        type: 'PortOut',
        numbers: [number.number],
        status: 'Pending',
        portOutPinHash: sha256(pin),
        pending: [
          {
            status: 'Completed',
            at: now + 3 * stepMs,
            apply: () => {
              number.status = 'Ported Out';
              state.numbers.assign(number, null);
            },
          },
        ],
      });
      return { OrderId: order.id, OrderDate: state.clock.iso(order.createdAt), Status: 'Pending', PhoneNumber: number.number };
    },
  },
];
