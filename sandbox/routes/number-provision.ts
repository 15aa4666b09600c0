import { badRequest } from '../errors';
import { addNumber, isValidAreaCode, zipForArea } from '../inventory';
import type { NumberRecord, OrderRecord } from '../model';
import { createOrder } from '../orders';
import type { Route, RouteContext } from '../router';
import type { SandboxState } from '../state';
import {
  type AccountScope,
  type PickedNumber,
  checkIccid,
  messageRouteInAccount,
  pickAvailableNumber,
  qrCodeFor,
  requireDistinct,
  subscriberInAccount,
  voiceRouteInAccount,
} from './number-rules';

const PROVISION_NUMBER_TYPES = ['mvno', 'iot', 'voip'] as const;
const MESSAGE_TYPES = ['a2p', 'p2p'] as const;
/** Canonical spellings; guides write them in lower case (REFERENCE.md C4). */
export const PRODUCT_TYPES = ['Sms-Only', 'Data-Only', 'Sms+Data', 'Sms+Data+Voice'] as const;

type ProvisionNumberType = (typeof PROVISION_NUMBER_TYPES)[number];

/** Everything a provision request decides about the new number(s), validated. */
interface ProvisionPlan {
  scope: AccountScope;
  numberType: ProvisionNumberType;
  messageType: 'a2p' | 'p2p';
  messageEnabled: boolean;
  voiceEnabled: boolean;
  dataEnabled: boolean;
  productType: string;
  messageRouteId: string;
  voiceRouteId: string | null;
  assignedSubscriberId: string | null;
  iccid: string | null;
}

function readPlan(ctx: RouteContext): ProvisionPlan {
  const { body, state, caller } = ctx;
  const numberType = body.oneOf('NumberType', PROVISION_NUMBER_TYPES, { required: true });
  const messageType = body.oneOf('MessageType', MESSAGE_TYPES, { required: true });
  const messageEnabled = body.bool('MessageEnabled', { required: true });
  const voiceEnabled = body.bool('VoiceEnabled', { required: true });
  const productType = body.oneOf('ProductType', PRODUCT_TYPES, { required: true });
  if (numberType === 'iot' && messageType === 'a2p') {
    throw badRequest('NumberType / MessageType mismatch: iot numbers are p2p only; use NumberType mvno for a2p.');
  }
  if (numberType === 'voip' && messageType === 'p2p') {
    throw badRequest('NumberType / MessageType mismatch: voip numbers are a2p only; use NumberType mvno for p2p.');
  }

  const account = state.resolveAccount(caller.id, body.string('AccountId'));
  const scope = { distributorId: caller.id, accountId: account.id };
  const messageRouteId = body.id('MessageRouteId', ['MRID']);
  if (messageRouteId === undefined) {
    throw badRequest('MessageRouteId required: create a message route (POST /v1.0/message/routes) and pass its MRID.');
  }
  messageRouteInAccount(state, messageRouteId, scope);
  const voiceRouteId = body.id('VoiceRouteId', ['CRID']);
  if (voiceEnabled && voiceRouteId === undefined) {
    throw badRequest('VoiceRouteId is required when VoiceEnabled is true: create a voice route (POST /v1.0/voice/routes).');
  }
  if (voiceRouteId !== undefined) voiceRouteInAccount(state, voiceRouteId, scope);
  const subscriberId = body.id('AssignedSubscriberId', ['TSUID', 'SID']);
  const subscriber = subscriberId === undefined ? undefined : subscriberInAccount(state, subscriberId, scope);
  const iccid = body.string('ICCID');

  return {
    scope,
    numberType,
    messageType,
    messageEnabled,
    voiceEnabled,
    // Data capability follows the product unless the caller says otherwise.
    dataEnabled: body.bool('DataEnabled') ?? productType.includes('Data'),
    productType,
    messageRouteId,
    voiceRouteId: voiceRouteId ?? null,
    assignedSubscriberId: subscriber?.id ?? null,
    iccid: iccid === undefined ? null : checkIccid(state, iccid, 'ICCID'),
  };
}

function createNumber(state: SandboxState, plan: ProvisionPlan, picked: PickedNumber, order: OrderRecord): NumberRecord {
  return addNumber(state, {
    ...plan.scope,
    number: picked.number,
    numberType: plan.numberType === 'voip' ? 'voip' : 'mobile',
    classification: plan.numberType === 'voip' ? 'VOIP' : plan.numberType === 'iot' ? 'IOT' : 'MVNO',
    messageType: plan.messageType,
    messageEnabled: plan.messageEnabled,
    voiceEnabled: plan.voiceEnabled,
    dataEnabled: plan.dataEnabled,
    productType: plan.productType,
    messageRouteId: plan.messageRouteId,
    voiceRouteId: plan.voiceRouteId,
    assignedSubscriberId: plan.assignedSubscriberId,
    iccid: plan.iccid,
    cnam: null,
    orderId: order.id,
    zipCode: picked.zipCode,
  });
}

/**
 * The legacy (Postman) form names the numbers to buy. A number already on the platform was
 * "claimed by another user" (Quick Start, Common Issues).
 */
function readRequestedNumbers(ctx: RouteContext): PickedNumber[] | undefined {
  const { body } = ctx;
  if (!body.has('PhoneNumbers')) return undefined;
  const numbers = body.numberRefs('PhoneNumbers');
  requireDistinct(numbers, 'PhoneNumbers');
  return numbers.map((number) => {
    const existing = ctx.state.numbers.byNumber(number);
    if (existing?.distributorId === ctx.caller.id) throw badRequest(`the number ${number} is already in your inventory.`);
    if (existing) {
      throw badRequest(`The number ${number} was claimed by another user. Check availability again and select a different number.`);
    }
    const areaCode = number.slice(2, 5);
    if (!number.startsWith('+1') || !isValidAreaCode(areaCode)) {
      throw badRequest(`the number ${number} is not a purchasable US number.`);
    }
    return { number, zipCode: zipForArea(areaCode) };
  });
}

/** POST /v1.0/numbers/provision — buy and activate one number (or, legacy form, the listed numbers). */
function provision(ctx: RouteContext): unknown {
  const { body, state } = ctx;
  const plan = readPlan(ctx);
  const requested = readRequestedNumbers(ctx);
  if (requested && requested.length > 1 && plan.iccid !== null) {
    throw badRequest('ICCID can only be paired with a single number; provision SIM-bound numbers one at a time.');
  }
  const picked = requested ?? [
    pickAvailableNumber(state, { areaCode: body.string('AreaCode'), zipCode: body.string('ZipCode') }),
  ];

  const order = createOrder(state, {
    ...plan.scope,
    type: 'Provision',
    numbers: picked.map((p) => p.number),
    status: 'Complete',
  });
  const created = picked.map((p) => createNumber(state, plan, p, order));
  const first = created[0]!;
  return {
    OrderDate: state.clock.iso(order.createdAt),
    OrderId: order.id,
    OrderStatus: order.status,
    PhoneNumberAssigned: first.number,
    PhoneNumberId: first.id,
    // One activation code per call: the legacy multi-number form activates SIMs via numbers/status.
    QRCode: created.length === 1 ? qrCodeFor(state, first) : null,
    ZipCode: first.zipCode,
    ICCID: first.iccid,
    ErrorMessage: null,
    SubscriberId: plan.assignedSubscriberId,
    ...(requested ? { PhoneNumbersRequested: created.map((n) => ({ Number: n.number })) } : {}),
  };
}

export const provisionRoutes: Route[] = [{ method: 'POST', path: '/v1.0/numbers/provision', handle: provision }];
