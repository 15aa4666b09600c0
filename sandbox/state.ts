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

/**
 * Records of one kind, keyed by ID. Lookups accept the prefix aliases the docs use for the same
 * kind (REFERENCE.md §2.5: `SID-` for subscribers, `PKID-` for packages, …) and are
 * case-insensitive on the prefix only.
 */
export class Table<T extends Owned> {
  private readonly rows = new Map<string, T>();

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

  /** The record when it exists and belongs to `distributorId`; otherwise a 404 (tenants never see each other). */
  owned(id: string, distributorId: string): T {
    const row = this.get(id);
    if (row === undefined || row.distributorId !== distributorId) throw notFound(`${this.noun} '${id}'`);
    return row;
  }

  insert(row: T): T {
    this.rows.set(row.id, row);
    return row;
  }

  delete(id: string): boolean {
    const row = this.get(id);
    return row !== undefined && this.rows.delete(row.id);
  }

  values(): T[] {
    return [...this.rows.values()];
  }

  ofDistributor(distributorId: string): T[] {
    return this.values().filter((row) => row.distributorId === distributorId);
  }

  get size(): number {
    return this.rows.size;
  }
}

/** Numbers are addressed by E.164 upstream (REFERENCE.md §5.3), so they keep a second index. */
export class NumberTable extends Table<NumberRecord> {
  private readonly byE164 = new Map<string, string>();

  override insert(row: NumberRecord): NumberRecord {
    this.byE164.set(row.number, row.id);
    return super.insert(row);
  }

  override delete(id: string): boolean {
    const row = this.get(id);
    if (row) this.byE164.delete(row.number);
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
    return this.numbers.values().filter((n) => n.assignedSubscriberId === subscriberId);
  }

  guardianFeaturesOf(subscriberId: string): GuardianFeaturesRecord {
    return this.guardianFeatures.get(subscriberId) ?? { subscriberId, calls: false, messages: false };
  }
}
