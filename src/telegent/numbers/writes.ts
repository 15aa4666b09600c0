import type { ChangeNumberStatusInput, ReactivateNumbersInput, UpdateNumberInput } from '../../graph/schema/phone-number.input';
import type { ChangeNumberStatusPayload, UpdateNumberPayload } from '../../graph/schema/phone-number.payload';
import type { ProvisionNumberInput } from '../../graph/schema/provision-number.input';
import type { ProvisionNumberPayload } from '../../graph/schema/provision-number.payload';
import { ErrorCode, domainError, refusalSays } from '../../errors';
import { CLOCK_SKEW_MS, type Reconciled } from '../../stores/idempotency';
import {
  NUMBER_TYPE_SPELLINGS,
  type RawInventoryNumber,
  type RawNumberUpdate,
  type RawProvisionResult,
  UPSTREAM_PRODUCT_TYPE,
  toPhoneNumber,
  toProvisionNumberPayload,
  toUpdateNumberPayload,
} from './mappers';
import { type RawStatusChange, UPSTREAM_STATUS_CHANGE, toStatusChangePayload } from './status-changes';
import { NumberStatusChange } from '../../graph/schema/enums';
import { isoDate, usDate } from '../dates';
import { isCompletedOrderStatus } from '../orders/mappers';
import type { CacheChange } from '../read-cache/collection';
import { SUBSCRIPTION_LIST } from '../subscriptions/reads';
import { listersOf, subscribersChanged } from '../subscribers/cache-changes';
import { type WriteContext, runWrite } from '../write';
import { numbersChanged, numbersJoined } from './cache-changes';
import { listInventory } from './reads';
import { getOrder } from '../orders/reads';

const DAY_MS = 24 * 60 * 60_000;

/** Buying and configuring numbers, and their lifecycle (REFERENCE.md §3.9). */
export class NumberWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Buys one number. Spends money: idempotent with a key, reconciled with the inventory when an answer was lost. */
  async provision(input: ProvisionNumberInput): Promise<ProvisionNumberPayload> {
    const result = await runWrite(this.ctx, {
      operation: 'provisionNumber',
      // The number joins the account's inventory, bound to the subscriber (whose record lists it now). No subscription is made.
      changes: async (result) => [
        ...numbersJoined(input.accountId ?? (await this.onlyAccount(result.SubscriberId)), [result.PhoneNumberAssigned]),
        ...subscribersChanged([result.SubscriberId]),
      ],
      targets: {
        accountOrDefault: { id: input.accountId, field: 'input.accountId' },
        subscribers: [input.subscriberId],
        messageRoutes: [input.messageRouteId],
        voiceRoutes: [input.voiceRouteId],
      },
      send: async () => {
        const result = await this.ctx.client.post<RawProvisionResult>('/numbers/provision', {
          NumberType: NUMBER_TYPE_SPELLINGS.provision[input.numberType],
          MessageType: input.messageType.toLowerCase(),
          MessageEnabled: input.messageEnabled,
          VoiceEnabled: input.voiceEnabled,
          DataEnabled: input.dataEnabled ?? undefined,
          ProductType: UPSTREAM_PRODUCT_TYPE[input.productType],
          MessageRouteId: input.messageRouteId ?? undefined,
          VoiceRouteId: input.voiceRouteId ?? undefined,
          AreaCode: input.areaCode ?? undefined,
          ZipCode: input.zipCode ?? undefined,
          ICCID: input.iccid ?? undefined,
          AssignedSubscriberId: input.subscriberId ?? undefined,
          AccountId: input.accountId ?? undefined,
          // A number picked from availableNumbers goes in the request form that names numbers.
          PhoneNumbers: input.number ? [{ Number: input.number }] : undefined,
        });
        await Promise.all([
          this.rememberProvisioned(result.PhoneNumberId, input, result),
          // Before the answer (and any replay of it): the order's account decides whose reach it is in.
          input.accountId ? this.ctx.orderProfiles.remember(result.OrderId, { AccountId: input.accountId }) : undefined,
        ]);
        return result;
      },
      explainRefusal: (refusal) =>
        refusalSays(refusal, ErrorCode.NUMBER_CLAIMED)
          ? domainError(ErrorCode.NUMBER_CLAIMED, `${input.number ?? 'The number'} was bought by someone else since it was listed; search availableNumbers again.`, refusal)
          : null,
      idempotent: {
        input,
        key: input.idempotencyKey,
        reconcile: (startedAtMs) => this.findProvisioned(input, startedAtMs),
        // Two numbers bought at once with one configuration could not be told apart after a lost answer.
        exclusive: provisionShape(input),
      },
    });
    this.ctx.orders.changed({ orderId: result.OrderId, accountId: input.accountId ?? null, status: result.OrderStatus });
    return toProvisionNumberPayload(result);
  }

  /** One number's configuration; Telegent records it as a (Complete) Update order. */
  async update(input: UpdateNumberInput): Promise<UpdateNumberPayload> {
    // null clears a binding: Telegent takes an empty string for "none".
    const clearable = (value: string | null | undefined): string | undefined => (value === null ? '' : value);
    const updated = await runWrite(this.ctx, {
      operation: 'updateNumber',
      // A new binding also changes the directory records of the subscriber it left and of the one it names.
      changes: async () => [
        ...numbersChanged([input.number]),
        ...(input.subscriberId === undefined ? [] : subscribersChanged([...(await listersOf(this.ctx.cache, [input.number])).map((s) => s.SubscriberId), input.subscriberId])),
      ],
      targets: { numbers: [input.number], subscribers: [input.subscriberId], messageRoutes: [input.messageRouteId], voiceRoutes: [input.voiceRouteId] },
      send: () =>
        this.ctx.client.post<RawNumberUpdate>('/numbers/update', {
          Number: input.number,
          Classification: input.numberType ? NUMBER_TYPE_SPELLINGS.classification[input.numberType] : undefined,
          MessageType: input.messageType?.toLowerCase(),
          MessageEnabled: input.messageEnabled ?? undefined,
          VoiceEnabled: input.voiceEnabled ?? undefined,
          MessageRouteId: input.messageRouteId ?? undefined,
          VoiceRouteId: input.voiceRouteId ?? undefined,
          AssignedSubscriberId: clearable(input.subscriberId),
          Iccid: clearable(input.iccid),
          Cnam: clearable(input.callerIdName),
        }),
    });
    this.ctx.orders.changed({ orderId: updated.UpdateOrderId, accountId: null, status: updated.UpdateOrderStatus });
    return toUpdateNumberPayload(updated);
  }

  /**
   * A lifecycle change for a batch. Cancels, parks and swaps cost fees and a swap picks new
   * numbers, so with a key it happens once; Telegent offers no way to find a status order by
   * number, so a lost answer stays unknown rather than being guessed.
   */
  async changeStatus(input: ChangeNumberStatusInput): Promise<ChangeNumberStatusPayload> {
    const changed = await runWrite(this.ctx, {
      operation: 'changeNumberStatus',
      changes: (answer) => this.statusChanged(input.change, input.numbers.map((target) => target.number), answer),
      targets: { numbers: input.numbers.map((target) => target.number) },
      send: () =>
        this.ctx.client.post<RawStatusChange>('/numbers/status', {
          StatusChange: UPSTREAM_STATUS_CHANGE[input.change],
          EffectiveDate: usDate(input.effectiveDate ?? new Date().toISOString().slice(0, 10)),
          PhoneNumbers: input.numbers.map((target) => ({ Number: target.number, ICCID: target.iccid ?? undefined })),
          AreaCode: input.areaCode ?? undefined,
          ZipCode: input.zipCode ?? undefined,
        }),
      idempotent: { input, key: input.idempotencyKey },
    });
    this.ctx.orders.changed({ orderId: changed.OrderId, accountId: null, status: changed.OrderStatus });
    await this.rememberQrCodes(changed);
    return toStatusChangePayload(changed, input.change);
  }

  /** Undoes recent cancellations (within Telegent's reactivation window). */
  async reactivate(input: ReactivateNumbersInput): Promise<ChangeNumberStatusPayload> {
    const reactivated = await runWrite(this.ctx, {
      operation: 'reactivateNumbers',
      changes: () => numbersChanged(input.numbers),
      targets: { numbers: input.numbers },
      send: () => this.ctx.client.post<RawStatusChange>('/numbers/reactivate', { PhoneNumbers: input.numbers.map((number) => ({ Number: number })) }),
    });
    this.ctx.orders.changed({ orderId: reactivated.OrderId, accountId: null, status: reactivated.OrderStatus });
    return toStatusChangePayload(reactivated, null);
  }

  /**
   * What a status change did to the cached lists, once done: nothing yet for a future-dated one
   * (its order completes later: the order watcher). A swap or replace trades each number for a new
   * one in the same account, which takes over the line: its subscriber's record and its
   * subscriptions (the list is read again: one call).
   */
  private async statusChanged(change: NumberStatusChange, numbers: string[], answer: RawStatusChange): Promise<CacheChange[]> {
    if (!isCompletedOrderStatus(answer.OrderStatus)) return [];
    if (change !== NumberStatusChange.SWAP && change !== NumberStatusChange.REPLACE) return numbersChanged(numbers);
    const fresh = (answer.NumbersChange ?? []).flatMap((n) => (n.NewNumber ? [n.NewNumber] : []));
    const listers = await listersOf(this.ctx.cache, numbers);
    const accountId = listers[0]?.Account?.AccountId ?? (await this.accountHolding(numbers[0]!));
    return [
      ...numbersChanged(numbers),
      ...numbersJoined(accountId, fresh),
      ...subscribersChanged(listers.map((s) => s.SubscriberId)),
      { entry: SUBSCRIPTION_LIST, invalidate: true },
    ];
  }

  /** The account Telegent provisions into when none is named: the distributor's only one (the subscriber's, else the one the directory names). */
  private async onlyAccount(subscriberId: string | null | undefined): Promise<string | null> {
    if (subscriberId) return (await this.ctx.loaders.subscriberById.load(subscriberId).catch(() => null))?.accountId ?? null;
    const accounts = await this.ctx.loaders.accounts();
    return accounts.length === 1 ? accounts[0]!.id : null;
  }

  /** The account whose inventory (as cached) holds `number`, among those within reach: the operator's, every account the directory names. */
  private async accountHolding(number: string): Promise<string | null> {
    const accountIds = this.ctx.reach.everything ? (await this.ctx.loaders.accounts()).map((a) => a.id) : this.ctx.reach.accountIds;
    const inventories = await this.ctx.loaders.numbersByAccountId.loadMany(accountIds);
    const i = inventories.findIndex((inventory) => !(inventory instanceof Error) && inventory.some((n) => n.number === number));
    return i < 0 ? null : accountIds[i]!;
  }

  /** `answer`: provisioning's, null when a lost one was reconciled (its ZIP and QR code are lost with it). */
  private rememberProvisioned(numberId: string, input: ProvisionNumberInput, answer: RawProvisionResult | null): Promise<void> {
    return this.ctx.numberProfiles.remember(numberId, {
      ProductType: UPSTREAM_PRODUCT_TYPE[input.productType],
      DataEnabled: input.dataEnabled ?? null,
      ZipCode: answer?.ZipCode ?? null,
      QRCode: answer?.QRCode ?? null,
    });
  }

  /**
   * An `activate` answers a QR code per eSIM line, the one to install from now on: it replaces the
   * one kept for the number (found by E.164 among the numbers within reach, as the payload reads it).
   */
  private async rememberQrCodes(answer: RawStatusChange): Promise<void> {
    const coded = (answer.Numbers ?? []).filter((n) => n.QrCode);
    if (coded.length === 0) return;
    const numbers = await this.ctx.loaders.numberByE164.loadMany(coded.map((n) => n.Number));
    await Promise.all(
      coded.map((n, i) => {
        const number = numbers[i];
        if (!number || number instanceof Error) return undefined;
        return this.ctx.numberProfiles.amend(number.id, (profile) => ({ ...profile, QRCode: n.QrCode }));
      }),
    );
  }

  /**
   * After a lost answer: the number an earlier attempt bought, if any. Candidates are inventory
   * numbers configured as asked, bought since the attempt's day, and not already known as the
   * result of another provisioning through the gateway; each is confirmed by its order's time,
   * newest first, so the search stops at the first order placed before the attempt.
   */
  private async findProvisioned(input: ProvisionNumberInput, startedAtMs: number): Promise<Reconciled<RawProvisionResult>> {
    const inventory = await listInventory(this.ctx.client, input.accountId ?? null);
    const since = new Date(startedAtMs - DAY_MS).toISOString().slice(0, 10);
    const shaped = inventory.filter((n) => matchesInput(n, input) && (isoDate(n.OriginalDatePurchased) ?? '') >= since && n.OrderId);
    const known = await this.ctx.numberProfiles.getMany(shaped.map((n) => (n.Tnid ?? n.TNID)!));
    // A profile with a ProductType is another provisioning's (one from an activate alone is not).
    const candidates = shaped.filter((_, i) => known[i]?.ProductType == null);
    // Newest first (the inventory lists numbers in purchase order): stop at the first order older than the attempt.
    const confirmed: { row: RawInventoryNumber; orderDate: string; orderStatus: string }[] = [];
    for (const row of candidates.reverse()) {
      const order = await getOrder(this.ctx.client, row.OrderId!);
      if (Date.parse(order.OrderDate) < startedAtMs - CLOCK_SKEW_MS) break;
      if ((order.OrderType ?? 'Provision') === 'Provision') confirmed.push({ row, orderDate: order.OrderDate, orderStatus: order.OrderStatus });
    }
    if (confirmed.length === 0) return { absent: true };
    // Not which: they may be other callers' numbers.
    if (confirmed.length > 1) return { undecidable: `${confirmed.length} numbers bought since then match the request` };
    const [{ row, orderDate, orderStatus }] = confirmed as [(typeof confirmed)[number]];
    const numberId = (row.Tnid ?? row.TNID)!;
    await this.rememberProvisioned(numberId, input, null);
    return {
      found: {
        OrderId: row.OrderId!,
        OrderDate: orderDate,
        OrderStatus: orderStatus,
        PhoneNumberAssigned: row.Number,
        PhoneNumberId: numberId,
        ICCID: row.Iccid ?? null,
        SubscriberId: row.AssignedSubscriberId ?? null,
        QRCode: null,
        ZipCode: null,
        ErrorMessage: null,
      },
    };
  }
}

/**
 * What `matchesInput` compares exactly, with the account: provisionings of one shape cannot be
 * told apart by reconciliation (the fields it treats as wildcards when absent are left out, so any
 * two it could confuse share a shape).
 */
function provisionShape(input: ProvisionNumberInput): string {
  const { accountId, numberType, messageType, messageEnabled, voiceEnabled, messageRouteId, subscriberId } = input;
  return `provisionNumber:${JSON.stringify([accountId ?? null, numberType, messageType, messageEnabled, voiceEnabled, messageRouteId ?? null, subscriberId ?? null])}`;
}

/** Whether an inventory number is configured as the provisioning input asked. */
function matchesInput(row: RawInventoryNumber, input: ProvisionNumberInput): boolean {
  const number = toPhoneNumber(row, null);
  return (
    (input.number == null || row.Number === input.number) &&
    number.numberType === input.numberType &&
    number.messageType === input.messageType &&
    number.messageEnabled === input.messageEnabled &&
    number.voiceEnabled === input.voiceEnabled &&
    number.messageRouteId === (input.messageRouteId ?? null) &&
    (input.voiceRouteId == null || number.voiceRouteId === input.voiceRouteId) &&
    number.subscriberId === (input.subscriberId ?? null) &&
    (input.iccid == null || number.iccid?.toUpperCase() === input.iccid.toUpperCase())
  );
}
