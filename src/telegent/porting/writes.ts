import { NumberType } from '../../graph/schema/enums';
import type { CancelPortInInput, CarrierAddressInput, RequestPortOutInput, SubmitPortInInput, UpdatePortInInput } from '../../graph/schema/port-in.input';
import type {
  CancelPortInPayload,
  CheckPortInEligibilityPayload,
  RequestPortOutPayload,
  SubmitPortInPayload,
  UpdatePortInPayload,
} from '../../graph/schema/port-in.payload';
import { ErrorCode, type GatewayError, domainError, nullWhenNotFound } from '../../errors';
import { CLOCK_SKEW_MS, type Reconciled } from '../../stores/idempotency';
import { isFinalOrderStatus, orderStatusOf } from '../orders/mappers';
import { type RawPortInChanged, type RawPortOrderPlaced, portInDay, toEligibilityPayload, toPortOutPayload, toRawPortInClassification, toRawPortInDate } from './mappers';
import { type WriteContext, runWrite } from '../write';
import { checkPortInEligibility } from './reads';
import { getOrder, readOrder } from '../orders/reads';
import { getNumber } from '../numbers/reads';

function toRawCarrierAddress(address: CarrierAddressInput | null | undefined) {
  if (!address) return undefined;
  return { Street1: address.street1, Street2: address.street2 ?? '', City: address.city, State: address.state, Zip: address.zip };
}

/**
 * The port-in lifecycle and port-out PINs (REFERENCE.md §3.10). Every call after submit is keyed
 * by OrderId. Port-in payloads read the order back, so they show its status as Telegent keeps it.
 */
export class PortingWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Reads only (a read-only POST): nothing changes upstream. */
  async checkEligibility(number: string, classification: NumberType): Promise<CheckPortInEligibilityPayload> {
    return toEligibilityPayload(await this.eligibility(number, classification), number, classification);
  }

  /** Submits a port-in (a port fee is spent): once per idempotency key; a refusal of an unportable number says why. */
  async submitPortIn(asked: SubmitPortInInput): Promise<SubmitPortInPayload> {
    const input = { ...asked, portInDate: portInDay(asked.portInDate) ?? asked.portInDate };
    const classification = input.targetClassification ?? NumberType.MVNO;
    const placed = await runWrite(this.ctx, {
      operation: 'submitPortIn',
      // The number joins the inventory only when the port completes: the order watcher records it then.
      changes: () => [],
      targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' }, subscribers: [input.subscriberId] },
      send: async () => {
        const answer = await this.ctx.client.post<RawPortOrderPlaced>('/numbers/portin', {
          PortInNumber: input.number,
          CurrentCarrierName: input.currentCarrierName.trim(),
          CurrentAccountNumber: input.currentAccountNumber.trim(),
          CurrentAccountPassword: input.currentAccountPassword,
          CurrentBillingAddress: toRawCarrierAddress(input.currentBillingAddress),
          TargetPortinClassification: toRawPortInClassification(classification),
          SubscriberName: input.subscriberName ?? undefined,
          ICCID: input.iccid ?? undefined,
          PortInDate: toRawPortInDate(input.portInDate),
          AccountId: input.accountId ?? undefined,
          AssignedSubscriberId: input.subscriberId ?? undefined,
        });
        // Until the port completes its number is in no inventory: the order's owner is known from here only.
        if (input.accountId) await this.ctx.orderProfiles.remember(answer.OrderId, { AccountId: input.accountId });
        return answer;
      },
      explainRefusal: (refusal) => this.whyNotPortable(input.number, classification, refusal),
      idempotent: { input, key: input.idempotencyKey, reconcile: (startedAtMs) => this.findPortIn(input.number, startedAtMs) },
    });
    this.ctx.orders.changed({ orderId: placed.OrderId, accountId: input.accountId ?? null });
    return { order: await readOrder(this.ctx.client, placed.OrderId) };
  }

  /** Corrects an open port-in; a closed one answers ORDER_CLOSED with its status. */
  async updatePortIn(input: UpdatePortInInput): Promise<UpdatePortInPayload> {
    const changed = await runWrite(this.ctx, {
      operation: 'updatePortIn',
      changes: () => [],
      targets: { orders: [input.orderId] },
      send: () =>
        this.ctx.client.post<RawPortInChanged>('/numbers/portin/update', {
          OrderId: input.orderId,
          CurrentCarrierName: input.currentCarrierName?.trim(),
          CurrentAccountNumber: input.currentAccountNumber?.trim(),
          CurrentAccountPassword: input.currentAccountPassword ?? undefined,
          CurrentBillingAddress: toRawCarrierAddress(input.currentBillingAddress),
          PortInDate: toRawPortInDate(portInDay(input.portInDate)),
          TargetPortinClassification: input.targetClassification ? toRawPortInClassification(input.targetClassification) : undefined,
          SubscriberName: input.subscriberName ?? undefined,
          ICCID: input.iccid ?? undefined,
        }),
      explainRefusal: (refusal) => this.closedOrder(input.orderId, 'updated', refusal),
    });
    this.ctx.orders.changed({ orderId: input.orderId, accountId: null });
    return { order: await readOrder(this.ctx.client, changed.OrderId) };
  }

  /** Cancels an open port-in, for good; a closed one answers ORDER_CLOSED with its status. */
  async cancelPortIn(input: CancelPortInInput): Promise<CancelPortInPayload> {
    const cancelled = await runWrite(this.ctx, {
      operation: 'cancelPortIn',
      changes: () => [],
      targets: { orders: [input.orderId] },
      send: () => this.ctx.client.post<RawPortInChanged>('/numbers/portin/cancel', { OrderId: input.orderId }),
      explainRefusal: (refusal) => this.closedOrder(input.orderId, 'cancelled', refusal),
    });
    this.ctx.orders.changed({ orderId: input.orderId, accountId: null, status: cancelled.Status });
    return { order: await readOrder(this.ctx.client, cancelled.OrderId) };
  }

  /**
   * Issues a port-out PIN: once per idempotency key. Telegent offers no lookup of port-out orders
   * by number, so a lost answer stays unknown rather than being guessed.
   */
  async requestPortOut(input: RequestPortOutInput): Promise<RequestPortOutPayload> {
    const placed = await runWrite(this.ctx, {
      operation: 'requestPortOut',
      // The number leaves service only when the gaining carrier completes the port: the order watcher records it then.
      changes: () => [],
      targets: { numbers: [input.number] },
      send: () => this.ctx.client.post<RawPortOrderPlaced>('/numbers/portout', { PortOutNumber: input.number, PortOutPIN: input.pin }),
      idempotent: { input, key: input.idempotencyKey },
    });
    this.ctx.orders.changed({ orderId: placed.OrderId, accountId: null });
    return toPortOutPayload(placed);
  }

  private eligibility(number: string, classification: NumberType) {
    return checkPortInEligibility(this.ctx.client, number, toRawPortInClassification(classification));
  }

  /** After a refused submit: one eligibility read tells whether the number is the reason. */
  private async whyNotPortable(number: string, classification: NumberType, refusal: GatewayError): Promise<GatewayError | null> {
    const verdict = await this.eligibility(number, classification);
    if (verdict.Eligible) return null;
    const reason = verdict.Message ?? null;
    return domainError(ErrorCode.PORT_IN_NOT_ELIGIBLE, `${number} cannot be ported in as ${classification}${reason ? `: ${reason}` : '.'}`, refusal, { reason });
  }

  /** After a refused update or cancel: one order read tells whether the order is closed. */
  private async closedOrder(orderId: string, action: string, refusal: GatewayError): Promise<GatewayError | null> {
    const order = await getOrder(this.ctx.client, orderId);
    if (!isFinalOrderStatus(order.OrderStatus)) return null;
    return domainError(ErrorCode.ORDER_CLOSED, `Port-in order ${orderId} is ${order.OrderStatus}; it can no longer be ${action}.`, refusal, {
      status: orderStatusOf(order.OrderStatus),
      statusText: order.OrderStatus,
    });
  }

  /**
   * After a lost answer. Telegent cannot list open port-ins, so only a port that has already
   * completed can be found (the number is then in the inventory, with its port-in order).
   */
  private async findPortIn(number: string, startedAtMs: number): Promise<Reconciled<RawPortOrderPlaced>> {
    const unknown = {
      undecidable:
        `Telegent offers no way to look up an open port-in by number, so whether ${number} was submitted cannot be told ` +
        'until its order completes or its Order_Update webhook arrives',
    };
    const row = await getNumber(this.ctx.client, number).catch(nullWhenNotFound);
    if (!row?.OrderId) return unknown;
    const order = await getOrder(this.ctx.client, row.OrderId);
    if (order.OrderType !== 'PortIn' || Date.parse(order.OrderDate) < startedAtMs - CLOCK_SKEW_MS) return unknown;
    return { found: { OrderId: order.OrderId, OrderDate: order.OrderDate, Status: order.OrderStatus, PhoneNumber: number } };
  }
}
