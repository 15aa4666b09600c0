import type { CancelSubscriptionInput, CreateSubscriptionInput, UpdateSubscriptionInput } from '../../graph/schema/billing-subscription.input';
import type { CancelSubscriptionPayload, CreateSubscriptionPayload, UpdateSubscriptionPayload } from '../../graph/schema/billing-subscription.payload';
import type { NumberType } from '../../graph/schema/enums';
import { inputField } from '../../graph/schema/input-rules';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { sameId } from '../../ids';
import type { Reconciled } from '../../stores/idempotency';
import { type RawDeletion } from '../catalog/mappers';
import { NUMBER_TYPE_SPELLINGS, toPhoneNumber } from '../numbers/mappers';
import { listInventory } from '../numbers/reads';
import { type WriteContext, checkWriteTargets, runWrite } from '../write';
import { type RawSubscription, numberTypeOf, toBillingSubscription } from './mappers';
import { SUBSCRIPTION_LIST, getSubscription, listDistributorSubscriptions } from './reads';

/** What a subscription write asked for, as far as explaining a refusal needs it. */
interface SubscriptionParts {
  subscriptionId?: string;
  numberId?: string | null;
  type?: NumberType | null;
}

/** The fields create and update share; on update, those left out are not sent and stay as they are. */
function subscriptionFields(input: Omit<UpdateSubscriptionInput, 'subscriptionId' | 'validate'>): Record<string, unknown> {
  return {
    SubscriberId: input.subscriberId ?? undefined,
    PackageId: input.packageId ?? undefined,
    Type: input.type ? NUMBER_TYPE_SPELLINGS.subscription[input.type] : undefined,
    TNID: input.numberId ?? undefined,
    ICCID: input.iccid ?? undefined,
  };
}

/** Subscriptions: one subscriber paying for one package, usually on one number (REFERENCE.md §3.14). */
export class SubscriptionWrites {
  constructor(private readonly ctx: WriteContext) {}

  /**
   * Starts recurring charges: idempotent with a key, reconciled with the subscription list when an
   * answer was lost. The idempotency record keeps Telegent's answer, mapped on the way out.
   */
  async create(input: CreateSubscriptionInput): Promise<CreateSubscriptionPayload> {
    const subscription = await runWrite(this.ctx, {
      operation: 'createSubscription',
      changes: (created) => [{ entry: SUBSCRIPTION_LIST, upsert: [created] }],
      targets: { subscribers: [input.subscriberId], numberIds: [input.numberId] },
      send: () => this.ctx.client.post<RawSubscription>('/subscriptions', subscriptionFields(input)),
      explainRefusal: (refusal) => this.explainParts(refusal, input),
      idempotent: { input, key: input.idempotencyKey, reconcile: () => this.findCreated(input) },
    });
    return { subscription: toBillingSubscription(subscription) };
  }

  /**
   * Moving a subscription to another subscriber changes two subscribers and Telegent's answer names
   * only the new one, so it is read first then: the payload names the subscriber it left, if it moved.
   */
  async update(input: UpdateSubscriptionInput): Promise<UpdateSubscriptionPayload> {
    const targets = { subscriptions: [input.subscriptionId], subscribers: [input.subscriberId], numberIds: [input.numberId] };
    // Before the subscription is read: what that read finds must not tell one outside the reach from an unknown one.
    await checkWriteTargets(this.ctx, targets);
    const before = input.subscriberId ? await getSubscription(this.ctx.client, input.subscriptionId) : null;
    const subscription = await runWrite(this.ctx, {
      operation: 'updateSubscription',
      changes: (updated) => [{ entry: SUBSCRIPTION_LIST, upsert: [updated] }],
      targets,
      send: () => this.ctx.client.post<RawSubscription>('/subscriptions/update', { SubscriptionId: input.subscriptionId, ...subscriptionFields(input) }),
      explainRefusal: (refusal) => this.explainParts(refusal, input),
    });
    const moved = before !== null && !sameId(before.SubscriberId, subscription.SubscriberId);
    return { subscription: toBillingSubscription(subscription), previousSubscriberId: moved ? before.SubscriberId : null };
  }

  /** Ends the subscription (it stays readable, inactive). */
  async cancel(input: CancelSubscriptionInput): Promise<CancelSubscriptionPayload> {
    const reply = await runWrite(this.ctx, {
      operation: 'cancelSubscription',
      // It stays listed, inactive; the answer is not the record.
      changes: (reply) => [{ entry: SUBSCRIPTION_LIST, reread: [reply.SubscriptionId] }],
      targets: { subscriptions: [input.subscriptionId] },
      send: () => this.ctx.client.post<RawDeletion & Pick<RawSubscription, 'SubscriptionId'>>('/subscriptions/delete', { SubscriptionId: input.subscriptionId }),
      explainRefusal: async (refusal) => (await this.explainEnded(refusal, input.subscriptionId)).error,
    });
    return { subscriptionId: reply.SubscriptionId };
  }

  /**
   * Why Telegent refused a subscription write, when a read confirms a reason a client can act on:
   * the subscription was cancelled, the number already has another subscription (one per number),
   * or the type is not the number's kind. Other refusals (a number of another account or another
   * subscriber's line) keep Telegent's own message.
   */
  private async explainParts(refusal: GatewayError, parts: SubscriptionParts): Promise<GatewayError | null> {
    const { current, error } = parts.subscriptionId ? await this.explainEnded(refusal, parts.subscriptionId) : { current: null, error: null };
    if (error) return error;
    const numberId = parts.numberId ?? current?.TNID ?? null;
    if (!numberId) return null;
    const holder = (await listDistributorSubscriptions(this.ctx.client)).find(
      (s) => s.Active && sameId(s.TNID, numberId) && !sameId(s.SubscriptionId, current?.SubscriptionId),
    );
    if (holder) {
      return domainError(
        ErrorCode.NUMBER_HAS_SUBSCRIPTION,
        `Number ${numberId} already has subscription ${holder.SubscriptionId}; a number has one active subscription at a time, so update or cancel that one.`,
        refusal,
        { subscriptionId: holder.SubscriptionId },
      );
    }
    const row = (await listInventory(this.ctx.client, null)).find((n) => sameId(n.Tnid ?? n.TNID, numberId));
    if (!row) return null;
    const kind = toPhoneNumber(row, null).numberType;
    const asked = parts.type ?? null;
    if (asked ? asked === kind : !current || numberTypeOf(current.Type) === kind) return null;
    const field = inputField(asked ? 'type' : 'numberId');
    return domainError(ErrorCode.BAD_USER_INPUT, `Number ${numberId} is ${kind}, so its subscription's type must be ${kind}.`, refusal, { field });
  }

  /** The subscription as it is now, and SUBSCRIPTION_ENDED when it was cancelled. */
  private async explainEnded(refusal: GatewayError, subscriptionId: string): Promise<{ current: RawSubscription; error: GatewayError | null }> {
    const current = await getSubscription(this.ctx.client, subscriptionId);
    const error = current.Active
      ? null
      : domainError(ErrorCode.SUBSCRIPTION_ENDED, `Subscription ${current.SubscriptionId} was cancelled and can no longer change.`, refusal, {
          subscriptionId: current.SubscriptionId,
        });
    return { current, error };
  }

  /**
   * After a lost answer: the subscription an earlier attempt created, if any. With a number this
   * is decidable, as a number has one active subscription: the one on it now, if it is the one
   * asked for (had it existed before, the attempt was refused, and the state asked for holds
   * either way). Without a number, an active subscription of the same subscriber, package and
   * kind may be older than the attempt, and Telegent records no creation time.
   */
  private async findCreated(input: CreateSubscriptionInput): Promise<Reconciled<RawSubscription>> {
    const active = (await listDistributorSubscriptions(this.ctx.client)).filter((s) => s.Active);
    const asked = (s: RawSubscription): boolean =>
      sameId(s.SubscriberId, input.subscriberId) &&
      sameId(s.PackageId, input.packageId) &&
      numberTypeOf(s.Type) === input.type &&
      (input.iccid == null || sameId(s.ICCID, input.iccid));
    if (input.numberId) {
      const onNumber = active.find((s) => sameId(s.TNID, input.numberId));
      // Held by another subscription: the retry meets the platform's refusal, as the first attempt did.
      return onNumber && asked(onNumber) ? { found: onNumber } : { absent: true };
    }
    const candidates = active.filter((s) => !s.TNID && asked(s));
    if (candidates.length === 0) return { absent: true };
    return {
      undecidable:
        `without a number, subscriptions are not unique: ${candidates.map((s) => s.SubscriptionId).join(', ')} ` +
        `bill${candidates.length === 1 ? 's' : ''} that subscriber for that package, and Telegent records no creation time`,
    };
  }
}
