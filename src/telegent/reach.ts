import { sameId, sameSubscriber } from '../ids';
import type { Principal } from '../principal';

/**
 * What a principal may see of the distributor's data (README "Authentication and access"): the
 * one tenancy predicate the area modules apply where data enters from the upstream, so that
 * nothing outside it is ever returned, and an ID outside it answers exactly like an unknown one.
 *
 * - operator: everything.
 * - partner, manager: the listed accounts, and everything that belongs to them.
 * - subscriber: itself, its numbers and what hangs off them (subscriptions, data usage,
 *   messages); Guardian settings of itself and of the subscribers it is the Guardian parent of.
 */
export class Reach {
  constructor(readonly principal: Principal) {}

  /** The operator's reach: the whole distributor. */
  get everything(): boolean {
    return this.principal.role === 'operator';
  }

  /** Whether the account itself (and what belongs to it as a whole: routes, workgroups…) is within reach. */
  account(accountId: string | null | undefined): boolean {
    if (this.everything) return true;
    return accountId != null && this.principal.accountIds.some((id) => sameId(id, accountId));
  }

  /** Whether `subscriberId` is the subscriber principal itself. */
  isSelf(subscriberId: string | null | undefined): boolean {
    const self = this.principal.subscriberId;
    return self !== null && subscriberId != null && sameSubscriber(self, subscriberId);
  }

  /** A subscriber: within its account's reach, or the subscriber principal itself. */
  subscriber(subscriber: { id: string; accountId: string | null }): boolean {
    return this.account(subscriber.accountId) || this.isSelf(subscriber.id);
  }

  /** A number (and its subscription, data usage, voicemail, messages): its account's, or the subscriber principal's own. */
  number(number: { accountId: string | null; subscriberId: string | null }): boolean {
    return this.account(number.accountId) || this.isSelf(number.subscriberId);
  }
}
