import { ErrorCode, GatewayError, badUserInput, notFound, nullWhenNotFound } from '../errors';
import { sameId, sameSubscriber } from '../ids';
import type { TelegentClient } from './client';
import type { Loaders } from './loaders';
import type { Reach } from './reach';
import { getFeatureAssignment } from './subscriptions/reads';

/** An ID as the input gives it; null and undefined name nothing (an optional field left out, or a binding cleared). */
type Named = string | null | undefined;

/**
 * What a write acts on, as its input names it, by kind (README "Authentication and access"). Every
 * write declares them; `checkTargets` refuses the write before anything is sent when one is outside
 * the principal's reach, exactly as if it did not exist (NOT_FOUND).
 */
export interface WriteTargets {
  /** The distributor as a whole (its catalog, distributors): only a principal that reaches everything. */
  distributor?: true;
  /**
   * An account the input may leave out, letting Telegent pick the distributor's default one: only a
   * principal that reaches everything may leave it out (BAD_USER_INPUT naming `field` otherwise).
   */
  accountOrDefault?: { id: Named; field: string };
  accounts?: readonly Named[];
  subscribers?: readonly Named[];
  /** Subscribers whose Guardian settings change: within subscriber reach, or, for a subscriber, itself or one it is the Guardian parent of. */
  guardianSubjects?: readonly Named[];
  /** Numbers in E.164. */
  numbers?: readonly Named[];
  /** Numbers by their ID (NID-/TNID-). */
  numberIds?: readonly Named[];
  orders?: readonly Named[];
  messageRoutes?: readonly Named[];
  voiceRoutes?: readonly Named[];
  webhooks?: readonly Named[];
  workgroups?: readonly Named[];
  workgroupMembers?: readonly Named[];
  callFilters?: readonly Named[];
  messageFilters?: readonly Named[];
  subscriptions?: readonly Named[];
  featureAssignments?: readonly Named[];
}

/** Where targets are read from to find whom they belong to: the request's loaders (batched, cached), and what the gateway remembers. */
export interface TargetSources {
  reach: Reach;
  loaders: Loaders;
  client: TelegentClient;
}

/** Who a number belongs to, as far as reach asks. */
interface Owner {
  accountId: string | null;
  subscriberId: string | null;
}

const named = (ids: readonly Named[] | undefined): string[] => [...new Set((ids ?? []).filter((id): id is string => typeof id === 'string'))];

/**
 * Refuses the write unless every target is within reach: NOT_FOUND ("<What> <id> was not found.",
 * as an unknown one answers) for one outside it or unknown, before any upstream write. A principal
 * that reaches everything passes at once, without a read; others have the targets whose owner
 * depends on data read first (a number's account, a route's account, an order's numbers…).
 */
export async function checkTargets(targets: WriteTargets, sources: TargetSources): Promise<void> {
  const { reach } = sources;
  if (reach.everything) return;
  if (targets.distributor) {
    throw new GatewayError(`This write changes the whole distributor; a ${reach.principal.role} acts within its own reach only.`, ErrorCode.FORBIDDEN);
  }
  const lookup = new TargetLookup(sources);
  const optional = targets.accountOrDefault;
  if (optional && optional.id == null) {
    throw badUserInput(`${optional.field} is required: a ${reach.principal.role} acts within its own accounts only, so name one.`, optional.field);
  }
  const checks: [string, readonly Named[] | undefined, (id: string) => Promise<boolean> | boolean][] = [
    ['Account', [...(targets.accounts ?? []), optional?.id], (id) => reach.account(id)],
    ['Subscriber', targets.subscribers, (id) => lookup.subscriber(id)],
    ['Subscriber', targets.guardianSubjects, (id) => lookup.guardianSubject(id)],
    ['Phone number', targets.numbers, (n) => lookup.number(n, (row) => row.number === n)],
    ['Phone number', targets.numberIds, (id) => lookup.number(id, (row) => sameId(row.id, id))],
    ['Order', targets.orders, (id) => lookup.order(id)],
    ['Message route', targets.messageRoutes, (id) => lookup.account(sources.loaders.messageRouteById.load(id))],
    ['Voice route', targets.voiceRoutes, (id) => lookup.account(sources.loaders.voiceRouteById.load(id))],
    ['Webhook', targets.webhooks, (id) => lookup.account(lookup.find(sources.loaders.webhooks(), id))],
    ['Workgroup', targets.workgroups, (id) => lookup.account(sources.loaders.workgroupById.load(id))],
    ['Workgroup member', targets.workgroupMembers, (id) => lookup.workgroupMember(id)],
    ['Call filter', targets.callFilters, (id) => lookup.guardianSubjectOf(sources.loaders.callFilterById.load(id))],
    ['Message filter', targets.messageFilters, (id) => lookup.guardianSubjectOf(sources.loaders.messageFilterById.load(id))],
    ['Subscription', targets.subscriptions, (id) => lookup.subscription(id)],
    ['Feature assignment', targets.featureAssignments, (id) => lookup.featureAssignment(id)],
  ];
  // The lookups start together, so the loaders batch them; the first target outside reach, in the
  // order declared, refuses the write (the same one whichever lookup answers first).
  const outcomes = await Promise.allSettled(
    checks.flatMap(([what, ids, within]) =>
      named(ids).map(async (id) => {
        if (!(await within(id))) throw notFound(`${what} ${id}`);
      }),
    ),
  );
  const refused = outcomes.find((outcome) => outcome.status === 'rejected');
  if (refused) throw refused.reason;
}

/** Finds out whom targets belong to. An unknown target is simply not within reach: its absence and another's ownership answer alike. */
class TargetLookup {
  constructor(private readonly sources: TargetSources) {}

  private get reach(): Reach {
    return this.sources.reach;
  }

  /** Whether what `loaded` resolves to has an account within reach; false when it does not exist. */
  async account(loaded: Promise<{ accountId: string | null } | undefined>): Promise<boolean> {
    const item = await absentWhenNotFound(loaded);
    return item != null && this.reach.account(item.accountId);
  }

  async find<T extends { id: string }>(list: Promise<T[]>, id: string): Promise<T | undefined> {
    return (await list).find((item) => sameId(item.id, id));
  }

  async subscriber(id: string): Promise<boolean> {
    if (this.reach.isSelf(id)) return true;
    // A subscriber principal reaches no account: no read can find it another subscriber.
    if (this.reach.principal.accountIds.length === 0) return false;
    const subscriber = await absentWhenNotFound(this.sources.loaders.subscriberById.load(id));
    return subscriber != null && this.reach.subscriber(subscriber);
  }

  /** A subscriber principal changes the Guardian settings of itself and of its Guardian children; others, of subscribers within reach. */
  async guardianSubject(id: string): Promise<boolean> {
    if (this.reach.isSelf(id)) return true;
    const self = this.reach.principal.subscriberId;
    if (self === null) return this.subscriber(id);
    const children = (await absentWhenNotFound(this.sources.loaders.guardianChildrenOf.load(self))) ?? [];
    return children.some((relation) => sameSubscriber(relation.childSubscriberId, id));
  }

  async guardianSubjectOf(filter: Promise<{ subscriberId: string }>): Promise<boolean> {
    const found = await absentWhenNotFound(filter);
    return found != null && this.guardianSubject(found.subscriberId);
  }

  /**
   * A number's owner: for a principal with accounts, the account whose inventory holds it (one
   * read per account, shared by every lookup of the request); for a subscriber, the subscriber it
   * is assigned to (one read of the number).
   */
  async number(key: string, matches: (row: { id: string; number: string }) => boolean): Promise<boolean> {
    const owner = await this.numberOwner(key, matches);
    return owner !== null && this.reach.number(owner);
  }

  private async numberOwner(key: string, matches: (row: { id: string; number: string }) => boolean): Promise<Owner | null> {
    const { loaders } = this.sources;
    const { accountIds } = this.reach.principal;
    if (accountIds.length > 0) {
      const inventories = await loaders.numbersByAccountId.loadMany(accountIds);
      for (const [i, inventory] of inventories.entries()) {
        if (inventory instanceof Error) throw inventory;
        const row = inventory.find(matches);
        if (row) return { accountId: accountIds[i]!, subscriberId: row.subscriberId };
      }
      return null;
    }
    const row = await absentWhenNotFound(key.startsWith('+') ? loaders.numberByE164.load(key) : loaders.numberById.load(key));
    return row ? { accountId: null, subscriberId: row.subscriberId } : null;
  }

  /** An order: as the request's order reads decide (orders/reads.ts: its recorded account, or its numbers), which answer one beyond reach as unknown. */
  async order(id: string): Promise<boolean> {
    return (await absentWhenNotFound(this.sources.loaders.orderById.load(id))) !== null;
  }

  /** A member of a workgroup within reach: the reachable workgroups' members are read (one call each). */
  async workgroupMember(id: string): Promise<boolean> {
    const { loaders } = this.sources;
    const groups = (await loaders.workgroups()).filter((group) => this.reach.account(group.accountId));
    const members = await loaders.workgroupMembersById.loadMany(groups.map((group) => group.id));
    return members.some((list) => !(list instanceof Error) && list.some((member) => sameId(member.id, id)));
  }

  async subscription(id: string): Promise<boolean> {
    const subscription = await absentWhenNotFound(this.sources.loaders.subscriptionById.load(id));
    return subscription != null && this.subscriber(subscription.subscriberId);
  }

  async featureAssignment(id: string): Promise<boolean> {
    const assignment = await absentWhenNotFound(getFeatureAssignment(this.sources.client, id));
    return assignment != null && this.subscription(assignment.SubscriptionId);
  }
}

/** What `loaded` resolves to; null when it does not exist (NOT_FOUND). Other failures are the write's. */
function absentWhenNotFound<T>(loaded: Promise<T>): Promise<T | null> {
  return loaded.catch(nullWhenNotFound);
}
