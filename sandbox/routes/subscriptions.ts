import { badRequest } from '../errors';
import { type Input, isIccid } from '../input';
import type { NumberRecord, SubscriberRecord, SubscriptionRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { activeFilter, listScope } from './scope';

/** The billing relationship: one subscriber, one package, at most one number (REFERENCE.md §3.14). */
export function toSubscriptionWire(subscription: SubscriptionRecord): Record<string, unknown> {
  return {
    SubscriptionId: subscription.id,
    SubscriberId: subscription.subscriberId,
    TNID: subscription.tnid,
    ICCID: subscription.iccid,
    PackageId: subscription.packageId,
    Type: subscription.type,
    Active: subscription.active,
  };
}

/**
 * The number kind a subscription Type names: its first word (`Voip`, `Mvno`, `Iot`; the docs also
 * show values like `Voip 1`), compared with the number's classification.
 */
function kindOf(type: string): 'MVNO' | 'IOT' | 'VOIP' {
  const word = /^\s*(mvno|iot|voip)\b/i.exec(type)?.[1]?.toUpperCase();
  if (!word) throw badRequest(`Type '${type}' must name the number kind: Mvno, Iot or Voip.`);
  return word as 'MVNO' | 'IOT' | 'VOIP';
}

interface Parts {
  subscriber: SubscriberRecord;
  number: NumberRecord | null;
  type: string;
}

/** Rules shared by create and update (REFERENCE.md §4.1 rule 12). */
function checkParts(ctx: RouteContext, parts: Parts, self?: SubscriptionRecord): void {
  const kind = kindOf(parts.type);
  const { number, subscriber } = parts;
  if (!number) return;
  if (number.accountId !== subscriber.accountId) {
    throw badRequest(`TNID '${number.id}' belongs to another account than subscriber '${subscriber.id}'.`);
  }
  if (number.assignedSubscriberId !== null && number.assignedSubscriberId !== subscriber.id) {
    throw badRequest(`TNID '${number.id}' (${number.number}) is assigned to another subscriber.`);
  }
  if (number.classification !== kind) {
    throw badRequest(`Type '${parts.type}' does not match the number's kind (${number.classification}).`);
  }
  const taken = ctx.state.subscriptions.values().find((s) => s.active && s.tnid === number.id && s !== self);
  if (taken) throw badRequest(`TNID '${number.id}' already has subscription '${taken.id}'; one subscription per number.`);
}

function readNumber(ctx: RouteContext, body: Input): NumberRecord | undefined {
  const tnid = body.id('TNID', ['NID', 'TNID'], { aliases: ['Tnid'] });
  return tnid === undefined ? undefined : ctx.state.numbers.owned(tnid, ctx.caller.id);
}

function readIccid(body: Input): string | undefined {
  const iccid = body.string('ICCID', { aliases: ['Iccid'] });
  if (iccid !== undefined && !isIccid(iccid)) throw badRequest(`ICCID '${iccid}' must be 19 or 20 digits starting with 89.`);
  return iccid;
}

export function findSubscription(ctx: RouteContext, input: Input): SubscriptionRecord {
  return ctx.state.subscriptions.owned(input.id('SubscriptionId', ['SUB'], { required: true }), ctx.caller.id);
}

function listed(ctx: RouteContext, records: SubscriptionRecord[]): { filter: string; results: Record<string, unknown>[] } {
  const { filter, keeps } = activeFilter(ctx.query);
  return { filter, results: records.filter((s) => keeps(s.active)).map(toSubscriptionWire) };
}

export const subscriptionRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/subscriptions',
    handle(ctx) {
      const { body, state } = ctx;
      const subscriber = state.subscribers.owned(body.id('SubscriberId', ['TSUID', 'SID'], { required: true }), ctx.caller.id);
      const pkg = state.packages.owned(body.id('PackageId', ['PID', 'PKID'], { required: true }), ctx.caller.id);
      const type = body.string('Type', { required: true, maxLength: 50 });
      const number = readNumber(ctx, body) ?? null;
      const iccid = readIccid(body) ?? number?.iccid ?? null;
      checkParts(ctx, { subscriber, number, type });
      const subscription = state.subscriptions.insert({
        id: state.entropy.id('SUB'),
        distributorId: ctx.caller.id,
        accountId: subscriber.accountId,
        subscriberId: subscriber.id,
        packageId: pkg.id,
        tnid: number?.id ?? null,
        iccid,
        type,
        active: true,
      });
      return toSubscriptionWire(subscription);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/subscriptions',
    handle(ctx) {
      return toSubscriptionWire(findSubscription(ctx, ctx.query));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/update',
    handle(ctx) {
      const { body, state } = ctx;
      const stored = findSubscription(ctx, body);
      if (!stored.active) throw badRequest(`subscription '${stored.id}' is deleted.`);
      const subscriberId = body.id('SubscriberId', ['TSUID', 'SID']);
      const subscriber = state.subscribers.owned(subscriberId ?? stored.subscriberId, ctx.caller.id);
      const packageId = body.id('PackageId', ['PID', 'PKID']);
      const pkg = packageId === undefined ? undefined : state.packages.owned(packageId, ctx.caller.id);
      const number = readNumber(ctx, body) ?? (stored.tnid ? state.numbers.get(stored.tnid) ?? null : null);
      const type = body.string('Type', { maxLength: 50 }) ?? stored.type;
      const iccid = readIccid(body);
      checkParts(ctx, { subscriber, number, type }, stored);
      Object.assign(stored, {
        subscriberId: subscriber.id,
        accountId: subscriber.accountId,
        packageId: pkg?.id ?? stored.packageId,
        tnid: number?.id ?? null,
        iccid: iccid ?? stored.iccid,
        type,
      });
      return toSubscriptionWire(stored);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/delete',
    handle(ctx) {
      // Deleting ends the package access; the record stays, inactive, for the Inactive lists.
      const subscription = findSubscription(ctx, ctx.body);
      if (!subscription.active) throw badRequest(`subscription '${subscription.id}' is already deleted.`);
      subscription.active = false;
      return { SubscriptionId: subscription.id, Status: 'Deleted' };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/subscriptions',
    handle(ctx) {
      const scope = listScope(ctx);
      const { filter, results } = listed(ctx, ctx.state.subscriptions.values().filter(scope.includes));
      return { AccountId: scope.ownerId, TotalSubscriptions: results.length, Filter: filter, Results: results };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/distributor/subscriptions',
    handle(ctx) {
      const { filter, results } = listed(ctx, ctx.state.subscriptions.ofDistributor(ctx.caller.id));
      return { DistributorId: ctx.caller.id, TotalSubscriptions: results.length, Filter: filter, Results: results };
    },
  },
];
