import DataLoader from 'dataloader';
import { notFound } from '../errors';
import type { Account } from '../graph/schema/account.type';
import type { BillingSubscription } from '../graph/schema/billing-subscription.type';
import type { Package, PackageItem } from '../graph/schema/package.type';
import type { PhoneNumber } from '../graph/schema/phone-number.type';
import type { Subscriber } from '../graph/schema/subscriber.type';
import type { DataUsageMeter, DataUsageSettings } from '../graph/schema/data-usage.type';
import type { CallFilter, GuardianFeatures, GuardianRelation, MessageFilter } from '../graph/schema/guardian.type';
import type { Message } from '../graph/schema/message.type';
import type { Order } from '../graph/schema/order.type';
import type { Product } from '../graph/schema/product.type';
import type { Service, ServiceItem } from '../graph/schema/service.type';
import type { FeatureAssignment, SubscriptionFeature } from '../graph/schema/subscription-feature.type';
import type { Voicemail } from '../graph/schema/voicemail.type';
import type { Workgroup, WorkgroupMember } from '../graph/schema/workgroup.type';
import type { MessageRoute, VoiceRoute } from '../graph/schema/route.type';
import type { AccountProfiles, NumberProfile, NumberProfiles } from '../stores/profile-store';
import { fromAccountProfile, type RawAccount, toAccount } from './accounts/mappers';
import { toCallFilter, toGuardianFeatures, toGuardianRelation, toMessageFilter } from './guardian/mappers';
import { toDataUsageMeter, toDataUsageSettings } from './data-usage/mappers';
import { toMessage, type OutboundSend } from './messages/mappers';
import { toMessageRoute, toVoiceRoute } from './routes/mappers';
import { toOrder } from './orders/mappers';
import { toBillingSubscription, toFeatureAssignment, toSubscriptionFeature } from './subscriptions/mappers';
import { toPackage, toProduct, toService, toServiceItem, toPackageItem } from './catalog/mappers';
import { toVoicemail } from './voicemail/mappers';
import { toWebhook } from './webhooks/mappers';
import { toWorkgroup, toWorkgroupMembers } from './workgroups/mappers';
import { toPhoneNumber } from './numbers/mappers';
import { toSubscriber } from './subscribers/mappers';
import { findMessagesOfSend } from './messages/sent-messages';
import type { TelegentApi } from './api';

/** What the data-usage endpoints accept in one call. */
const DATA_USAGE_BATCH = 100;

/** A per-request memo of one upstream list: fetched on first use, shared by every resolver after. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => (pending ??= load());
}

/** Groups `items` by `key` (items without a key are left out). */
function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** Answers each key from an index, with a NOT_FOUND error in the slot of a missing one (DataLoader contract). */
function fromIndex<V>(index: Map<string, V>, keys: readonly string[], what: (key: string) => string): (V | Error)[] {
  return keys.map((key) => index.get(key) ?? notFound(what(key)));
}

/**
 * The loaders of one GraphQL request. Telegent has no get-many endpoints, so lookups batch onto
 * its list endpoints (REFERENCE.md §5.2–5.3): each list is loaded once per request and indexed,
 * which keeps a nested query at a fixed number of upstream calls however many rows it touches.
 */
export function createLoaders({ api, accountProfiles, numberProfiles }: { api: TelegentApi; accountProfiles: AccountProfiles; numberProfiles: NumberProfiles }) {
  const subscriberDirectory = once(async () => (await api.listDistributorSubscribers()).map((raw) => ({ raw, model: toSubscriber(raw) })));
  const distributorSubscriptions = once(async () => (await api.listDistributorSubscriptions()).map(toBillingSubscription));
  const packageCatalog = once(async () => (await api.listPackages()).map(toPackage));
  const features = once(async () => (await api.listFeatures()).map(toSubscriptionFeature));
  const productCatalog = once(async () => (await api.listProducts()).map(toProduct));
  const services = once(async () => (await api.listServices()).map(toService));
  const messageRoutes = once(async () => (await api.listMessageRoutes()).map(toMessageRoute));
  const voiceRoutes = once(async () => (await api.listVoiceRoutes()).map(toVoiceRoute));
  const callFilters = once(async () => (await api.listCallFilters()).map(toCallFilter));
  const messageFilters = once(async () => (await api.listMessageFilters()).map(toMessageFilter));
  const workgroups = once(async () => (await api.listWorkgroups()).map(toWorkgroup));
  const distributorInventory = once(async () => (await api.listInventory(null)).map((raw) => toPhoneNumber(raw, null)));

  /** Accounts, as far as the platform shows them: through the subscribers that belong to them. */
  const accounts = once(async (): Promise<Account[]> => {
    const byId = new Map<string, Account>();
    for (const { raw } of await subscriberDirectory()) {
      if (raw.Account?.AccountId && !byId.has(raw.Account.AccountId)) byId.set(raw.Account.AccountId, toAccount(raw.Account));
    }
    return [...byId.values()];
  });

  /** Telegent lists feature assignments per subscription only: one call each. */
  const featureAssignmentsBySubscriptionId = new DataLoader<string, FeatureAssignment[]>((ids) =>
    Promise.all(ids.map((id) => api.listFeatureAssignments(id).then((rows) => rows.map(toFeatureAssignment), (error: Error) => error))),
  );

  const numbersByAccountId = new DataLoader<string, PhoneNumber[]>((accountIds) =>
    Promise.all(accountIds.map(async (accountId) => (await api.listInventory(accountId)).map((raw) => toPhoneNumber(raw, accountId)))),
  );

  const accountProfileById = new DataLoader<string, RawAccount | null>(async (ids) =>
    (await accountProfiles.getMany(ids)).map((profile) => profile ?? null),
  );

  return {
    accounts,
    accountProfileById,
    numberProfileById: new DataLoader<string, NumberProfile | null>(async (ids) => (await numberProfiles.getMany(ids)).map((p) => p ?? null)),
    /** Named by a subscriber, else remembered from a create or update through the gateway. */
    accountById: new DataLoader<string, Account>(async (ids) => {
      const index = new Map((await accounts()).map((a) => [a.id, a]));
      const unnamed = ids.filter((id) => !index.has(id));
      const profiles = await accountProfileById.loadMany(unnamed);
      profiles.forEach((profile) => {
        if (profile && !(profile instanceof Error)) index.set(profile.AccountId, fromAccountProfile(profile));
      });
      return fromIndex(index, ids, (id) => `Account ${id}`);
    }),
    subscriberById: new DataLoader<string, Subscriber>(async (ids) => {
      // A few ids: one call each; more: the distributor's directory (paged, usually one call).
      if (ids.length <= 2) {
        return Promise.all(ids.map((id) => api.getSubscriber(id).then(toSubscriber, (error: Error) => error)));
      }
      const index = new Map((await subscriberDirectory()).map(({ model }) => [model.id, model]));
      return fromIndex(index, ids, (id) => `Subscriber ${id}`);
    }),
    subscribersByAccountId: new DataLoader<string, Subscriber[]>(async (accountIds) => {
      const groups = groupBy((await subscriberDirectory()).map(({ model }) => model), (s) => s.accountId);
      return accountIds.map((id) => groups.get(id) ?? []);
    }),
    numbersByAccountId,
    numbersBySubscriber: new DataLoader<Subscriber, PhoneNumber[], string>(
      async (subscribers) => {
        const byAccount = await Promise.all(subscribers.map((s) => (s.accountId ? numbersByAccountId.load(s.accountId) : distributorInventory())));
        return subscribers.map((subscriber, i) => byAccount[i]!.filter((n) => n.subscriberId === subscriber.id));
      },
      { cacheKeyFn: (subscriber) => subscriber.id },
    ),
    numberByE164: new DataLoader<string, PhoneNumber>(async (numbers) => {
      // A few numbers: one call each; more (a batch a mutation touched): the distributor's inventory.
      if (numbers.length <= 2) {
        return Promise.all(numbers.map((n) => api.getNumber(n).then((raw) => toPhoneNumber(raw, null), (error: Error) => error)));
      }
      const index = new Map((await distributorInventory()).map((n) => [n.number, n]));
      return fromIndex(index, numbers, (n) => `Phone number ${n}`);
    }),
    numberById: new DataLoader<string, PhoneNumber>(async (ids) => {
      const index = new Map((await distributorInventory()).map((n) => [n.id, n]));
      return fromIndex(index, ids, (id) => `Phone number ${id}`);
    }),
    subscriptionById: new DataLoader<string, BillingSubscription>(async (ids) => {
      const index = new Map((await distributorSubscriptions()).map((s) => [s.id, s]));
      return fromIndex(index, ids, (id) => `Subscription ${id}`);
    }),
    subscriptionByNumberId: new DataLoader<string, BillingSubscription | null>(async (numberIds) => {
      const active = (await distributorSubscriptions()).filter((s) => s.active);
      const index = new Map(active.filter((s) => s.numberId).map((s) => [s.numberId!, s]));
      return numberIds.map((id) => index.get(id) ?? null);
    }),
    subscriptionsBySubscriberId: new DataLoader<string, BillingSubscription[]>(async (subscriberIds) => {
      const groups = groupBy(await distributorSubscriptions(), (s) => s.subscriberId);
      return subscriberIds.map((id) => groups.get(id) ?? []);
    }),
    subscriptionsByAccountId: new DataLoader<string, BillingSubscription[]>(async (accountIds) => {
      const subscribers = await subscriberDirectory();
      const accountOf = new Map(subscribers.map(({ model }) => [model.id, model.accountId]));
      const groups = groupBy(await distributorSubscriptions(), (s) => accountOf.get(s.subscriberId) ?? null);
      return accountIds.map((id) => groups.get(id) ?? []);
    }),
    packageById: new DataLoader<string, Package>(async (ids) => {
      const index = new Map((await packageCatalog()).map((p) => [p.id, p]));
      return fromIndex(index, ids, (id) => `Package ${id}`);
    }),
    packages: packageCatalog,
    products: productCatalog,
    services,
    serviceById: new DataLoader<string, Service>(async (ids) => {
      const index = new Map((await services()).map((s) => [s.id, s]));
      return fromIndex(index, ids, (id) => `Service ${id}`);
    }),
    /** A service's price points are read one service at a time: no batch form exists. */
    serviceItemsByServiceId: new DataLoader<string, ServiceItem[]>((ids) =>
      Promise.all(ids.map((id) => api.listServiceItems(id).then((rows) => rows.map(toServiceItem), (error: Error) => error))),
    ),
    webhooks: once(async () => (await api.listWebhooks()).map(toWebhook)),
    workgroups,
    workgroupById: new DataLoader<string, Workgroup>(async (ids) => {
      const index = new Map((await workgroups()).map((g) => [g.id, g]));
      return fromIndex(index, ids, (id) => `Workgroup ${id}`);
    }),
    workgroupMembersById: new DataLoader<string, WorkgroupMember[]>((ids) =>
      Promise.all(ids.map((id) => api.getWorkgroup(id).then(toWorkgroupMembers, (error: Error) => error))),
    ),
    features,
    featureById: new DataLoader<string, SubscriptionFeature>(async (ids) => {
      const index = new Map((await features()).map((f) => [f.id, f]));
      return fromIndex(index, ids, (id) => `Subscription feature ${id}`);
    }),
    featureAssignmentsBySubscriptionId,
    /** The features of a subscription's active assignments, resolved from one list of features. */
    featuresBySubscriptionId: new DataLoader<string, SubscriptionFeature[]>(async (ids) => {
      const [index, assignments] = await Promise.all([
        features().then((all) => new Map(all.map((f) => [f.id, f]))),
        featureAssignmentsBySubscriptionId.loadMany(ids),
      ]);
      return assignments.map((rows) => (rows instanceof Error ? rows : rows.filter((a) => a.active).flatMap((a) => index.get(a.featureId) ?? [])));
    }),
    /** Voicemail is read one number at a time: no batch form exists. */
    voicemailByNumber: new DataLoader<string, Voicemail>((numbers) =>
      Promise.all(numbers.map((n) => api.getVoicemail(n).then(toVoicemail, (error: Error) => error))),
    ),
    productById: new DataLoader<string, Product>(async (ids) => {
      const index = new Map((await productCatalog()).map((p) => [p.id, p]));
      return fromIndex(index, ids, (id) => `Product ${id}`);
    }),
    messageRoutes,
    voiceRoutes,
    /** The messages of one send, found in message search (its answer names only the first). */
    messagesOfSend: new DataLoader<OutboundSend, Message[], string>(
      (sends) => Promise.all(sends.map(async (send) => (await findMessagesOfSend(api, send)).map(toMessage))),
      { cacheKeyFn: (send) => send.firstMessageId },
    ),
    messageRouteById: new DataLoader<string, MessageRoute>(async (ids) => {
      const index = new Map((await messageRoutes()).map((r) => [r.id, r]));
      return fromIndex(index, ids, (id) => `Message route ${id}`);
    }),
    voiceRouteById: new DataLoader<string, VoiceRoute>(async (ids) => {
      const index = new Map((await voiceRoutes()).map((r) => [r.id, r]));
      return fromIndex(index, ids, (id) => `Voice route ${id}`);
    }),
    /** Thresholds of many numbers in one upstream call; a number the upstream cannot answer for is null. */
    dataUsageSettingsByNumber: new DataLoader<string, DataUsageSettings | null>(
      async (numbers) => {
        const index = new Map((await api.getDataUsageSettings(numbers)).map((row) => [row.Number, row]));
        return numbers.map((n) => {
          const row = index.get(n);
          return row && row.Status === 'Success' ? toDataUsageSettings(row) : null;
        });
      },
      { maxBatchSize: DATA_USAGE_BATCH },
    ),
    dataUsageMeterByNumber: new DataLoader<string, DataUsageMeter | null>(
      async (numbers) => {
        const index = new Map((await api.getDataUsageInfo(numbers)).map((row) => [row.Number, row]));
        return numbers.map((n) => {
          const row = index.get(n);
          return row && row.Status === 'Success' ? toDataUsageMeter(row) : null;
        });
      },
      { maxBatchSize: DATA_USAGE_BATCH },
    ),
    orderById: new DataLoader<string, Order>((ids) => Promise.all(ids.map((id) => api.getOrder(id).then(toOrder, (error: Error) => error)))),
    /** Telegent reads Guardian flags one subscriber at a time: no list endpoint exists. */
    guardianFeaturesBySubscriberId: new DataLoader<string, GuardianFeatures>((ids) =>
      Promise.all(ids.map((id) => api.getGuardianFeatures(id).then(toGuardianFeatures, (error: Error) => error))),
    ),
    callFiltersBySubscriberId: new DataLoader<string, CallFilter[]>(async (ids) => {
      const groups = groupBy(await callFilters(), (f) => f.subscriberId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    messageFiltersBySubscriberId: new DataLoader<string, MessageFilter[]>(async (ids) => {
      const groups = groupBy(await messageFilters(), (f) => f.subscriberId);
      return ids.map((id) => groups.get(id) ?? []);
    }),
    guardianChildrenOf: new DataLoader<string, GuardianRelation[]>((ids) =>
      Promise.all(ids.map((id) => api.listGuardianChildren(id).then((rows) => rows.map(toGuardianRelation), (error: Error) => error))),
    ),
    guardianParentsOf: new DataLoader<string, GuardianRelation[]>((ids) =>
      Promise.all(ids.map((id) => api.listGuardianParents(id).then((rows) => rows.map(toGuardianRelation), (error: Error) => error))),
    ),
    packageItemsByPackageId: new DataLoader<string, PackageItem[]>((ids) =>
      Promise.all(ids.map(async (id) => (await api.listPackageItems(id)).map(toPackageItem))),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
