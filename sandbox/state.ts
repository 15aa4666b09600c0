import { EventEmitter } from 'node:events';
import { SandboxClock } from './clock';
import { badRequest, notFound } from './errors';
import { Entropy } from './ids';
import type {
  AccountRecord,
  CallFilterRecord,
  DistributorRecord,
  FeatureAssignmentRecord,
  FeatureRecord,
  GuardianFeaturesRecord,
  GuardianRelationRecord,
  MessageFilterRecord,
  MessageRecord,
  MessageRouteRecord,
  NumberRecord,
  OrderRecord,
  Owned,
  PackageItemRecord,
  PackageRecord,
  ProductRecord,
  ScheduleRecord,
  ServiceItemRecord,
  ServiceRecord,
  SubscriberRecord,
  SubscriptionRecord,
  VoiceRouteRecord,
  WebhookRecord,
  WorkgroupActivityRecord,
  WorkgroupRecord,
} from './model';

/** Removes `row` from `list` (no-op when absent). */
function removeFrom<T>(list: T[] | undefined, row: T): void {
  const at = list?.indexOf(row) ?? -1;
  if (at >= 0) list!.splice(at, 1);
}

/**
 * Records of one kind, keyed by ID. Lookups accept the prefix aliases the docs use for the same
 * kind (REFERENCE.md §2.5: `SID-` for subscribers, `PKID-` for packages, …) and are
 * case-insensitive on the prefix only. Each distributor's records are also kept in insertion
 * order (a record never changes distributor), so a distributor's list or page costs its own size,
 * not the whole table's.
 */
export class Table<T extends Owned> {
  private readonly rows = new Map<string, T>();
  private readonly byDistributor = new Map<string, T[]>();

  constructor(
    /** Human name used in 404 messages, e.g. "subscriber". */
    readonly noun: string,
    readonly prefix: string,
    private readonly aliasPrefixes: readonly string[] = [],
  ) {}

  private canonicalId(id: string): string {
    const dash = id.indexOf('-');
    if (dash < 0) return id;
    const prefix = id.slice(0, dash).toUpperCase();
    if (prefix === this.prefix || this.aliasPrefixes.includes(prefix)) return `${this.prefix}${id.slice(dash)}`;
    return id;
  }

  get(id: string): T | undefined {
    return this.rows.get(id) ?? this.rows.get(this.canonicalId(id));
  }

  /** The record stored under exactly `id` (no prefix aliases). */
  protected exactly(id: string): T | undefined {
    return this.rows.get(id);
  }

  /** The record when it exists and belongs to `distributorId`; otherwise a 404 (tenants never see each other). */
  owned(id: string, distributorId: string): T {
    const row = this.get(id);
    if (row === undefined || row.distributorId !== distributorId) throw notFound(`${this.noun} '${id}'`);
    return row;
  }

  /** Adds `row`; a row with the same ID is replaced in place (it keeps its position, as in a Map). */
  insert(row: T): T {
    const previous = this.rows.get(row.id);
    this.rows.set(row.id, row);
    let list = this.byDistributor.get(row.distributorId);
    if (list === undefined) this.byDistributor.set(row.distributorId, (list = []));
    const at = previous === undefined ? -1 : list.indexOf(previous);
    if (at >= 0) list[at] = row;
    else {
      if (previous !== undefined) removeFrom(this.byDistributor.get(previous.distributorId), previous);
      list.push(row);
    }
    return row;
  }

  delete(id: string): boolean {
    const row = this.get(id);
    if (row === undefined) return false;
    removeFrom(this.byDistributor.get(row.distributorId), row);
    return this.rows.delete(row.id);
  }

  values(): T[] {
    return [...this.rows.values()];
  }

  /** The distributor's records in insertion order (a copy). */
  ofDistributor(distributorId: string): T[] {
    return [...(this.byDistributor.get(distributorId) ?? [])];
  }

  countOf(distributorId: string): number {
    return this.byDistributor.get(distributorId)?.length ?? 0;
  }

  /** `limit` of the distributor's records from `offset` on, in insertion order. */
  pageOf(distributorId: string, offset: number, limit: number): T[] {
    return this.byDistributor.get(distributorId)?.slice(offset, offset + limit) ?? [];
  }

  get size(): number {
    return this.rows.size;
  }
}

/**
 * Numbers are addressed by E.164 upstream (REFERENCE.md §5.3), so they keep a second index; and
 * by account and by bound subscriber, in inventory (insertion) order, so an account's inventory
 * and a subscriber's `PhoneNumbers` cost their own size. Those two fields are readonly on the
 * record: change them through `assign` and `moveToAccount`, which keep the indexes right.
 */
export class NumberTable extends Table<NumberRecord> {
  private readonly byE164 = new Map<string, string>();
  /** Insertion sequence of each record, the inventory order the per-account and per-subscriber lists keep. */
  private readonly seq = new Map<NumberRecord, number>();
  private nextSeq = 0;
  private readonly byAccount = new Map<string, NumberRecord[]>();
  private readonly bySubscriber = new Map<string, NumberRecord[]>();

  /** Puts `row` into `index[key]` at its place in inventory order. */
  private place(index: Map<string, NumberRecord[]>, key: string | null, row: NumberRecord): void {
    if (key === null) return;
    let list = index.get(key);
    if (list === undefined) index.set(key, (list = []));
    const rank = this.seq.get(row)!;
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.seq.get(list[mid]!)! < rank) low = mid + 1;
      else high = mid;
    }
    list.splice(low, 0, row);
  }

  private unplace(index: Map<string, NumberRecord[]>, key: string | null, row: NumberRecord): void {
    if (key === null) return;
    const list = index.get(key);
    removeFrom(list, row);
    if (list?.length === 0) index.delete(key);
  }

  private forget(row: NumberRecord): void {
    this.byE164.delete(row.number);
    this.unplace(this.byAccount, row.accountId, row);
    this.unplace(this.bySubscriber, row.assignedSubscriberId, row);
    this.seq.delete(row);
  }

  override insert(row: NumberRecord): NumberRecord {
    const previous = this.exactly(row.id);
    if (previous !== undefined) this.forget(previous);
    this.byE164.set(row.number, row.id);
    this.seq.set(row, (this.nextSeq += 1));
    this.place(this.byAccount, row.accountId, row);
    this.place(this.bySubscriber, row.assignedSubscriberId, row);
    return super.insert(row);
  }

  override delete(id: string): boolean {
    const row = this.get(id);
    if (row) this.forget(row);
    return super.delete(id);
  }

  byNumber(e164: string): NumberRecord | undefined {
    const id = this.byE164.get(e164);
    return id === undefined ? undefined : this.get(id);
  }

  /** The number when it is in `distributorId`'s inventory; otherwise a 404. */
  ownedNumber(e164: string, distributorId: string): NumberRecord {
    const row = this.byNumber(e164);
    if (row === undefined || row.distributorId !== distributorId) throw notFound(`phone number '${e164}'`);
    return row;
  }

  /** The account's numbers in inventory order (a copy). */
  ofAccount(accountId: string): NumberRecord[] {
    return [...(this.byAccount.get(accountId) ?? [])];
  }

  /** The numbers bound to a subscriber, in inventory order (a copy). */
  ofSubscriber(subscriberId: string): NumberRecord[] {
    return [...(this.bySubscriber.get(subscriberId) ?? [])];
  }

  /** Binds `row` to a subscriber, or unbinds it with null. */
  assign(row: NumberRecord, subscriberId: string | null): void {
    if (row.assignedSubscriberId === subscriberId) return;
    this.unplace(this.bySubscriber, row.assignedSubscriberId, row);
    (row as { assignedSubscriberId: string | null }).assignedSubscriberId = subscriberId;
    this.place(this.bySubscriber, subscriberId, row);
  }

  /** Moves `row` to another account of its distributor. */
  moveToAccount(row: NumberRecord, accountId: string): void {
    if (row.accountId === accountId) return;
    this.unplace(this.byAccount, row.accountId, row);
    (row as { accountId: string }).accountId = accountId;
    this.place(this.byAccount, accountId, row);
  }
}

/** What the sandbox tells the webhook dispatcher about. */
export interface SandboxEvents {
  orderStatus: [order: OrderRecord];
  /** An inbound message was stored for a platform number (deliver to its route and New_Sms webhooks). */
  messageReceived: [message: MessageRecord];
  /** An outbound message changed status (deliver a receipt to the sender route's callback URL). */
  messageStatus: [message: MessageRecord];
}

export class SandboxState {
  readonly events = new EventEmitter<SandboxEvents>();

  readonly distributors = new Table<DistributorRecord>('distributor', 'DID');
  readonly accounts = new Table<AccountRecord>('account', 'AID');
  readonly subscribers = new Table<SubscriberRecord>('subscriber', 'TSUID', ['SID']);
  readonly guardianFeatures = new Map<string, GuardianFeaturesRecord>();
  readonly guardianRelations: GuardianRelationRecord[] = [];
  readonly callFilters = new Table<CallFilterRecord>('call filter', 'CFID');
  readonly messageFilters = new Table<MessageFilterRecord>('message filter', 'MFID');
  readonly messageRoutes = new Table<MessageRouteRecord>('message route', 'MRID');
  readonly voiceRoutes = new Table<VoiceRouteRecord>('voice route', 'CRID');
  readonly numbers = new NumberTable('phone number', 'NID', ['TNID']);
  readonly orders = new Table<OrderRecord>('order', 'JNUOID', ['JNOID', 'TNOID']);
  readonly messages = new Table<MessageRecord>('message', 'TMID');
  readonly products = new Table<ProductRecord>('product', 'PRID');
  readonly packages = new Table<PackageRecord>('package', 'PID', ['PKID']);
  readonly packageItems = new Table<PackageItemRecord>('package item', 'PIID');
  readonly services = new Table<ServiceRecord>('service', 'SID');
  readonly serviceItems = new Table<ServiceItemRecord>('service item', 'SIID');
  readonly subscriptions = new Table<SubscriptionRecord>('subscription', 'SUB');
  readonly features = new Table<FeatureRecord>('feature', 'FEID');
  readonly featureAssignments = new Table<FeatureAssignmentRecord>('feature assignment', 'FAID');
  readonly schedules = new Table<ScheduleRecord>('schedule', 'SID');
  readonly workgroups = new Table<WorkgroupRecord>('workgroup', 'WID', ['WG']);
  readonly workgroupActivities = new Table<WorkgroupActivityRecord>('workgroup activity', 'WAID');
  readonly webhooks = new Table<WebhookRecord>('webhook', 'WID');

  constructor(
    readonly clock: SandboxClock,
    readonly entropy: Entropy,
  ) {}

  accountsOf(distributorId: string): AccountRecord[] {
    return this.accounts.ofDistributor(distributorId);
  }

  /**
   * The account a call acts on. With `AccountId` given it must be one of the caller's accounts
   * (400 "Invalid AccountId", REFERENCE.md §2.3); without it the caller must have exactly one
   * account, since multi-account distributors must say which (REFERENCE.md §2.2).
   */
  resolveAccount(distributorId: string, accountId: string | undefined): AccountRecord {
    if (accountId !== undefined) {
      const account = this.accounts.get(accountId);
      if (account === undefined || account.distributorId !== distributorId) {
        throw badRequest(`Invalid AccountId '${accountId}'.`);
      }
      return account;
    }
    const accounts = this.accountsOf(distributorId);
    if (accounts.length === 1) return accounts[0]!;
    if (accounts.length === 0) throw badRequest('the distributor has no account yet; create one with POST /v1.0/account/create.');
    throw badRequest('AccountId is required when the distributor has more than one account.');
  }

  /** Numbers bound to a subscriber, in inventory order. */
  numbersOfSubscriber(subscriberId: string): NumberRecord[] {
    return this.numbers.ofSubscriber(subscriberId);
  }

  guardianFeaturesOf(subscriberId: string): GuardianFeaturesRecord {
    return this.guardianFeatures.get(subscriberId) ?? { subscriberId, calls: false, messages: false };
  }
}
