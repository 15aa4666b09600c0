import { usDate } from '../clock';
import { badRequest } from '../errors';
import { type Input, isE164 } from '../input';
import { ngpOf, searchAvailability, zipForArea } from '../inventory';
import type { NumberClassification, NumberRecord, OrderRecord } from '../model';
import { createOrder } from '../orders';
import type { Route, RouteContext } from '../router';
import type { SandboxState } from '../state';
import { provisionRoutes } from './number-provision';
import { checkIccid, messageRouteInAccount, requireInService, subscriberInAccount, voiceRouteInAccount } from './number-rules';
import { statusRoutes } from './number-status';

const AVAILABILITY_NUMBER_TYPES = ['mobile', 'voip', 'landline', 'tollfree'] as const;
const MESSAGE_TYPES = ['a2p', 'p2p'] as const;
const CLASSIFICATIONS: readonly NumberClassification[] = ['MVNO', 'IOT', 'VOIP'];
const INVENTORY_FILTERS = ['All', 'Active', 'Inactive', 'Parked', 'Cancelled', 'Ported Out'] as const;
/** @default 12, as Postman documents; the sandbox caps pages at 100. */
const DEFAULT_AVAILABILITY_PAGE = 12;
const MAX_AVAILABILITY_PAGE = 100;
const DEFAULT_INVENTORY_PAGE = 100;
const MAX_INVENTORY_PAGE = 1000;
/** US caller-ID names are at most 15 characters. */
const CNAM_MAX_LENGTH = 15;

/** A number as `numbers/inventory` lists it. */
export function toNumberRow(n: NumberRecord) {
  return {
    Number: n.number,
    Tnid: n.id,
    OrderId: n.orderId,
    NumberType: n.numberType,
    MessageEnabled: n.messageEnabled,
    MessageType: n.messageType,
    Classification: n.classification,
    VoiceEnabled: n.voiceEnabled,
    MessageRouteId: n.messageRouteId,
    VoiceRouteId: n.voiceRouteId,
    Status: n.status,
    OriginalDatePurchased: usDate(n.purchasedAt),
    AssignedSubscriberId: n.assignedSubscriberId,
    Iccid: n.iccid,
    Cnam: n.cnam,
  };
}

/** A number as `GET /numbers` answers it: the inventory row with the ID spelled `TNID`. */
function toNumberDetails(n: NumberRecord) {
  const { Number, Tnid, ...rest } = toNumberRow(n);
  return { Number, TNID: Tnid, ...rest };
}

function toOrderDetails(state: SandboxState, order: OrderRecord) {
  return {
    OrderDate: state.clock.iso(order.createdAt),
    OrderId: order.id,
    OrderStatus: order.status,
    OrderType: order.type,
    OrderStatusMessage: order.statusMessage,
    PhoneNumbersOrdered: order.numbers.map((Number) => ({ Number })),
    ...(order.changeType === undefined ? {} : { ChangeType: order.changeType }),
    StatusHistory: order.history.map((step) => ({
      OrderStatus: step.status,
      Date: state.clock.iso(step.at),
      OrderStatusMessage: step.message ?? null,
    })),
  };
}

/** An area code or ZIP as sent: blank means "not given" for the search but is echoed back. */
function searchField(body: Input, name: string): { echo: string | null; value: string | undefined } {
  const echo = body.string(name, { allowEmpty: true }) ?? null;
  const value = echo?.trim() ? echo.trim() : undefined;
  return { echo, value };
}

/** POST /v1.0/numbers/availability — a read-only search of purchasable numbers. */
function availability(ctx: RouteContext): unknown {
  const { body, state } = ctx;
  const numberType = body.oneOf('NumberType', AVAILABILITY_NUMBER_TYPES, { required: true });
  const messageType = body.oneOf('MessageType', MESSAGE_TYPES);
  const messageEnabled = body.bool('MessageEnabled', { required: true });
  const voiceEnabled = body.bool('VoiceEnabled', { required: true });
  const areaCode = searchField(body, 'AreaCode');
  const zipCode = searchField(body, 'ZipCode');
  const pageNumber = body.number('PageNumber', { integer: true, min: 1 }) ?? 1;
  const pageSize =
    body.number('TotalNumbersRequested', { integer: true, min: 1, max: MAX_AVAILABILITY_PAGE }) ?? DEFAULT_AVAILABILITY_PAGE;

  const result = searchAvailability(state, { areaCode: areaCode.value, zipCode: zipCode.value });
  // The platform sells mobile and VoIP numbers only; landline/tollfree searches are valid but empty.
  const sellable = numberType === 'mobile' || numberType === 'voip';
  const areaCodes = sellable ? result.areaCodes : [];
  return {
    RequestId: `T-${state.entropy.digits(5)}`,
    RequestDate: state.clock.iso(),
    NumberType: numberType,
    MessageType: messageType ?? null,
    VoiceEnabled: voiceEnabled,
    MessageEnabled: messageEnabled,
    AreaCode: areaCode.echo,
    ZipCode: zipCode.echo,
    ResultsTotal: sellable ? result.total : 0,
    PageNumber: pageNumber,
    AvailableNumberAreas: areaCodes.map((code) => ({
      NGP: ngpOf(code),
      AreaCode: code,
      Zipcode: result.matchedBy === 'ZipCode' && zipCode.value ? zipCode.value : zipForArea(code, zipCode.value),
    })),
    NumbersAvailable: sellable ? result.page(pageNumber, pageSize).map((Number) => ({ Number })) : [],
  };
}

function matchesFilter(n: NumberRecord, filter: (typeof INVENTORY_FILTERS)[number]): boolean {
  if (filter === 'All') return true;
  if (filter === 'Inactive') return n.status !== 'Active';
  return n.status === filter;
}

/** GET /v1.0/numbers/inventory — the caller's numbers, optionally one account's, paged. */
function inventory(ctx: RouteContext): unknown {
  const { query, state, caller } = ctx;
  const filter = query.oneOf('Filter', INVENTORY_FILTERS) ?? 'All';
  const pageNumber = query.number('PageNumber', { integer: true, min: 1 }) ?? 1;
  const pageSize =
    query.number('TotalPerPage', { integer: true, min: 1, max: MAX_INVENTORY_PAGE, aliases: ['PageSize'] }) ??
    DEFAULT_INVENTORY_PAGE;
  const accountId = query.string('AccountId');
  const account = accountId === undefined ? undefined : state.resolveAccount(caller.id, accountId);
  const offset = (pageNumber - 1) * pageSize;
  let total: number;
  let page: NumberRecord[];
  if (account === undefined && filter === 'All') {
    // The common bulk read: a slice of the distributor's inventory, whatever its size.
    total = state.numbers.countOf(caller.id);
    page = state.numbers.pageOf(caller.id, offset, pageSize);
  } else {
    const scope = account === undefined ? state.numbers.ofDistributor(caller.id) : state.numbers.ofAccount(account.id);
    const rows = filter === 'All' ? scope : scope.filter((n) => matchesFilter(n, filter));
    total = rows.length;
    page = rows.slice(offset, offset + pageSize);
  }
  return {
    // Without an AccountId filter the list spans the distributor, and upstream names it by its DID.
    AccountId: account?.id ?? caller.id,
    TotalResults: total,
    PageNumber: pageNumber,
    Filter: filter,
    PhoneNumbers: page.map(toNumberRow),
  };
}

/** GET /v1.0/numbers — one number of the caller's inventory, by E.164. */
function numberDetails(ctx: RouteContext): unknown {
  const raw = ctx.query.string('PhoneNumber', { required: true });
  if (!isE164(raw)) {
    // An unencoded "+" arrives as a space.
    const hint = raw.startsWith(' ') ? ' URL-encode the leading + as %2B.' : '';
    throw badRequest(`PhoneNumber '${raw}' is not a valid E.164 phone number (e.g. +18015551234).${hint}`);
  }
  return toNumberDetails(ctx.state.numbers.ownedNumber(raw, ctx.caller.id));
}

/** A NumberType sent to numbers/update is accepted only when it names the number's current type. */
function isSameNumberType(sent: string, n: NumberRecord): boolean {
  const kind = sent.trim().toLowerCase();
  return n.numberType === 'voip' ? kind === 'voip' : ['mobile', 'mvno', 'iot'].includes(kind);
}

/** `""` clears an optional text field; absent leaves it unchanged. */
function clearable(value: string | undefined, current: string | null): string | null {
  if (value === undefined) return current;
  return value.trim() === '' ? null : value;
}

/** POST /v1.0/numbers/update — reconfigure one number; records a completed Update order. */
function updateNumber(ctx: RouteContext): unknown {
  const { body, state, caller } = ctx;
  const number = state.numbers.ownedNumber(body.e164('Number', { required: true }), caller.id);
  requireInService(number);
  const scope = { distributorId: number.distributorId, accountId: number.accountId };

  const sentType = body.string('NumberType');
  const classification = body.oneOf('Classification', CLASSIFICATIONS) ?? number.classification;
  if ((sentType !== undefined && !isSameNumberType(sentType, number)) || (classification === 'VOIP') !== (number.numberType === 'voip')) {
    throw badRequest('NumberType cannot be changed; release the number and provision a new one instead.');
  }
  const messageType = body.oneOf('MessageType', MESSAGE_TYPES) ?? number.messageType;
  if (classification === 'IOT' && messageType === 'a2p') {
    throw badRequest('NumberType / MessageType mismatch: Classification IOT allows p2p messaging only.');
  }
  if (classification === 'VOIP' && messageType === 'p2p') {
    throw badRequest('NumberType / MessageType mismatch: VOIP numbers are a2p only.');
  }

  const messageRouteId = body.id('MessageRouteId', ['MRID']);
  if (messageRouteId !== undefined) messageRouteInAccount(state, messageRouteId, scope);
  const voiceRouteId = body.id('VoiceRouteId', ['CRID'], { aliases: ['CallRouteId'] });
  if (voiceRouteId !== undefined) voiceRouteInAccount(state, voiceRouteId, scope);
  const messageEnabled = body.bool('MessageEnabled') ?? number.messageEnabled;
  const voiceEnabled = body.bool('VoiceEnabled') ?? number.voiceEnabled;
  const nextMessageRoute = messageRouteId ?? number.messageRouteId;
  const nextVoiceRoute = voiceRouteId ?? number.voiceRouteId;
  if (messageEnabled && nextMessageRoute === null) {
    throw badRequest('MessageRouteId required: MessageEnabled needs a message route on the number or in the request.');
  }
  if (voiceEnabled && nextVoiceRoute === null) {
    throw badRequest('VoiceRouteId is required: VoiceEnabled needs a voice route on the number or in the request.');
  }

  const sentSubscriber = body.string('AssignedSubscriberId', { allowEmpty: true });
  let assignedSubscriberId = number.assignedSubscriberId;
  if (sentSubscriber !== undefined) {
    assignedSubscriberId =
      sentSubscriber.trim() === ''
        ? null
        : subscriberInAccount(state, body.id('AssignedSubscriberId', ['TSUID', 'SID'], { required: true }), scope).id;
  }
  const sentIccid = body.string('Iccid', { allowEmpty: true });
  const iccid = sentIccid?.trim() ? checkIccid(state, sentIccid.trim(), 'Iccid', number.id) : clearable(sentIccid, number.iccid);
  const cnam = clearable(body.string('Cnam', { allowEmpty: true, maxLength: CNAM_MAX_LENGTH }), number.cnam);

  Object.assign(number, {
    classification,
    messageType,
    messageEnabled,
    voiceEnabled,
    dataEnabled: body.bool('DataEnabled') ?? number.dataEnabled,
    messageRouteId: nextMessageRoute,
    voiceRouteId: nextVoiceRoute,
    iccid,
    cnam,
  });
  state.numbers.assign(number, assignedSubscriberId);
  const order = createOrder(state, { ...scope, type: 'Update', numbers: [number.number], status: 'Complete' });
  return {
    Number: number.number,
    Tnid: number.id,
    UpdateOrderId: order.id,
    UpdateOrderDate: state.clock.iso(order.createdAt),
    UpdateOrderStatus: order.status,
    MessageType: number.messageType,
    MessageEnabled: number.messageEnabled,
    Classification: number.classification,
    VoiceEnabled: number.voiceEnabled,
    MessageRouteId: number.messageRouteId,
    VoiceRouteId: number.voiceRouteId,
    AssignedSubscriberId: number.assignedSubscriberId,
    Iccid: number.iccid,
    Cnam: number.cnam,
  };
}

/** GET /v1.0/numbers/order — any order of the caller (provision, update, status, port-in/out). */
function orderDetails(ctx: RouteContext): unknown {
  const orderId = ctx.query.string('OrderId', { required: true });
  return toOrderDetails(ctx.state, ctx.state.orders.owned(orderId, ctx.caller.id));
}

export const numberRoutes: Route[] = [
  { method: 'POST', path: '/v1.0/numbers/availability', handle: availability },
  ...provisionRoutes,
  { method: 'GET', path: '/v1.0/numbers/inventory', handle: inventory },
  { method: 'GET', path: '/v1.0/numbers', handle: numberDetails },
  { method: 'POST', path: '/v1.0/numbers/update', handle: updateNumber },
  ...statusRoutes,
  { method: 'GET', path: '/v1.0/numbers/order', handle: orderDetails },
];
