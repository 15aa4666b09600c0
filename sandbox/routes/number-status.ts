import { usDate } from '../clock';
import { SandboxError, badRequest } from '../errors';
import { isE164 } from '../input';
import { addNumber } from '../inventory';
import type { NumberRecord, NumberStatus, OrderTransition } from '../model';
import { createOrder } from '../orders';
import type { Route, RouteContext } from '../router';
import type { SandboxState } from '../state';
import {
  type AccountScope,
  type PickedNumber,
  checkIccid,
  localDateTime,
  parseUsDate,
  pickAvailableNumber,
  qrCodeFor,
  requireDistinct,
  singleAccount,
  startOfUtcDay,
} from './number-rules';

const STATUS_CHANGES = ['activate', 'cancel', 'swap', 'swap-sim', 'replace', 'park'] as const;
type StatusChange = (typeof STATUS_CHANGES)[number];

/** The onboarding guide's lifecycle words (REFERENCE.md C11). */
const STATUS_CHANGE_ALIASES: Record<string, StatusChange> = {
  suspend: 'park',
  restore: 'activate',
  deactivate: 'cancel',
};

/** What each change may start from; a cancelled number comes back through numbers/reactivate. */
const ALLOWED_FROM: Record<StatusChange, readonly NumberStatus[]> = {
  activate: ['Active', 'Parked'],
  cancel: ['Active', 'Parked'],
  park: ['Active'],
  swap: ['Active'],
  replace: ['Active'],
  'swap-sim': ['Active', 'Parked'],
};

/** Flat fees, as the Postman examples show them (USD). */
const CANCEL_FEE = 2.25;
const PARK_FEE = 1.0;
const SWAP_FEE = 0;

export const REACTIVATION_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/** One number of a status-change order, with what the change needs for it. */
interface PlannedChange {
  numberId: string;
  number: string;
  /** swap-sim: the new SIM. */
  iccid?: string;
  /** swap/replace: the number it is exchanged for. */
  replacement?: PickedNumber;
  /** activate: the eSIM activation code returned to the caller. */
  qrCode?: string | null;
}

function readChange(ctx: RouteContext): StatusChange {
  const sent = ctx.body.string('StatusChange', { required: true });
  return STATUS_CHANGE_ALIASES[sent.trim().toLowerCase()] ?? ctx.body.oneOf('StatusChange', STATUS_CHANGES, { required: true });
}

/** Why `change` cannot apply to `n` now, or null. */
function problemWith(change: StatusChange, n: NumberRecord | undefined, number: string): string | null {
  if (n === undefined) return `the number ${number} is no longer in the inventory.`;
  if (ALLOWED_FROM[change].includes(n.status)) return null;
  if (change === 'activate' && n.status === 'Cancelled') {
    return `the number ${number} is Cancelled; restore it with POST /v1.0/numbers/reactivate.`;
  }
  return `the number ${number} is ${n.status}; ${change} needs a number that is ${ALLOWED_FROM[change].join(' or ')}.`;
}

/** Exchanges a number for a new one: the line (configuration, SIM, subscription, filters) moves over. */
function swapNumber(state: SandboxState, old: NumberRecord, picked: PickedNumber, orderId: string): void {
  const fresh = addNumber(state, {
    distributorId: old.distributorId,
    accountId: old.accountId,
    number: picked.number,
    numberType: old.numberType,
    classification: old.classification,
    messageType: old.messageType,
    messageEnabled: old.messageEnabled,
    voiceEnabled: old.voiceEnabled,
    dataEnabled: old.dataEnabled,
    productType: old.productType,
    messageRouteId: old.messageRouteId,
    voiceRouteId: old.voiceRouteId,
    assignedSubscriberId: old.assignedSubscriberId,
    iccid: old.iccid,
    cnam: old.cnam,
    orderId,
    zipCode: picked.zipCode,
  });
  Object.assign(fresh, { dataUsage: old.dataUsage, usageMb: old.usageMb, renewal: old.renewal, voicemail: old.voicemail });
  // The old number goes back to the pool.
  state.numbers.delete(old.id);
  for (const subscription of state.subscriptions.values()) if (subscription.tnid === old.id) subscription.tnid = fresh.id;
  for (const filter of [...state.callFilters.values(), ...state.messageFilters.values()]) {
    if (filter.phone === old.number) filter.phone = fresh.number;
  }
}

function applyChange(state: SandboxState, change: StatusChange, plan: PlannedChange, at: number, orderId: string): void {
  const n = state.numbers.get(plan.numberId)!;
  switch (change) {
    case 'activate':
      n.status = 'Active';
      break;
    case 'cancel':
      n.status = 'Cancelled';
      n.cancelledAt = at;
      break;
    case 'park':
      n.status = 'Parked';
      break;
    case 'swap-sim':
      n.iccid = plan.iccid!;
      break;
    case 'swap':
    case 'replace':
      swapNumber(state, n, plan.replacement!, orderId);
      break;
  }
}

/**
 * A future-dated change re-checks the numbers when it comes due; if any no longer qualifies the
 * order ends in `Error` with the reason and changes nothing (all or nothing, like the request).
 */
function dueTransition(
  state: SandboxState,
  change: StatusChange,
  plans: PlannedChange[],
  at: number,
  orderId: string,
): OrderTransition {
  const transition: OrderTransition = { status: 'Complete', at };
  transition.apply = () => {
    const promised = new Set<string>();
    const problems: string[] = [];
    for (const plan of plans) {
      const problem = problemWith(change, state.numbers.get(plan.numberId), plan.number);
      if (problem) problems.push(problem);
      if (plan.iccid && state.numbers.values().some((n) => n.id !== plan.numberId && n.iccid === plan.iccid)) {
        problems.push(`ICCID ${plan.iccid} was bound to another number in the meantime.`);
      }
      if (plan.replacement && state.numbers.byNumber(plan.replacement.number)) {
        // The promised number was sold meanwhile: take the next one by the same search.
        try {
          plan.replacement = pickAvailableNumber(state, { areaCode: plan.replacement.number.slice(2, 5) }, promised);
        } catch (error) {
          if (!(error instanceof SandboxError)) throw error;
          problems.push(`no replacement number is available for ${plan.number}.`);
        }
      }
      if (plan.replacement) promised.add(plan.replacement.number);
    }
    if (problems.length > 0) {
      transition.status = 'Error';
      transition.message = problems.join(' ');
      return;
    }
    for (const plan of plans) applyChange(state, change, plan, at, orderId);
  };
  return transition;
}

function readPlans(ctx: RouteContext, change: StatusChange): { plans: PlannedChange[]; scope: AccountScope } {
  const { body, state, caller } = ctx;
  const items = body.objects('PhoneNumbers', { required: true, nonEmpty: true });
  const sent = items.map((item, index) => {
    const field = `PhoneNumbers[${index}]`;
    const number = item.string('Number');
    if (number === undefined) throw badRequest(`${field}.Number is required.`);
    if (!isE164(number)) throw badRequest(`${field}.Number '${number}' is not a valid E.164 phone number.`);
    const iccid = item.string('ICCID');
    if (change === 'swap-sim' && iccid === undefined) throw badRequest(`${field}.ICCID is required for swap-sim.`);
    return { field, number, iccid };
  });
  requireDistinct(sent.map((s) => s.number), 'PhoneNumbers');
  const records = sent.map((s) => state.numbers.ownedNumber(s.number, caller.id));
  const scope = singleAccount(records, 'PhoneNumbers');
  for (const [index, n] of records.entries()) {
    const problem = problemWith(change, n, n.number);
    if (problem) throw badRequest(problem);
    if (change === 'swap-sim') sent[index]!.iccid = checkIccid(state, sent[index]!.iccid!, `${sent[index]!.field}.ICCID`, n.id);
  }
  if (change === 'swap-sim') requireDistinct(sent.map((s) => s.iccid!), 'PhoneNumbers[].ICCID');

  const search = { areaCode: body.string('AreaCode'), zipCode: body.string('ZipCode') };
  const promised = new Set<string>();
  const plans = records.map((n, index): PlannedChange => {
    const plan: PlannedChange = { numberId: n.id, number: n.number };
    if (change === 'swap-sim') plan.iccid = sent[index]!.iccid!;
    if (change === 'activate') plan.qrCode = qrCodeFor(state, n);
    if (change === 'swap' || change === 'replace') {
      plan.replacement = pickAvailableNumber(state, search, promised);
      promised.add(plan.replacement.number);
    }
    return plan;
  });
  return { plans, scope };
}

function resultsOf(change: StatusChange, plans: PlannedChange[]): Record<string, unknown> {
  switch (change) {
    case 'activate':
      return { Numbers: plans.map((p) => ({ Number: p.number, QrCode: p.qrCode ?? null })) };
    case 'cancel':
      return { NumbersChange: plans.map((p) => ({ Number: p.number, ChargeFee: CANCEL_FEE })) };
    case 'park':
      return { NumbersChanged: plans.map((p) => ({ Number: p.number, ChangeFee: PARK_FEE })) };
    case 'swap-sim':
      return { NumbersChange: plans.map((p) => ({ Number: p.number, ChargeFee: SWAP_FEE })) };
    case 'swap':
    case 'replace':
      return {
        NumbersChange: plans.map((p) => ({ OriginalNumber: p.number, NewNumber: p.replacement!.number, ChargeFee: SWAP_FEE })),
      };
  }
}

/** POST /v1.0/numbers/status — one lifecycle change for a batch of numbers, now or at EffectiveDate. */
function changeStatus(ctx: RouteContext): unknown {
  const { body, state } = ctx;
  const change = readChange(ctx);
  const effectiveMs = parseUsDate(body.string('EffectiveDate', { required: true }), 'EffectiveDate');
  const { plans, scope } = readPlans(ctx, change);
  const immediate = effectiveMs <= startOfUtcDay(state.clock.now());

  const order = createOrder(state, {
    ...scope,
    type: 'StatusChange',
    changeType: change,
    numbers: plans.map((p) => p.number),
    status: immediate ? 'Complete' : 'Pending',
  });
  if (immediate) for (const plan of plans) applyChange(state, change, plan, state.clock.now(), order.id);
  else order.pending = [dueTransition(state, change, plans, effectiveMs, order.id)];
  return {
    OrderId: order.id,
    OrderDate: state.clock.iso(order.createdAt),
    OrderStatus: order.status,
    ChangeType: change,
    EffectiveDate: localDateTime(effectiveMs),
    ...resultsOf(change, plans),
  };
}

/** POST /v1.0/numbers/reactivate — undo recent cancellations (within the reactivation window). */
function reactivate(ctx: RouteContext): unknown {
  const { body, state, caller } = ctx;
  const numbers =
    !body.has('PhoneNumbers') && body.has('Number') ? [body.e164('Number', { required: true })] : body.numberRefs('PhoneNumbers');
  requireDistinct(numbers, 'PhoneNumbers');
  const records = numbers.map((number) => state.numbers.ownedNumber(number, caller.id));
  const scope = singleAccount(records, 'PhoneNumbers');
  const now = state.clock.now();
  for (const n of records) {
    if (n.status !== 'Cancelled') {
      throw badRequest(`the number ${n.number} is ${n.status}; only cancelled numbers can be reactivated.`);
    }
    if (n.cancelledAt !== null && now - n.cancelledAt > REACTIVATION_WINDOW_DAYS * DAY_MS) {
      throw badRequest(
        `the number ${n.number} was cancelled on ${usDate(n.cancelledAt)}, past the ${REACTIVATION_WINDOW_DAYS}-day reactivation window.`,
      );
    }
  }
  for (const n of records) {
    n.status = 'Active';
    n.cancelledAt = null;
  }
  const order = createOrder(state, { ...scope, type: 'Reactivate', changeType: 'reactivate', numbers, status: 'Complete' });
  return {
    OrderId: order.id,
    OrderDate: state.clock.iso(order.createdAt),
    OrderStatus: order.status,
    ChangeType: 'reactivate',
    EffectiveDate: localDateTime(startOfUtcDay(now)),
    // The SIM is unchanged, so no new activation code.
    Numbers: records.map((n) => ({ Number: n.number, QrCode: null })),
  };
}

export const statusRoutes: Route[] = [
  { method: 'POST', path: '/v1.0/numbers/status', handle: changeStatus },
  { method: 'POST', path: '/v1.0/numbers/reactivate', handle: reactivate },
];
