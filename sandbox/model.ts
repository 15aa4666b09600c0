/**
 * The sandbox's records. Field names are internal camelCase; each route module maps a record to
 * the upstream's PascalCase wire shape (see `wire.ts`). Every record carries the distributor that
 * owns it, so tenancy checks are one comparison.
 */

export interface Address {
  Street1: string | null;
  Street2: string | null;
  City: string | null;
  State: string | null;
  Zip: string | null;
  Country: string | null;
}

export interface Owned {
  id: string;
  distributorId: string;
}

/** Owned by one account of the distributor. */
export interface AccountOwned extends Owned {
  accountId: string;
}

/** A distributor owns itself: `distributorId === id`. */
export interface DistributorRecord extends Owned {
  name: string;
  accountKey: string;
  /** Kept to check token requests; returned only by distributor/create|update, as upstream does. */
  secret: string;
  aggregatorId: string;
  /** The distributor whose credentials created this one (distributor/create), if any. */
  createdBy: string | null;
  billingAddress: Address;
  mailingAddress: Address;
}

export interface AccountRecord extends Owned {
  name: string;
  admin: string | null;
  billingAddress: Address;
  mailingAddress: Address;
}

export const SUBSCRIBER_ROLES = ['Subscriber', 'Manager', 'Account Admin'] as const;
export type SubscriberRole = (typeof SUBSCRIBER_ROLES)[number];

export interface SubscriberRecord extends AccountOwned {
  name: string;
  /** Unique across the whole platform (compared case-insensitively). */
  email: string;
  role: SubscriberRole;
  /** sha256 of the password; the password itself is never stored or returned. */
  passwordHash: string;
}

export interface GuardianFeaturesRecord {
  subscriberId: string;
  calls: boolean;
  messages: boolean;
}

export interface GuardianRelationRecord {
  distributorId: string;
  parentSubscriberId: string;
  childSubscriberId: string;
  relation: string;
}

export interface CallFilterRecord extends AccountOwned {
  subscriberId: string;
  phone: string;
  filterMode: string;
  allowedNumbers: string[];
  blockedNumbers: string[];
  enableTranscription: boolean;
  /** Stored and returned exactly as received (a JSON document serialised into a string). */
  keywordFilter: string | null;
  transcriptionAction: string | null;
  warningMessage: string | null;
  notificationPhones: string[];
  applyToOutbound: boolean;
  applyToInbound: boolean;
  blockUnknownNumbers: boolean;
  blockInternational: boolean;
  recordFlaggedCalls: boolean;
  timeRestrictions: unknown;
}

export interface MessageFilterRecord extends AccountOwned {
  subscriberId: string;
  phone: string;
  filterMode: string;
  allowedContacts: string[];
  blockedContacts: string[];
  keywordFilter: string | null;
  notificationPhones: string[];
  applyToOutbound: boolean;
  applyToInbound: boolean;
  blockUnknownNumbers: boolean;
  blockLinks: boolean;
  blockMedia: boolean;
}

export type AuthenticationType = 'None' | 'Basic' | 'Bearer';

export interface MessageRouteRecord extends AccountOwned {
  routeName: string;
  messageUrl: string;
  messageUrlMethod: 'GET' | 'POST';
  messageRouteEnabled: boolean;
  messageAuthenticationType: AuthenticationType;
  messageUsername: string | null;
  messagePasswordToken: string | null;
  callbackMessageUrl: string | null;
  callbackMessageUrlMethod: 'GET' | 'POST' | null;
  callbackMessageAuthenticationType: AuthenticationType | null;
  callbackMessageUsername: string | null;
  callbackMessagePasswordToken: string | null;
  inboundBypass: boolean;
  outboundBypass: boolean;
  intelligentRouteEnabled: boolean;
}

/** Voice routes have ~40 loosely documented fields; they are kept in wire shape (PascalCase). */
export interface VoiceRouteRecord extends AccountOwned {
  fields: Record<string, unknown>;
}

export type NumberClassification = 'MVNO' | 'IOT' | 'VOIP';
export type NumberStatus = 'Active' | 'Parked' | 'Cancelled' | 'Ported Out';

export interface DataUsageSettings {
  valueUnit: string;
  notifyValue: number | null;
  throttleValue: number | null;
  throttleSpeed: string | null;
  limitValue: number;
}

export interface RenewalSettings {
  autoRenew: boolean;
  periodType: 'M' | 'W';
  renewalDay: number;
  periodValue: number;
}

export interface VoicemailRecord {
  status: 'Active';
  pinHash: string;
  email: string | null;
  firstName: string | null;
  lastName: string | null;
}

/** `accountId` and `assignedSubscriberId` are indexed: change them through `state.numbers` (state.ts). */
export interface NumberRecord extends AccountOwned {
  readonly accountId: string;
  /** E.164 */
  number: string;
  numberType: 'mobile' | 'voip';
  classification: NumberClassification;
  messageType: 'p2p' | 'a2p';
  messageEnabled: boolean;
  voiceEnabled: boolean;
  dataEnabled: boolean;
  productType: string;
  messageRouteId: string | null;
  voiceRouteId: string | null;
  status: NumberStatus;
  /** Sandbox-clock ms. */
  purchasedAt: number;
  cancelledAt: number | null;
  readonly assignedSubscriberId: string | null;
  iccid: string | null;
  cnam: string | null;
  orderId: string;
  areaCode: string;
  zipCode: string;
  dataUsage: DataUsageSettings | null;
  /** Consumption in MB in the current period. */
  usageMb: number;
  renewal: RenewalSettings | null;
  voicemail: VoicemailRecord | null;
}

export type OrderType = 'Provision' | 'PortIn' | 'PortOut' | 'Update' | 'StatusChange' | 'Reactivate';

export interface OrderTransition {
  status: string;
  /** Sandbox-clock ms at which the status is (or was) entered. */
  at: number;
  message?: string | null;
  /** Side effect applied with the status (e.g. a completed port-in adds the number). */
  apply?: () => void;
}

export interface PortInDetails {
  targetClassification: string;
  currentCarrierName: string;
  currentAccountNumber: string;
  /** sha256 of the losing carrier's account PIN; never echoed. */
  currentAccountPasswordHash: string;
  currentBillingAddress: Address;
  subscriberName: string | null;
  iccid: string | null;
  portInDate: string | null;
  assignedSubscriberId: string | null;
  /** Wireline numbers (rule in README) stall in carrier approval until a PortInDate is set. */
  wireline: boolean;
}

export interface OrderRecord extends AccountOwned {
  type: OrderType;
  status: string;
  statusMessage: string | null;
  createdAt: number;
  numbers: string[];
  /** Applied transitions, oldest first (the first is the initial status). */
  history: OrderTransition[];
  /** Transitions still to come on the sandbox clock, soonest first. */
  pending: OrderTransition[];
  changeType?: string;
  portIn?: PortInDetails;
  portOutPinHash?: string;
}

export interface MessageRecord extends AccountOwned {
  /** The platform number the message belongs to (sender for outbound, recipient for inbound). */
  owner: string;
  direction: 'Outbound' | 'Inbound';
  type: 'p2p' | 'a2p';
  campaignId: string | null;
  cost: number;
  status: string;
  to: string;
  from: string;
  body: string;
  createdAt: number;
  messageType: 'sms' | 'mms';
  mmsMedia: { MediaUrl: string }[];
  mmsBase64: { Base64: string; BaseType: string }[];
  /** Status changes still to come (outbound delivery receipts). */
  pending: OrderTransition[];
}

export interface ProductRecord extends Owned {
  sku: string;
  description: string;
  type: string;
  subType: string | null;
  cost: number;
  billingFrequency: string;
  aggregatorId: string;
  active: boolean;
}

export interface PackageRecord extends Owned {
  packageName: string;
  description: string | null;
  subscriberId: string | null;
  type: string;
  price: number;
  monthly: boolean;
  aggregatorId: string;
  active: boolean;
}

export interface PackageItemRecord extends Owned {
  packageId: string;
  productId: string;
  type: string | null;
  price: number;
  monthly: boolean;
  aggregatorId: string;
  active: boolean;
}

export interface ServiceRecord extends Owned {
  serviceName: string;
  description: string | null;
  cost: number;
  billingFrequency: string;
  active: boolean;
}

export interface ServiceItemRecord extends Owned {
  serviceId: string;
  aggregatorId: string | null;
  itemDistributorId: string | null;
  price: number;
  monthly: boolean;
}

export interface SubscriptionRecord extends AccountOwned {
  subscriberId: string;
  packageId: string;
  tnid: string | null;
  iccid: string | null;
  type: string;
  active: boolean;
}

export interface FeatureRecord extends Owned {
  accountId: string | null;
  featureName: string | null;
  featureType: string | null;
  featureDescription: string | null;
  active: boolean;
}

export interface FeatureAssignmentRecord extends Owned {
  featureId: string;
  subscriptionId: string;
  active: boolean;
}

/** Schedules and workgroups are loosely documented; kept in wire shape (PascalCase). */
export interface ScheduleRecord extends AccountOwned {
  fields: Record<string, unknown>;
}

export interface WorkgroupRecord extends AccountOwned {
  fields: Record<string, unknown>;
}

export interface WorkgroupActivityRecord extends Owned {
  workgroupId: string;
  fields: Record<string, unknown>;
}

export interface WebhookRecord extends AccountOwned {
  webhookUrl: string;
  method: 'POST' | 'PUT';
  dataFormat: 'json' | 'xml';
  authenticationType: 'None' | 'Basic' | 'Token' | 'Bearer';
  authenticationUsername: string | null;
  authenticationPassword: string | null;
  authenticationToken: string | null;
  /** Stored as sent (comma-separated), matched case-insensitively. */
  subscribedEvents: string;
  active: boolean;
}
