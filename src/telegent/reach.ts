import { sameId, sameSubscriber } from '../ids';
import type { Principal } from '../principal';

/**
 * What a principal may see of the distributor's data (README "What each role sees (tenancy)"): the
 * one tenancy predicate the area modules apply where data enters from the upstream, so that
 * nothing outside it is ever returned, and an ID outside it answers exactly like an unknown one.
 *
 * - operator: everything.
 * - partner, manager: the listed accounts, and everything that belongs to them (subscribers,
 *   numbers, subscriptions, routes, workgroups, voicemail, data usage, orders, Guardian).
 * - subscriber: itself (its profile, not its account), its numbers and what hangs off them
 *   (subscriptions, data usage, voicemail, messages); Guardian settings of itself and of the
 *   subscribers it is the Guardian parent of, whose profiles it sees too (not their numbers).
 * - everyone: the catalog (packages, products, services, subscription features, number
 *   availability), which is the distributor's menu, the same for every account.
 * - operators only: webhooks (and, through the access rules, distributors and API keys).
 *
 * The predicate is synchronous and reads only what it is given: the loaders bring it the records
 * (a subscriber's account, a number's account and subscriber, an order's numbers) from what the
 * request reads anyway.
 */
export class Reach {
  constructor(readonly principal: Principal) {}

  /** The operator's reach: the whole distributor. */
  get everything(): boolean {
    return this.principal.role === 'operator';
  }

  /** The subscriber a subscriber principal is; null for every other role. */
  get self(): string | null {
    return this.principal.subscriberId;
  }

  /** The accounts a partner or manager may reach (empty for the operator, who reaches all, and for subscribers). */
  get accountIds(): readonly string[] {
    return this.principal.accountIds;
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

  /** A subscriber and everything it holds (numbers, subscriptions): within its account's reach, or the subscriber principal itself. */
  subscriber(subscriber: { id: string; accountId: string | null }): boolean {
    return this.account(subscriber.accountId) || this.isSelf(subscriber.id);
  }

  /**
   * A subscriber's profile and Guardian settings: a subscriber within reach, or one of the subscriber
   * principal's Guardian children (`childrenOfSelf`, from its Guardian relations), whose numbers
   * and subscriptions stay out of reach.
   */
  profile(subscriber: { id: string; accountId: string | null }, childrenOfSelf: readonly string[]): boolean {
    return this.subscriber(subscriber) || childrenOfSelf.some((child) => sameSubscriber(child, subscriber.id));
  }

  /** A number (and its subscription, data usage, voicemail, messages): its account's, or the subscriber principal's own. */
  number(number: { accountId: string | null; subscriberId: string | null }): boolean {
    return this.account(number.accountId) || this.isSelf(number.subscriberId);
  }

  /**
   * An order: within reach when the account the gateway recorded for it (the account a write placed
   * it for, or whose webhook reported it) is, or when one of the numbers it names is.
   */
  order(recordedAccountId: string | null, someNumberWithinReach: boolean): boolean {
    return this.everything || this.account(recordedAccountId) || someNumberWithinReach;
  }

  /** Webhooks: the distributor's plumbing, for operators only. */
  get webhooks(): boolean {
    return this.everything;
  }
}
