import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234. */
  E164: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A SIM card or eSIM profile serial: 19 or 20 digits starting with 89, optionally ending in F. */
  ICCID: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** An amount in US dollars as a decimal string ("19.99", "0.0045"): exact, unlike a float. */
  Money: { input: string; output: string; }
};

/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through the accounts created or updated through the gateway. */
export type Account = Node & {
  __typename?: 'Account';
  /** The account’s Manager: Telegent’s AccountAdmin is the Manager’s e-mail, and one Manager per account is the convention. The first subscriber with the MANAGER role; null when the account has none. */
  admin?: Maybe<Subscriber>;
  /** Where invoices go. Telegent has no endpoint that reads an account, so the gateway knows the address from the account’s last createAccount or updateAccount through it; null when it has not seen one. */
  billingAddress?: Maybe<Address>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Where mail goes when it differs from the billing address; known as billingAddress is, null otherwise. */
  mailingAddress?: Maybe<Address>;
  /** The account’s message routes. */
  messageRoutes?: Maybe<Array<MessageRoute>>;
  /** Display name of the family or business (Telegent’s CompanyName / AccountName). */
  name?: Maybe<Scalars['String']['output']>;
  /** Every number of the account, in inventory order. */
  numbers?: Maybe<PhoneNumberConnection>;
  /** The packages the account’s subscribers can be sold. Telegent keeps packages per distributor, so every account sees the same ones. */
  packages?: Maybe<Array<Package>>;
  /** The products visible to the account (the distributor’s catalog, as for packages). */
  products?: Maybe<Array<Product>>;
  /** The account’s subscribers, optionally only those with one role. */
  subscribers?: Maybe<SubscriberConnection>;
  /** The subscriptions of the account’s subscribers, active and ended. */
  subscriptions?: Maybe<BillingSubscriptionConnection>;
  /** The account’s voice routes. */
  voiceRoutes?: Maybe<Array<VoiceRoute>>;
  /** The account’s webhooks. */
  webhooks?: Maybe<Array<Webhook>>;
  /** The account’s call-distribution workgroups. */
  workgroups?: Maybe<Array<Workgroup>>;
};


/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through the accounts created or updated through the gateway. */
export type AccountNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through the accounts created or updated through the gateway. */
export type AccountSubscribersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<SubscriberRole>;
};


/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through the accounts created or updated through the gateway. */
export type AccountSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of accounts. */
export type AccountConnection = {
  __typename?: 'AccountConnection';
  /** The items of this page. */
  edges: Array<AccountEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One Account in a connection, with its cursor. */
export type AccountEdge = {
  __typename?: 'AccountEdge';
  /** Opaque position of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The Account. */
  node: Account;
};

/** A product to add to an existing package. */
export type AddPackageItemInput = {
  /** Whether the item is charged monthly; by default, whether the product is (MRC). */
  monthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The package (PID-). */
  packageId: Scalars['ID']['input'];
  /** Price of the item in the package, in USD (zero or more); Telegent records 0 when left out. */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** The product (PRID-). */
  productId: Scalars['ID']['input'];
  /** Item kind, e.g. esim, data, sms; by default the product’s type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of addPackageItem: the new item, and its package. */
export type AddPackageItemPayload = {
  __typename?: 'AddPackageItemPayload';
  /** The new item. */
  item: PackageItem;
  /** The package, with the new item among its items. */
  package?: Maybe<Package>;
};

/** A new price point of a service; several per service make pricing tiers. */
export type AddServiceItemInput = {
  /** The aggregator the price applies to (AGID-, AGG-…). */
  aggregatorId?: InputMaybe<Scalars['String']['input']>;
  /** The distributor the price applies to (DID-). */
  distributorId?: InputMaybe<Scalars['String']['input']>;
  /** Whether the price recurs monthly. When adding, by default whether the service is MRC; when updating, unchanged by default. */
  monthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The price, in USD (zero or more). When adding, the service’s cost by default; when updating, unchanged by default. */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** The service (SID-). */
  serviceId: Scalars['ID']['input'];
};

/** The result of addServiceItem: the new price point, and its service. */
export type AddServiceItemPayload = {
  __typename?: 'AddServiceItemPayload';
  /** The new price point. */
  item: ServiceItem;
  /** The service, with the new price point among its items. */
  service?: Maybe<Service>;
};

/** A postal address as Telegent records it; every part may be missing. */
export type Address = {
  __typename?: 'Address';
  /** City. */
  city?: Maybe<Scalars['String']['output']>;
  /** Country; Telegent assumes USA when it is empty. */
  country?: Maybe<Scalars['String']['output']>;
  /** State, as sent (two-letter code or full name). */
  state?: Maybe<Scalars['String']['output']>;
  /** First street line. */
  street1?: Maybe<Scalars['String']['output']>;
  /** Second street line (suite, apartment). */
  street2?: Maybe<Scalars['String']['output']>;
  /** ZIP or postal code. */
  zip?: Maybe<Scalars['String']['output']>;
};

/** A postal address; every part is optional, as in Telegent. */
export type AddressInput = {
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** Country; leave empty for USA. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** State: a two-letter code such as UT, or its name. */
  state?: InputMaybe<Scalars['String']['input']>;
  /** First street line. */
  street1?: InputMaybe<Scalars['String']['input']>;
  /** Second street line (suite, apartment). */
  street2?: InputMaybe<Scalars['String']['input']>;
  /** ZIP or postal code. */
  zip?: InputMaybe<Scalars['String']['input']>;
};

/** A feature to attach to a subscription of the feature’s account. */
export type AssignFeatureInput = {
  /** The feature (FEID-). */
  featureId: Scalars['ID']['input'];
  /** The subscription (SUB-); a feature is attached to it at most once. */
  subscriptionId: Scalars['ID']['input'];
};

/** The result of assignFeature: the assignment, and the subscription now carrying the feature. */
export type AssignFeaturePayload = {
  __typename?: 'AssignFeaturePayload';
  /** The new assignment. */
  assignment: FeatureAssignment;
  /** The subscription now carrying the feature. */
  subscription?: Maybe<BillingSubscription>;
};

/** An area where numbers can be bought. */
export type AvailableArea = {
  __typename?: 'AvailableArea';
  /** Three-digit area code. */
  areaCode: Scalars['String']['output'];
  /** The number gateway provider (NGP) offering them. */
  provider: Scalars['String']['output'];
  /** A five-digit ZIP code the area serves. */
  zipCode: Scalars['String']['output'];
};

/** The kind of number to look for. */
export type AvailableNumberType =
  /** Numbers for mobile lines (MVNO or IoT). */
  | 'MOBILE'
  /** VoIP numbers. */
  | 'VOIP';

/** Numbers that can be provisioned: looked up by area code first, then by ZIP code when the area has none; with neither, a random selection. Looking does not reserve anything. */
export type AvailableNumbers = {
  __typename?: 'AvailableNumbers';
  /** The areas the numbers come from. */
  areas: Array<AvailableArea>;
  /** One page of available numbers. */
  numbers: Array<Scalars['E164']['output']>;
  /** The page of `numbers` returned (1-based). */
  page: Scalars['Int']['output'];
  /** How many numbers are available in the areas found. */
  total: Scalars['Int']['output'];
};

/** How often a product or service is charged. */
export type BillingFrequency =
  /** Monthly recurring charge. */
  | 'MRC'
  /** Non-recurring: charged once. */
  | 'NRC';

/** A Telegent "Subscription": the billing relationship of one subscriber, one package and (usually) one number. Named BillingSubscription so it does not clash with GraphQL’s root Subscription type. */
export type BillingSubscription = Node & {
  __typename?: 'BillingSubscription';
  /** Whether the subscription is active (deleted subscriptions stay readable, inactive). */
  active: Scalars['Boolean']['output'];
  /** The assignments attaching features to the subscription, with their IDs (to unassign one). Shares its upstream call with `features`: one per subscription. */
  featureAssignments?: Maybe<Array<FeatureAssignment>>;
  /** The add-ons attached to the subscription. Costs one upstream call per subscription (Telegent lists assignments per subscription only): avoid it on long lists. */
  features?: Maybe<Array<SubscriptionFeature>>;
  /** ICCID of the SIM bound to the subscription. */
  iccid?: Maybe<Scalars['ICCID']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** The number the subscription bills, if it has one. */
  number?: Maybe<PhoneNumber>;
  /** `type` as a number kind (what createSubscription takes); null when Telegent’s type names none. */
  numberType?: Maybe<NumberType>;
  /** The package the subscriber pays for. */
  package?: Maybe<Package>;
  /** ACTIVE or INACTIVE: `active` as a status. */
  status: SubscriptionStatus;
  /** The subscriber billed. */
  subscriber?: Maybe<Subscriber>;
  /** The kind of number it bills: Mvno, Iot or Voip, as Telegent records it. */
  type: Scalars['String']['output'];
};

/** A page of subscriptions. */
export type BillingSubscriptionConnection = {
  __typename?: 'BillingSubscriptionConnection';
  /** The items of this page. */
  edges: Array<BillingSubscriptionEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One BillingSubscription in a connection, with its cursor. */
export type BillingSubscriptionEdge = {
  __typename?: 'BillingSubscriptionEdge';
  /** Opaque position of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The BillingSubscription. */
  node: BillingSubscription;
};

/** The AI Guardian call filter of one of the subscriber’s numbers. */
export type CallFilter = {
  __typename?: 'CallFilter';
  /** Numbers always let through. */
  allowedNumbers: Array<Scalars['E164']['output']>;
  /** Numbers rejected. */
  blockedNumbers: Array<Scalars['E164']['output']>;
  /** The filter ID (CFID-). */
  id: Scalars['String']['output'];
  /** WHITELIST (only allowed numbers ring), BLACKLIST (blocked numbers are rejected), or an age preset. */
  mode: Scalars['String']['output'];
  /** The number it guards. */
  phone: Scalars['E164']['output'];
};

/** A subscription to end: its charges stop, the subscriber and the number stay. */
export type CancelSubscriptionInput = {
  /** The subscription (SUB-). */
  subscriptionId: Scalars['ID']['input'];
};

/** The result of cancelSubscription: the subscription, now inactive, and its subscriber. */
export type CancelSubscriptionPayload = {
  __typename?: 'CancelSubscriptionPayload';
  /** The subscriber who paid for it. */
  subscriber?: Maybe<Subscriber>;
  /** The subscription, now inactive. */
  subscription?: Maybe<BillingSubscription>;
};

/** A new account (a family or business) under the distributor. */
export type CreateAccountInput = {
  /** E-mail of the account’s Manager (Telegent’s AccountAdmin); billing and system notices go there. */
  adminEmail: Scalars['String']['input'];
  /** Where invoices go (needed for invoicing). */
  billingAddress?: InputMaybe<AddressInput>;
  /** Makes retries safe: the same key returns the first result (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Where mail goes, when it differs from the billing address. */
  mailingAddress?: InputMaybe<AddressInput>;
  /** Display name of the family or business. */
  name: Scalars['String']['input'];
};

/** The result of createAccount. */
export type CreateAccountPayload = {
  __typename?: 'CreateAccountPayload';
  /** The new account, with its addresses. */
  account: Account;
};

/** A new package: a sellable bundle of products at one price. */
export type CreatePackageInput = {
  /** What the package offers (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The products in the package; one bad item creates nothing. */
  items?: InputMaybe<Array<PackageItemInput>>;
  /** Whether the price recurs monthly. */
  monthly: Scalars['Boolean']['input'];
  /** Display name, e.g. "Family 10GB" (up to 255 characters). */
  name: Scalars['String']['input'];
  /** Price the subscriber pays, in USD (zero or more). */
  price: Scalars['Money']['input'];
  /** A subscriber (TSUID-) to tie the package to; Telegent does not say what that changes, so prefer packages for everyone. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** Package kind as Telegent records it, free text: esim, sip, iot… (up to 100 characters). */
  type: Scalars['String']['input'];
};

/** The result of createPackage. */
export type CreatePackagePayload = {
  __typename?: 'CreatePackagePayload';
  /** The new package (its items under `items`). */
  package: Package;
};

/** A new product in the distributor’s catalog (Telegent products). */
export type CreateProductInput = {
  /** Monthly (MRC) or once (NRC). */
  billingFrequency: BillingFrequency;
  /** Wholesale cost to the distributor, in USD (zero or more). */
  cost: Scalars['Money']['input'];
  /** What the product is (up to 500 characters). */
  description: Scalars['String']['input'];
  /** Stock-keeping code, e.g. VAS035 (up to 100 characters). */
  sku: Scalars['String']['input'];
  /** Finer family, e.g. AI Operator (up to 100 characters). */
  subType?: InputMaybe<Scalars['String']['input']>;
  /** Product family, free text: esim, data, sms, voice, VAS… (up to 100 characters). */
  type: Scalars['String']['input'];
};

/** The result of createProduct. */
export type CreateProductPayload = {
  __typename?: 'CreateProductPayload';
  /** The new product. */
  product: Product;
};

/** A new service: a chargeable capability, priced per aggregator or distributor through its items. */
export type CreateServiceInput = {
  /** Monthly (MRC, the default) or once (NRC). */
  billingFrequency?: InputMaybe<BillingFrequency>;
  /** Base cost, in USD (zero or more); Telegent records 0 when left out. */
  cost?: InputMaybe<Scalars['Money']['input']>;
  /** What the service is (up to 500 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name (up to 255 characters). */
  name: Scalars['String']['input'];
};

/** The result of createService. */
export type CreateServicePayload = {
  __typename?: 'CreateServicePayload';
  /** The new service. */
  service: Service;
};

/** A new add-on that subscriptions can carry (roaming, VoIP, an SMS bundle, a speed tier). Every field is optional, as in Telegent. */
export type CreateSubscriptionFeatureInput = {
  /** The account offering it (AID-); left out, every account of the distributor may use it. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** What it does (up to 1000 characters). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Display name, e.g. International Roaming (up to 255 characters). */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Kind, free text: Data, Voice, SMS, Roaming, VoIP… (up to 100 characters). */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of createSubscriptionFeature. */
export type CreateSubscriptionFeaturePayload = {
  __typename?: 'CreateSubscriptionFeaturePayload';
  /** The new feature. */
  feature: SubscriptionFeature;
};

/** A new subscription: a subscriber starts paying for a package, usually on one number. Starts recurring charges. */
export type CreateSubscriptionInput = {
  /** ICCID of the SIM; by default the number’s. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** Makes retries safe: the same key starts at most one subscription (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The number billed (NID-): in the subscriber’s account, not someone else’s line, and without another active subscription (one per number). */
  numberId?: InputMaybe<Scalars['ID']['input']>;
  /** The package paid for (PID-). */
  packageId: Scalars['ID']['input'];
  /** The subscriber billed (TSUID-). */
  subscriberId: Scalars['ID']['input'];
  /** The kind of number billed; must be the number’s numberType. */
  type: NumberType;
};

/** The result of createSubscription: the subscription, and the subscriber now paying for it. */
export type CreateSubscriptionPayload = {
  __typename?: 'CreateSubscriptionPayload';
  /** The subscriber now paying for it. */
  subscriber?: Maybe<Subscriber>;
  /** The new subscription. */
  subscription: BillingSubscription;
};

/** Data limits and consumption of a number (read in batches: one upstream call for many numbers). */
export type DataUsage = {
  __typename?: 'DataUsage';
  /** The thresholds set on the number. */
  settings?: Maybe<DataUsageSettings>;
  /** Consumption against those thresholds. */
  usage?: Maybe<DataUsageMeter>;
};

/** A number’s data consumption in the current period. */
export type DataUsageMeter = {
  __typename?: 'DataUsageMeter';
  /** Whether usage has reached the limit. */
  limitReached: Scalars['Boolean']['output'];
  /** Whether usage has reached the throttle threshold. */
  throttled: Scalars['Boolean']['output'];
  /** Unit of `used`. */
  unit: Scalars['String']['output'];
  /** Data used so far, in `unit`. */
  used: Scalars['Float']['output'];
};

/** A number’s data thresholds: notify, throttle, and the hard limit. */
export type DataUsageSettings = {
  __typename?: 'DataUsageSettings';
  /** Hard cap: data stops (or is charged as overage) past it. Telegent’s default is 20 MB. */
  limit: Scalars['Int']['output'];
  /** The subscriber is notified at this usage. */
  notifyAt?: Maybe<Scalars['Int']['output']>;
  /** Speed drops to `throttleSpeed` at this usage. */
  throttleAt?: Maybe<Scalars['Int']['output']>;
  /** Speed once throttled, e.g. 1-mbps. */
  throttleSpeed?: Maybe<Scalars['String']['output']>;
  /** Unit of every value: KB, MB, GB or TB. */
  unit: Scalars['String']['output'];
};

/** A feature attached to one subscription; unassigning it by `id` keeps the feature itself. */
export type FeatureAssignment = {
  __typename?: 'FeatureAssignment';
  /** Whether the assignment is in effect. */
  active: Scalars['Boolean']['output'];
  /** The feature attached. */
  feature?: Maybe<SubscriptionFeature>;
  /** The feature assignment ID (FAID-). */
  id: Scalars['ID']['output'];
  /** The subscription carrying it. */
  subscription?: Maybe<BillingSubscription>;
};

/** AI Guardian for a subscriber: feature flags, filters and family relations. */
export type Guardian = {
  __typename?: 'Guardian';
  /** The call filter of one of the subscriber’s numbers (the first one when no number is given); null when there is none. */
  callFilter?: Maybe<CallFilter>;
  /** Call filters on the subscriber’s numbers (one per number at most). */
  callFilters?: Maybe<Array<CallFilter>>;
  /** Relations where the subscriber is the parent (its children). */
  children?: Maybe<Array<GuardianRelation>>;
  /** Which Guardian surfaces are on. */
  features?: Maybe<GuardianFeatures>;
  /** The message filter of one of the subscriber’s numbers (the first one when no number is given); null when there is none. */
  messageFilter?: Maybe<MessageFilter>;
  /** Message filters on the subscriber’s numbers (one per number at most). */
  messageFilters?: Maybe<Array<MessageFilter>>;
  /** Relations where the subscriber is the child (its guardians). */
  parents?: Maybe<Array<GuardianRelation>>;
  /** Every relation the subscriber is part of, as guardian or as child (two upstream reads per subscriber). */
  relations?: Maybe<Array<GuardianRelation>>;
};


/** AI Guardian for a subscriber: feature flags, filters and family relations. */
export type GuardianCallFilterArgs = {
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
};


/** AI Guardian for a subscriber: feature flags, filters and family relations. */
export type GuardianMessageFilterArgs = {
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
};

/** Which AI Guardian surfaces are on for a subscriber. */
export type GuardianFeatures = {
  __typename?: 'GuardianFeatures';
  /** Call filtering (allow/block lists) is on. */
  calls: Scalars['Boolean']['output'];
  /** Message filtering (allow/block lists, filter levels) is on. */
  messages: Scalars['Boolean']['output'];
};

/** A guardian link: the parent receives filter notifications and may manage the child’s filters. */
export type GuardianRelation = {
  __typename?: 'GuardianRelation';
  /** The subscriber under guard. */
  child?: Maybe<Subscriber>;
  /** The guardian. */
  parent?: Maybe<Subscriber>;
  /** Free text as recorded, e.g. Parent, Guardian, Caregiver. */
  relation: Scalars['String']['output'];
};

/** One SMS or MMS to or from a platform number (one per recipient). */
export type Message = {
  __typename?: 'Message';
  /** Text of the message. */
  body: Scalars['String']['output'];
  /** Inbound or outbound. */
  direction: MessageDirection;
  /** Sender. */
  from: Scalars['E164']['output'];
  /** The message ID (TMID-). */
  id: Scalars['String']['output'];
  /** SMS or MMS. */
  kind: MessageKind;
  /** When the message was created. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Queued, Sent, Delivered, Failed, Undelivered or Received. */
  status: Scalars['String']['output'];
  /** Recipient. */
  to: Scalars['E164']['output'];
};

/** Which way a message travelled. */
export type MessageDirection =
  /** Received by the platform number. */
  | 'INBOUND'
  /** Sent from the platform number. */
  | 'OUTBOUND';

/** The AI Guardian message filter of one of the subscriber’s numbers. */
export type MessageFilter = {
  __typename?: 'MessageFilter';
  /** Senders that bypass every check. */
  allowedContacts: Array<Scalars['E164']['output']>;
  /** Whether messages with links are blocked. */
  blockLinks: Scalars['Boolean']['output'];
  /** Whether media (MMS) is blocked. */
  blockMedia: Scalars['Boolean']['output'];
  /** Senders dropped silently. */
  blockedContacts: Array<Scalars['E164']['output']>;
  /** The filter ID (MFID-). */
  id: Scalars['String']['output'];
  /** Age level on top of the lists: CHILD, ADOLESCENT or TEENAGER. */
  level?: Maybe<Scalars['String']['output']>;
  /** ACTIVE (enforce), MONITOR_ONLY (log and notify) or INACTIVE. */
  mode: Scalars['String']['output'];
  /** The number it guards. */
  phone: Scalars['E164']['output'];
};

/** Text only, or with media. */
export type MessageKind =
  /** Message with media. */
  | 'MMS'
  /** Text message. */
  | 'SMS';

/** One page of a number’s messages, newest first (Telegent pages message history itself). */
export type MessagePage = {
  __typename?: 'MessagePage';
  /** The messages of this page. */
  items: Array<Message>;
  /** This page (1-based). */
  page: Scalars['Int']['output'];
  /** How many pages there are. */
  pageCount: Scalars['Int']['output'];
  /** How many messages match. */
  totalCount: Scalars['Int']['output'];
};

/** Where Telegent delivers a number’s inbound messages (MessageUrl) and delivery receipts (CallbackMessageUrl). Its credentials are never exposed. */
export type MessageRoute = Node & {
  __typename?: 'MessageRoute';
  /** How Telegent authenticates to MessageUrl: None, Basic or Bearer. */
  authenticationType?: Maybe<Scalars['String']['output']>;
  /** Receives delivery receipts and status callbacks. */
  callbackUrl?: Maybe<Scalars['String']['output']>;
  /** Whether the route delivers. */
  enabled: Scalars['Boolean']['output'];
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Receives every inbound SMS/MMS for the numbers on this route. */
  messageUrl: Scalars['String']['output'];
  /** HTTP method used for MessageUrl (GET or POST). */
  messageUrlMethod: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
};

/** The messaging class of a number. */
export type MessageType =
  /** Application-to-person. */
  | 'A2P'
  /** Person-to-person. */
  | 'P2P';

/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Adds a product to a package, at its price in the package. */
  addPackageItem: AddPackageItemPayload;
  /** Adds a price point to a service for an aggregator, a distributor, or as its base price. */
  addServiceItem: AddServiceItemPayload;
  /** Attaches a feature to a subscription (once per subscription). */
  assignFeature: AssignFeaturePayload;
  /** Ends a subscription: its charges stop; it stays readable, inactive, and the subscriber and number stay. */
  cancelSubscription: CancelSubscriptionPayload;
  /** Creates an account (a family or business) under the distributor. Idempotent with a key. */
  createAccount: CreateAccountPayload;
  /** Creates a package (a bundle of products at one price), with its items if given. */
  createPackage: CreatePackagePayload;
  /** Adds a product (a billable unit with a wholesale cost) to the distributor’s catalog. */
  createProduct: CreateProductPayload;
  /** Creates a service: a chargeable capability, priced through its items. */
  createService: CreateServicePayload;
  /** Starts a subscription: the subscriber pays for the package, usually on one number (it starts recurring charges). With an idempotency key a retry never subscribes twice; after UPSTREAM_OUTCOME_UNKNOWN it finds the subscription on the number. */
  createSubscription: CreateSubscriptionPayload;
  /** Creates an add-on that subscriptions can carry (roaming, VoIP, an SMS bundle…). */
  createSubscriptionFeature: CreateSubscriptionFeaturePayload;
  /** Buys and activates one number (it costs money). With an idempotency key a retry never buys twice: it returns the first result, waits for it while it runs, or, after UPSTREAM_OUTCOME_UNKNOWN, finds the number that was bought. */
  provisionNumber: ProvisionNumberPayload;
  /** Takes an item out of a package; the product stays in the catalog. */
  removePackageItem: RemovePackageItemPayload;
  /** Detaches a feature from a subscription; the feature itself stays. */
  unassignFeature: UnassignFeaturePayload;
  /** Renames an account or replaces its addresses. */
  updateAccount: UpdateAccountPayload;
  /** Swaps the feature of an assignment, or moves it to another subscription. */
  updateFeatureAssignment: UpdateFeatureAssignmentPayload;
  /** Changes a package’s definition; its subscriptions see the change at once. */
  updatePackage: UpdatePackagePayload;
  /** Changes a product’s code, description, family, cost or billing frequency. */
  updateProduct: UpdateProductPayload;
  /** Changes a service’s name, description, cost or billing frequency. */
  updateService: UpdateServicePayload;
  /** Changes the price of a service’s price point for one scope (the service and the scope name it). */
  updateServiceItem: UpdateServiceItemPayload;
  /** Swaps a subscription’s package, number, SIM or subscriber. */
  updateSubscription: UpdateSubscriptionPayload;
  /** Renames or redescribes a feature. */
  updateSubscriptionFeature: UpdateSubscriptionFeaturePayload;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAddPackageItemArgs = {
  input: AddPackageItemInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAddServiceItemArgs = {
  input: AddServiceItemInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAssignFeatureArgs = {
  input: AssignFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCancelSubscriptionArgs = {
  input: CancelSubscriptionInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreatePackageArgs = {
  input: CreatePackageInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateProductArgs = {
  input: CreateProductInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateSubscriptionArgs = {
  input: CreateSubscriptionInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateSubscriptionFeatureArgs = {
  input: CreateSubscriptionFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationProvisionNumberArgs = {
  input: ProvisionNumberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRemovePackageItemArgs = {
  input: RemovePackageItemInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUnassignFeatureArgs = {
  input: UnassignFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateFeatureAssignmentArgs = {
  input: UpdateFeatureAssignmentInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdatePackageArgs = {
  input: UpdatePackageInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateProductArgs = {
  input: UpdateProductInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateServiceArgs = {
  input: UpdateServiceInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateServiceItemArgs = {
  input: UpdateServiceItemInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateSubscriptionArgs = {
  input: UpdateSubscriptionInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateSubscriptionFeatureArgs = {
  input: UpdateSubscriptionFeatureInput;
};

/** An object with a Telegent ID; `Query.node` fetches any of them by ID. */
export type Node = {
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
};

/** What kind of number it is, and so what it may carry. */
export type NumberType =
  /** IoT line: data and P2P messaging only, never A2P. */
  | 'IOT'
  /** Mobile line on a SIM or eSIM: messaging (A2P or P2P), voice and data. */
  | 'MVNO'
  /** VoIP number, without a SIM: A2P messaging only. */
  | 'VOIP';

/** A number order (JNUOID-): provisioning, configuration update, status change, port-in or port-out. Port-ins move Submitted → Pending Carrier Approval → Scheduled → Completed (or Rejected / Cancelled). */
export type Order = Node & {
  __typename?: 'Order';
  /** Every status so far, oldest first (empty when Telegent does not report a history). */
  history: Array<OrderStatusChange>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** The numbers the order is about. */
  numbers: Array<Scalars['E164']['output']>;
  /** When the order was placed. */
  orderDate: Scalars['DateTime']['output'];
  /** Current status, as Telegent words it (Complete, Submitted, Pending Carrier Approval, Scheduled, Completed, Rejected, Cancelled, Error…). */
  status: Scalars['String']['output'];
  /** Telegent’s explanation of the current status, e.g. a carrier rejection reason. */
  statusMessage?: Maybe<Scalars['String']['output']>;
  /** Provision, PortIn, PortOut, Update, StatusChange or Reactivate. */
  type?: Maybe<Scalars['String']['output']>;
};

/** One status an order went through. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When the order entered it. */
  at: Scalars['DateTime']['output'];
  /** Why, when Telegent says (e.g. a rejection reason). */
  message?: Maybe<Scalars['String']['output']>;
  /** The status entered. */
  status: Scalars['String']['output'];
};

/** A sellable bundle of products at one price; subscriptions tie a package to a subscriber. */
export type Package = Node & {
  __typename?: 'Package';
  /** Whether the package is active. */
  active: Scalars['Boolean']['output'];
  /** What the package offers. */
  description?: Maybe<Scalars['String']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** The products in the package, each at its price in the package. */
  items?: Maybe<Array<PackageItem>>;
  /** Whether the price recurs monthly. */
  monthly: Scalars['Boolean']['output'];
  /** Display name, e.g. "Family 10GB". */
  name: Scalars['String']['output'];
  /** Price the subscriber pays, in USD. */
  price: Scalars['Money']['output'];
  /** The subscriber the package is tied to, if any (Telegent does not say what that changes). */
  subscriber?: Maybe<Subscriber>;
  /** Package kind as Telegent records it, e.g. esim, sip. */
  type: Scalars['String']['output'];
};

/** One product in a package, at its price in the package. */
export type PackageItem = {
  __typename?: 'PackageItem';
  /** The package item ID (PIID-). */
  id: Scalars['String']['output'];
  /** Whether the item is charged monthly (otherwise once). */
  monthly: Scalars['Boolean']['output'];
  /** Price of the item in the package, in USD. */
  price: Scalars['Money']['output'];
  /** The product this item sells. */
  product?: Maybe<Product>;
  /** Item kind, e.g. esim, data, sms. */
  type?: Maybe<Scalars['String']['output']>;
};

/** A product to put in a package, at its price in the package. */
export type PackageItemInput = {
  /** Whether the item is charged monthly; by default, whether the product is (MRC). */
  monthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** Price of the item in the package, in USD (zero or more); Telegent records 0 when left out. */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** The product (PRID-). */
  productId: Scalars['ID']['input'];
  /** Item kind, e.g. esim, data, sms; by default the product’s type. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** Where a page of a connection sits in the whole list (Relay cursor connections). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last item of the page; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first item of the page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A phone number in the distributor’s inventory. Its id is the NID-; Telegent addresses numbers by E.164. */
export type PhoneNumber = Node & {
  __typename?: 'PhoneNumber';
  /** The account that owns the number. Telegent’s number records do not name it: it is known when the number was reached through its account, else through its subscriber; null for an unassigned number read on its own. */
  account?: Maybe<Account>;
  /** Caller-ID name (CNAM) shown to called parties. */
  callerIdName?: Maybe<Scalars['String']['output']>;
  /** Data thresholds and consumption; many numbers are read in one upstream call. */
  dataUsage: DataUsage;
  /** ICCID of the SIM or eSIM profile bound to the number. */
  iccid?: Maybe<Scalars['ICCID']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Whether SMS/MMS is enabled. */
  messageEnabled: Scalars['Boolean']['output'];
  /** Where the number’s inbound messages and receipts go. */
  messageRoute?: Maybe<MessageRoute>;
  /** A2P or P2P messaging. */
  messageType?: Maybe<MessageType>;
  /** The number in E.164, e.g. +18015551234. */
  number: Scalars['E164']['output'];
  /** MVNO, IOT or VOIP: what the number may carry (Telegent’s Classification). */
  numberType: NumberType;
  /** The order that brought the number onto the platform (provision or port-in). */
  order?: Maybe<Order>;
  /** What the number was provisioned for. Telegent’s number records do not carry it: known for numbers provisioned through the gateway (remembered from provisionNumber), null otherwise. */
  productType?: Maybe<ProductType>;
  /** The day the number was bought or ported in. */
  purchasedOn?: Maybe<Scalars['LocalDate']['output']>;
  /** Lifecycle status: Active, Parked, Cancelled or Ported Out. */
  status: Scalars['String']['output'];
  /** The subscriber the number is bound to; null while it is unassigned. */
  subscriber?: Maybe<Subscriber>;
  /** The active subscription billing this number, if any. */
  subscription?: Maybe<BillingSubscription>;
  /** Whether voice calls are enabled. */
  voiceEnabled: Scalars['Boolean']['output'];
  /** Where the number’s inbound calls go. */
  voiceRoute?: Maybe<VoiceRoute>;
  /** Voicemail settings (one upstream read per number). */
  voicemail?: Maybe<Voicemail>;
};

/** A page of phone numbers. */
export type PhoneNumberConnection = {
  __typename?: 'PhoneNumberConnection';
  /** The items of this page. */
  edges: Array<PhoneNumberEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One PhoneNumber in a connection, with its cursor. */
export type PhoneNumberEdge = {
  __typename?: 'PhoneNumberEdge';
  /** Opaque position of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The PhoneNumber. */
  node: PhoneNumber;
};

/** The smallest billable unit (an eSIM, a data bucket, an SMS bundle, a feature); packages bundle products. */
export type Product = Node & {
  __typename?: 'Product';
  /** Whether the product is active. */
  active: Scalars['Boolean']['output'];
  /** MRC (monthly recurring) or NRC (one-time). */
  billingFrequency: Scalars['String']['output'];
  /** Wholesale cost to the distributor, in USD. */
  cost: Scalars['Money']['output'];
  /** What the product is. */
  description: Scalars['String']['output'];
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Stock-keeping code; reports key off it. */
  sku: Scalars['String']['output'];
  /** Finer family. */
  subType?: Maybe<Scalars['String']['output']>;
  /** Product family, e.g. esim, data, sms, VAS. */
  type: Scalars['String']['output'];
};

/** The product a number is provisioned for. */
export type ProductType =
  /** Data only (Data-Only). */
  | 'DATA_ONLY'
  /** Messaging and data (Sms+Data). */
  | 'SMS_DATA'
  /** Messaging, data and voice (Sms+Data+Voice). */
  | 'SMS_DATA_VOICE'
  /** Messaging only (Telegent: Sms-Only). */
  | 'SMS_ONLY';

/** What number to buy and how to set it up (Telegent numbers/provision). */
export type ProvisionNumberInput = {
  /** Account (AID-) to buy for; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Preferred 3-digit area code, searched first. */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** Data capability (IoT); by default it follows the product type. */
  dataEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** ICCID of a physical SIM to activate, or of the eSIM profile to pair. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** Makes retries safe: the same key buys at most one number (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Whether SMS/MMS is enabled. */
  messageEnabled: Scalars['Boolean']['input'];
  /** Message route (MRID-) for inbound messages and receipts; Telegent refuses to provision without one. */
  messageRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** A2P or P2P messaging. */
  messageType: MessageType;
  /** MVNO, IOT or VOIP. IOT numbers are P2P only; VOIP numbers are A2P only. */
  numberType: NumberType;
  /** What the number is sold for. */
  productType: ProductType;
  /** Subscriber (TSUID-) to bind the number to now; otherwise it stays unassigned. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether voice is enabled; then voiceRouteId is required. */
  voiceEnabled: Scalars['Boolean']['input'];
  /** Voice route (CRID-) for inbound calls; required when voiceEnabled. */
  voiceRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** 5-digit US ZIP code, the fallback when the area code has nothing; neither means any number. */
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

/** The result of provisionNumber: the order, and the number and subscriber it touched. */
export type ProvisionNumberPayload = {
  __typename?: 'ProvisionNumberPayload';
  /** The provision order (Complete when the number is active). */
  order: Order;
  /** The number bought, as the inventory shows it now. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** eSIM activation QR code image URL (LPA), when the number is on an eSIM. */
  qrCode?: Maybe<Scalars['String']['output']>;
  /** The subscriber the number was bound to, if any. */
  subscriber?: Maybe<Subscriber>;
};

/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type Query = {
  __typename?: 'Query';
  /** One account by its AID-: one named by a subscriber, or created or updated through the gateway; null otherwise. */
  account?: Maybe<Account>;
  /** The distributor’s accounts. Telegent cannot list accounts, so these are the accounts its subscriber list names: an account without subscribers does not appear here (`account(id)` still finds one created through the gateway). */
  accounts?: Maybe<AccountConnection>;
  /** Numbers that can be provisioned, by area code, then ZIP code, else at random. */
  availableNumbers?: Maybe<AvailableNumbers>;
  /** The distributor’s message routes (every account). */
  messageRoutes?: Maybe<Array<MessageRoute>>;
  /** Messages sent or received by one of your numbers, newest first. */
  messages?: Maybe<MessagePage>;
  /** Any object by its Telegent ID (the prefix names its type); null when it does not exist. */
  node?: Maybe<Node>;
  /** A number order by its ID (JNUOID-…), with its status history; null when unknown. */
  order?: Maybe<Order>;
  /** The distributor’s package catalog. */
  packages?: Maybe<Array<Package>>;
  /** One number of the inventory by its E.164 form, or null when it is not yours. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** The distributor’s product catalog. */
  products?: Maybe<Array<Product>>;
  /** The distributor’s services. */
  services?: Maybe<Array<Service>>;
  /** One subscriber by its TSUID- (legacy SID- accepted), or null. */
  subscriber?: Maybe<Subscriber>;
  /** The add-ons subscriptions can carry, of every account of the distributor. */
  subscriptionFeatures?: Maybe<Array<SubscriptionFeature>>;
  /** The distributor’s voice routes (every account). */
  voiceRoutes?: Maybe<Array<VoiceRoute>>;
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryAccountArgs = {
  id: Scalars['ID']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryAccountsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryAvailableNumbersArgs = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  messageEnabled?: Scalars['Boolean']['input'];
  numberType?: AvailableNumberType;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
  voiceEnabled?: Scalars['Boolean']['input'];
  zipCode?: InputMaybe<Scalars['String']['input']>;
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryMessagesArgs = {
  direction?: InputMaybe<MessageDirection>;
  page?: Scalars['Int']['input'];
  pageSize?: Scalars['Int']['input'];
  phoneNumber: Scalars['String']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QueryPhoneNumberArgs = {
  number: Scalars['String']['input'];
};


/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type QuerySubscriberArgs = {
  id: Scalars['ID']['input'];
};

/** An item to take out of a package (the product itself stays in the catalog). */
export type RemovePackageItemInput = {
  /** The package holding the item (PID-). */
  packageId: Scalars['ID']['input'];
  /** The package item (PIID-), as `Package.items` lists it. */
  packageItemId: Scalars['ID']['input'];
};

/** The result of removePackageItem: the removed item’s ID, and the package without it. */
export type RemovePackageItemPayload = {
  __typename?: 'RemovePackageItemPayload';
  /** The package item removed (PIID-). */
  deletedId: Scalars['ID']['output'];
  /** The package, without the item. */
  package?: Maybe<Package>;
};

/** A chargeable capability priced per distributor or aggregator. Not a Node: its SID- prefix is shared with schedules and legacy subscriber IDs. */
export type Service = {
  __typename?: 'Service';
  /** Whether the service is active. */
  active: Scalars['Boolean']['output'];
  /** MRC (monthly recurring) or NRC (one-time). */
  billingFrequency: Scalars['String']['output'];
  /** Base cost, in USD. */
  cost: Scalars['Money']['output'];
  /** What the service is. */
  description?: Maybe<Scalars['String']['output']>;
  /** The service ID (SID-). */
  id: Scalars['String']['output'];
  /** The service’s price points (pricing tiers per aggregator or distributor). Costs one upstream call per service: avoid it on long lists. */
  items?: Maybe<Array<ServiceItem>>;
  /** Display name. */
  name: Scalars['String']['output'];
};

/** A price point of a service for one scope: an aggregator, a distributor, or neither (the base price). Telegent gives items no ID; the service and scope name one. */
export type ServiceItem = {
  __typename?: 'ServiceItem';
  /** The aggregator this price applies to (AGID-, AGG-…), if scoped to one. */
  aggregatorId?: Maybe<Scalars['String']['output']>;
  /** The distributor this price applies to (DID-), if scoped to one. */
  distributorId?: Maybe<Scalars['String']['output']>;
  /** Whether the price recurs monthly (otherwise it is charged once). */
  monthly: Scalars['Boolean']['output'];
  /** The price, in USD. */
  price: Scalars['Money']['output'];
};

/** A person (or service identity) of an account, holding numbers and subscriptions. */
export type Subscriber = Node & {
  __typename?: 'Subscriber';
  /** The account the subscriber belongs to. */
  account?: Maybe<Account>;
  /** E-mail address, unique across the whole platform. */
  email: Scalars['EmailAddress']['output'];
  /** AI Guardian: feature flags, call and message filters, family relations. */
  guardian: Guardian;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The numbers bound to the subscriber. */
  numbers?: Maybe<Array<PhoneNumber>>;
  /** What the subscriber may do in its account. */
  role: SubscriberRole;
  /** The subscriber’s subscriptions (one per number), active and ended. */
  subscriptions?: Maybe<Array<BillingSubscription>>;
};

/** A page of subscribers. */
export type SubscriberConnection = {
  __typename?: 'SubscriberConnection';
  /** The items of this page. */
  edges: Array<SubscriberEdge>;
  /** Where this page sits in the whole list. */
  pageInfo: PageInfo;
  /** How many items the whole list has. */
  totalCount: Scalars['Int']['output'];
};

/** One Subscriber in a connection, with its cursor. */
export type SubscriberEdge = {
  __typename?: 'SubscriberEdge';
  /** Opaque position of this item; pass it as `after`. */
  cursor: Scalars['String']['output'];
  /** The Subscriber. */
  node: Subscriber;
};

/** What a subscriber may do in its account. */
export type SubscriberRole =
  /** Administers the account: routes, packages, billing. Usually held by the distributor. */
  | 'ACCOUNT_ADMIN'
  /** Steward of the account (by convention one per account): manages subscribers, subscriptions, Guardian and data limits. */
  | 'MANAGER'
  /** End user: holds numbers, subscriptions and Guardian filters; cannot administer the account. */
  | 'SUBSCRIBER';

/** An add-on attached to a subscription: roaming, VoIP, an SMS bundle, a speed tier. */
export type SubscriptionFeature = {
  __typename?: 'SubscriptionFeature';
  /** The account offering the feature; null when every account of the distributor may use it. */
  account?: Maybe<Account>;
  /** Whether the feature is offered. */
  active: Scalars['Boolean']['output'];
  /** What it does. */
  description?: Maybe<Scalars['String']['output']>;
  /** The feature ID (FEID-). */
  id: Scalars['String']['output'];
  /** Display name, e.g. International Roaming. */
  name?: Maybe<Scalars['String']['output']>;
  /** Kind: Data, Voice, SMS, Roaming, VoIP. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Whether a subscription still bills. */
export type SubscriptionStatus =
  /** Billing: the subscriber has the package. */
  | 'ACTIVE'
  /** Ended (deleted subscriptions stay readable, inactive). */
  | 'INACTIVE';

/** A feature assignment to remove; the feature itself stays. */
export type UnassignFeatureInput = {
  /** The assignment (FAID-), as `BillingSubscription.featureAssignments` lists it. */
  featureAssignmentId: Scalars['ID']['input'];
};

/** The result of unassignFeature: the removed assignment’s ID, and the subscription without it. */
export type UnassignFeaturePayload = {
  __typename?: 'UnassignFeaturePayload';
  /** The feature assignment removed (FAID-). */
  deletedId: Scalars['ID']['output'];
  /** The subscription, without the feature. */
  subscription?: Maybe<BillingSubscription>;
};

/** Changes to an account; fields left out stay as they are, a sent address replaces the old one whole. */
export type UpdateAccountInput = {
  /** The account (AID-…). */
  accountId: Scalars['ID']['input'];
  /** New billing address. */
  billingAddress?: InputMaybe<AddressInput>;
  /** New mailing address. */
  mailingAddress?: InputMaybe<AddressInput>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateAccount. */
export type UpdateAccountPayload = {
  __typename?: 'UpdateAccountPayload';
  /** The account as it is now. */
  account: Account;
};

/** Changes to a feature assignment: another feature, or another subscription; fields left out stay as they are. */
export type UpdateFeatureAssignmentInput = {
  /** The assignment (FAID-), as `BillingSubscription.featureAssignments` lists it. */
  featureAssignmentId: Scalars['ID']['input'];
  /** The feature to assign instead (FEID-). */
  featureId?: InputMaybe<Scalars['ID']['input']>;
  /** The subscription to move the assignment to (SUB-). */
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateFeatureAssignment: the assignment, the subscription carrying it now, and the one it left if it moved. */
export type UpdateFeatureAssignmentPayload = {
  __typename?: 'UpdateFeatureAssignmentPayload';
  /** The assignment as it is now. */
  assignment: FeatureAssignment;
  /** The subscription that carried it before, when it moved to another one; null otherwise. */
  previousSubscription?: Maybe<BillingSubscription>;
  /** The subscription carrying the assignment now. */
  subscription?: Maybe<BillingSubscription>;
};

/** Changes to a package; fields left out stay as they are. Subscriptions see the new definition at once. */
export type UpdatePackageInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether the price recurs monthly. */
  monthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The package (PID-). */
  packageId: Scalars['ID']['input'];
  /** New price, in USD (zero or more). */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** A subscriber (TSUID-) to tie the package to. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** New package kind. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updatePackage. */
export type UpdatePackagePayload = {
  __typename?: 'UpdatePackagePayload';
  /** The package as it is now. */
  package: Package;
};

/** Changes to a product; fields left out stay as they are. */
export type UpdateProductInput = {
  /** New billing frequency. */
  billingFrequency?: InputMaybe<BillingFrequency>;
  /** New wholesale cost, in USD (zero or more). */
  cost?: InputMaybe<Scalars['Money']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The product (PRID-). */
  productId: Scalars['ID']['input'];
  /** New stock-keeping code. */
  sku?: InputMaybe<Scalars['String']['input']>;
  /** New finer family. */
  subType?: InputMaybe<Scalars['String']['input']>;
  /** New product family. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateProduct. */
export type UpdateProductPayload = {
  __typename?: 'UpdateProductPayload';
  /** The product as it is now. */
  product: Product;
};

/** Changes to a service; fields left out stay as they are. Packages and subscriptions that include it see the change. */
export type UpdateServiceInput = {
  /** New billing frequency. */
  billingFrequency?: InputMaybe<BillingFrequency>;
  /** New base cost, in USD (zero or more). */
  cost?: InputMaybe<Scalars['Money']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The service (SID-). */
  serviceId: Scalars['ID']['input'];
};

/** A new price for the service item of that scope; fields left out stay as they are. */
export type UpdateServiceItemInput = {
  /** The aggregator the price applies to (AGID-, AGG-…). */
  aggregatorId?: InputMaybe<Scalars['String']['input']>;
  /** The distributor the price applies to (DID-). */
  distributorId?: InputMaybe<Scalars['String']['input']>;
  /** Whether the price recurs monthly. When adding, by default whether the service is MRC; when updating, unchanged by default. */
  monthly?: InputMaybe<Scalars['Boolean']['input']>;
  /** The price, in USD (zero or more). When adding, the service’s cost by default; when updating, unchanged by default. */
  price?: InputMaybe<Scalars['Money']['input']>;
  /** The service (SID-). */
  serviceId: Scalars['ID']['input'];
};

/** The result of updateServiceItem: the price point as it is now, and its service. */
export type UpdateServiceItemPayload = {
  __typename?: 'UpdateServiceItemPayload';
  /** The price point as it is now. */
  item: ServiceItem;
  /** The service, with the price point as it is now. */
  service?: Maybe<Service>;
};

/** The result of updateService. */
export type UpdateServicePayload = {
  __typename?: 'UpdateServicePayload';
  /** The service as it is now. */
  service: Service;
};

/** Changes to a feature; fields left out stay as they are. */
export type UpdateSubscriptionFeatureInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The feature (FEID-). */
  featureId: Scalars['ID']['input'];
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New kind. */
  type?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateSubscriptionFeature. */
export type UpdateSubscriptionFeaturePayload = {
  __typename?: 'UpdateSubscriptionFeaturePayload';
  /** The feature as it is now. */
  feature: SubscriptionFeature;
};

/** Changes to a subscription (swap the package, move it to another number or subscriber); fields left out stay as they are. */
export type UpdateSubscriptionInput = {
  /** ICCID of the SIM from now on. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** The number to bill from now on (NID-), under the same rules as createSubscription. */
  numberId?: InputMaybe<Scalars['ID']['input']>;
  /** The package to bill from now on (PID-). */
  packageId?: InputMaybe<Scalars['ID']['input']>;
  /** The subscriber to bill from now on (TSUID-). */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** The subscription (SUB-); a cancelled one cannot change. */
  subscriptionId: Scalars['ID']['input'];
  /** The kind of number billed; must be the number’s numberType. */
  type?: InputMaybe<NumberType>;
};

/** The result of updateSubscription: the subscription, the subscriber it bills, and the one it left if it moved. */
export type UpdateSubscriptionPayload = {
  __typename?: 'UpdateSubscriptionPayload';
  /** The subscriber it billed before, when it moved to another one; null otherwise. */
  previousSubscriber?: Maybe<Subscriber>;
  /** The subscriber it bills now. */
  subscriber?: Maybe<Subscriber>;
  /** The subscription as it is now. */
  subscription: BillingSubscription;
};

/** Where a number’s inbound calls go: a SIP trunk, a webhook URL or a PSTN forward. */
export type VoiceRoute = Node & {
  __typename?: 'VoiceRoute';
  /** Whether the route carries calls. */
  enabled: Scalars['Boolean']['output'];
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** Trunk, URL or Forward. */
  routeType: Scalars['String']['output'];
  /** The primary SIP trunk (URI or IP) of a Trunk route. */
  trunk?: Maybe<Scalars['String']['output']>;
  /** The webhook of a URL route. */
  voiceUrl?: Maybe<Scalars['String']['output']>;
};

/** Voicemail on a number. Its PIN is never exposed. */
export type Voicemail = {
  __typename?: 'Voicemail';
  /** Where new-message notices are e-mailed. */
  email?: Maybe<Scalars['String']['output']>;
  /** Mailbox owner’s first name. */
  firstName?: Maybe<Scalars['String']['output']>;
  /** Mailbox owner’s last name. */
  lastName?: Maybe<Scalars['String']['output']>;
  /** Active, or Inactive when voicemail was never activated. */
  status: Scalars['String']['output'];
};

/** An account webhook: Telegent POSTs the subscribed events (Order_Update, New_Sms, …) to its URL. Its credentials are never exposed. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Whether deliveries happen. */
  active: Scalars['Boolean']['output'];
  /** None, Basic or Token/Bearer. */
  authenticationType?: Maybe<Scalars['String']['output']>;
  /** json or xml. */
  dataFormat?: Maybe<Scalars['String']['output']>;
  /** The events delivered, e.g. Order_Update, New_Sms. */
  events: Array<Scalars['String']['output']>;
  /** The webhook ID (WID-). */
  id: Scalars['String']['output'];
  /** POST or PUT. */
  method?: Maybe<Scalars['String']['output']>;
  /** Where events are delivered. */
  url?: Maybe<Scalars['String']['output']>;
};

/** A voice call-distribution group (IVR, simultaneous or round-robin ringing). */
export type Workgroup = {
  __typename?: 'Workgroup';
  /** The workgroup ID (WID-). */
  id: Scalars['String']['output'];
  /** Who the group rings (one upstream read per workgroup). */
  members?: Maybe<Array<WorkgroupMember>>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The platform number that reaches the group. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Time zone of its schedule, e.g. America/Denver. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** IVR, simultaneous or round-robin. */
  type: Scalars['String']['output'];
};

/** A member of a workgroup: a user or a nested workgroup. */
export type WorkgroupMember = {
  __typename?: 'WorkgroupMember';
  /** IVR key or ring position. */
  digitOrder?: Maybe<Scalars['Int']['output']>;
  /** The member ID (WAID-). */
  id: Scalars['String']['output'];
  /** The member’s phone number, in E.164. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** User or Workgroup. */
  type: Scalars['String']['output'];
};

export type AccountDataUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type AccountDataUsageQuery = { __typename?: 'Query', account?: { __typename?: 'Account', numbers?: { __typename?: 'PhoneNumberConnection', totalCount: number, edges: Array<{ __typename?: 'PhoneNumberEdge', node: { __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number } | null } } }> } | null } | null };

export type AccountExtrasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  number: Scalars['String']['input'];
}>;


export type AccountExtrasQuery = { __typename?: 'Query', services?: Array<{ __typename?: 'Service', id: string, name: string, cost: string, billingFrequency: string }> | null, account?: { __typename?: 'Account', webhooks?: Array<{ __typename?: 'Webhook', id: string, url?: string | null, method?: string | null, events: Array<string>, active: boolean, authenticationType?: string | null }> | null, workgroups?: Array<{ __typename?: 'Workgroup', id: string, name: string, type: string, timeZone?: string | null, members?: Array<{ __typename?: 'WorkgroupMember', id: string, type: string, digitOrder?: number | null, phoneNumber?: string | null }> | null }> | null } | null, phoneNumber?: { __typename?: 'PhoneNumber', voicemail?: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', features?: Array<{ __typename?: 'SubscriptionFeature', name?: string | null, type?: string | null }> | null } | null } | null };

export type AccountProfileFragment = { __typename?: 'Account', id: string, name?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'CreateAccountPayload', account: { __typename?: 'Account', id: string, name?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'UpdateAccountPayload', account: { __typename?: 'Account', id: string, name?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } } };

export type AccountProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountProfileQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, name?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } | null };

export type AccountRoutesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountRoutesQuery = { __typename?: 'Query', account?: { __typename?: 'Account', messageRoutes?: Array<{ __typename?: 'MessageRoute', name: string }> | null, voiceRoutes?: Array<{ __typename?: 'VoiceRoute', name: string }> | null } | null };

export type AccountScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type AccountScreenQuery = { __typename?: 'Query', account?: { __typename?: 'Account', name?: string | null, subscribers?: { __typename?: 'SubscriberConnection', totalCount: number, edges: Array<{ __typename?: 'SubscriberEdge', node: { __typename?: 'Subscriber', id: string, name: string, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscription?: { __typename?: 'BillingSubscription', id: string, type: string, package?: { __typename?: 'Package', id: string, name: string, price: string } | null } | null }> | null } }> } | null } | null };

export type AccountsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AccountsPageQuery = { __typename?: 'Query', accounts?: { __typename?: 'AccountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges: Array<{ __typename?: 'AccountEdge', cursor: string, node: { __typename?: 'Account', id: string, name?: string | null, subscriptions?: { __typename?: 'BillingSubscriptionConnection', totalCount: number, edges: Array<{ __typename?: 'BillingSubscriptionEdge', node: { __typename?: 'BillingSubscription', id: string, active: boolean } }> } | null } }> } | null };

export type AvailableNumbersQueryVariables = Exact<{
  areaCode?: InputMaybe<Scalars['String']['input']>;
  zipCode?: InputMaybe<Scalars['String']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  numberType?: InputMaybe<AvailableNumberType>;
}>;


export type AvailableNumbersQuery = { __typename?: 'Query', availableNumbers?: { __typename?: 'AvailableNumbers', total: number, page: number, numbers: Array<string>, areas: Array<{ __typename?: 'AvailableArea', areaCode: string, zipCode: string, provider: string }> } | null };

export type CatalogAndRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogAndRoutesQuery = { __typename?: 'Query', packages?: Array<{ __typename?: 'Package', id: string, name: string, price: string, monthly: boolean, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', sku: string, description: string } | null }> | null }> | null, messageRoutes?: Array<{ __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, enabled: boolean }> | null, voiceRoutes?: Array<{ __typename?: 'VoiceRoute', id: string, name: string, routeType: string }> | null };

export type ProductsAndMessagesQueryVariables = Exact<{
  phoneNumber: Scalars['String']['input'];
  direction?: InputMaybe<MessageDirection>;
}>;


export type ProductsAndMessagesQuery = { __typename?: 'Query', products?: Array<{ __typename?: 'Product', id: string, sku: string, cost: string, billingFrequency: string, active: boolean }> | null, messages?: { __typename?: 'MessagePage', totalCount: number, page: number, pageCount: number, items: Array<{ __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: string, kind: MessageKind, sentAt?: string | null }> } | null };

export type CatalogProductFragment = { __typename?: 'Product', id: string, sku: string, description: string, type: string, subType?: string | null, cost: string, billingFrequency: string, active: boolean };

export type CatalogPackageFragment = { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null };

export type CatalogServiceFragment = { __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null };

export type CreateProductMutationVariables = Exact<{
  input: CreateProductInput;
}>;


export type CreateProductMutation = { __typename?: 'Mutation', createProduct: { __typename?: 'CreateProductPayload', product: { __typename?: 'Product', id: string, sku: string, description: string, type: string, subType?: string | null, cost: string, billingFrequency: string, active: boolean } } };

export type UpdateProductMutationVariables = Exact<{
  input: UpdateProductInput;
}>;


export type UpdateProductMutation = { __typename?: 'Mutation', updateProduct: { __typename?: 'UpdateProductPayload', product: { __typename?: 'Product', id: string, sku: string, description: string, type: string, subType?: string | null, cost: string, billingFrequency: string, active: boolean } } };

export type CatalogProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogProductsQuery = { __typename?: 'Query', products?: Array<{ __typename?: 'Product', id: string, sku: string, description: string, type: string, subType?: string | null, cost: string, billingFrequency: string, active: boolean }> | null };

export type CreatePackageMutationVariables = Exact<{
  input: CreatePackageInput;
}>;


export type CreatePackageMutation = { __typename?: 'Mutation', createPackage: { __typename?: 'CreatePackagePayload', package: { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null } } };

export type UpdatePackageMutationVariables = Exact<{
  input: UpdatePackageInput;
}>;


export type UpdatePackageMutation = { __typename?: 'Mutation', updatePackage: { __typename?: 'UpdatePackagePayload', package: { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null } } };

export type AddPackageItemMutationVariables = Exact<{
  input: AddPackageItemInput;
}>;


export type AddPackageItemMutation = { __typename?: 'Mutation', addPackageItem: { __typename?: 'AddPackageItemPayload', item: { __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }, package?: { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null } | null } };

export type RemovePackageItemMutationVariables = Exact<{
  input: RemovePackageItemInput;
}>;


export type RemovePackageItemMutation = { __typename?: 'Mutation', removePackageItem: { __typename?: 'RemovePackageItemPayload', deletedId: string, package?: { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null } | null } };

export type CatalogPackageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CatalogPackageQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'BillingSubscription' } | { __typename?: 'MessageRoute' } | { __typename?: 'Order' } | { __typename?: 'Package', id: string, name: string, description?: string | null, type: string, price: string, monthly: boolean, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', id: string, sku: string } | null }> | null } | { __typename?: 'PhoneNumber' } | { __typename?: 'Product' } | { __typename?: 'Subscriber' } | { __typename?: 'VoiceRoute' } | null };

export type CreateServiceMutationVariables = Exact<{
  input: CreateServiceInput;
}>;


export type CreateServiceMutation = { __typename?: 'Mutation', createService: { __typename?: 'CreateServicePayload', service: { __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null } } };

export type UpdateServiceMutationVariables = Exact<{
  input: UpdateServiceInput;
}>;


export type UpdateServiceMutation = { __typename?: 'Mutation', updateService: { __typename?: 'UpdateServicePayload', service: { __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null } } };

export type AddServiceItemMutationVariables = Exact<{
  input: AddServiceItemInput;
}>;


export type AddServiceItemMutation = { __typename?: 'Mutation', addServiceItem: { __typename?: 'AddServiceItemPayload', item: { __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }, service?: { __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null } | null } };

export type UpdateServiceItemMutationVariables = Exact<{
  input: UpdateServiceItemInput;
}>;


export type UpdateServiceItemMutation = { __typename?: 'Mutation', updateServiceItem: { __typename?: 'UpdateServiceItemPayload', item: { __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }, service?: { __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null } | null } };

export type CatalogServicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogServicesQuery = { __typename?: 'Query', services?: Array<{ __typename?: 'Service', id: string, name: string, description?: string | null, cost: string, billingFrequency: string, active: boolean, items?: Array<{ __typename?: 'ServiceItem', aggregatorId?: string | null, distributorId?: string | null, price: string, monthly: boolean }> | null }> | null };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'Account', id: string, accountName?: string | null } | { __typename: 'BillingSubscription', type: string, id: string } | { __typename: 'MessageRoute', name: string, id: string } | { __typename: 'Order', status: string, id: string } | { __typename: 'Package', name: string, id: string } | { __typename: 'PhoneNumber', number: string, id: string } | { __typename: 'Product', id: string } | { __typename: 'Subscriber', name: string, id: string } | { __typename: 'VoiceRoute', name: string, id: string } | null };

export type NumberDetailsQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type NumberDetailsQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType, messageType?: MessageType | null, status: string, purchasedOn?: string | null, account?: { __typename?: 'Account', name?: string | null } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, subscription?: { __typename?: 'BillingSubscription', id: string, status: SubscriptionStatus, package?: { __typename?: 'Package', name: string } | null } | null, messageRoute?: { __typename?: 'MessageRoute', id: string, name: string, enabled: boolean, authenticationType?: string | null } | null, voiceRoute?: { __typename?: 'VoiceRoute', id: string, name: string, routeType: string, trunk?: string | null } | null, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: string, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: string | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: string, throttled: boolean, limitReached: boolean } | null }, order?: { __typename?: 'Order', id: string, type?: string | null, status: string, orderDate: string } | null } | null };

export type OrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderByIdQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, type?: string | null, status: string, statusMessage?: string | null, numbers: Array<string>, history: Array<{ __typename?: 'OrderStatusChange', status: string, at: string, message?: string | null }> } | null };

export type ProvisionNumberMutationVariables = Exact<{
  input: ProvisionNumberInput;
}>;


export type ProvisionNumberMutation = { __typename?: 'Mutation', provisionNumber: { __typename?: 'ProvisionNumberPayload', qrCode?: string | null, order: { __typename?: 'Order', id: string, type?: string | null, status: string, orderDate: string, numbers: Array<string>, history: Array<{ __typename?: 'OrderStatusChange', status: string }> }, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType, messageType?: MessageType | null, productType?: ProductType | null, voiceEnabled: boolean, status: string, account?: { __typename?: 'Account', name?: string | null } | null, subscriber?: { __typename?: 'Subscriber', id: string } | null } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null } };

export type RelationsQueryVariables = Exact<{
  subscriberId: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
}>;


export type RelationsQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string } | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, subscription?: { __typename?: 'BillingSubscription', id: string } | null } | null, package?: { __typename?: 'Package', id: string, name: string } | null }> | null } | null, account?: { __typename?: 'Account', admin?: { __typename?: 'Subscriber', name: string, email: string, role: SubscriberRole } | null, packages?: Array<{ __typename?: 'Package', id: string, name: string }> | null, products?: Array<{ __typename?: 'Product', id: string, sku: string }> | null } | null };

export type SubscriberByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberByIdQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null };

export type SubscriberGuardianQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberGuardianQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', name: string, role: SubscriberRole, account?: { __typename?: 'Account', name?: string | null } | null, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string, phone: string, mode: string, allowedNumbers: Array<string>, blockedNumbers: Array<string> }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string, phone: string, mode: string, level?: string | null, blockLinks: boolean }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', name: string } | null, child?: { __typename?: 'Subscriber', name: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', name: string } | null }> | null, relations?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', name: string } | null, child?: { __typename?: 'Subscriber', name: string } | null }> | null, callFilter?: { __typename?: 'CallFilter', id: string, mode: string } | null, messageFilter?: { __typename?: 'MessageFilter', id: string, mode: string } | null } } | null };

export type BilledSubscriptionFragment = { __typename?: 'BillingSubscription', id: string, type: string, numberType?: NumberType | null, active: boolean, status: SubscriptionStatus, iccid?: string | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType } | null, package?: { __typename?: 'Package', id: string, name: string } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null };

export type OfferedFeatureFragment = { __typename?: 'SubscriptionFeature', id: string, name?: string | null, type?: string | null, description?: string | null, active: boolean, account?: { __typename?: 'Account', id: string, name?: string | null } | null };

export type AttachedFeatureFragment = { __typename?: 'FeatureAssignment', id: string, active: boolean, feature?: { __typename?: 'SubscriptionFeature', id: string, name?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', id: string } | null };

export type CreateSubscriptionMutationVariables = Exact<{
  input: CreateSubscriptionInput;
}>;


export type CreateSubscriptionMutation = { __typename?: 'Mutation', createSubscription: { __typename?: 'CreateSubscriptionPayload', subscription: { __typename?: 'BillingSubscription', id: string, type: string, numberType?: NumberType | null, active: boolean, status: SubscriptionStatus, iccid?: string | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType } | null, package?: { __typename?: 'Package', id: string, name: string } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null }, subscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean }> | null } | null } };

export type UpdateSubscriptionMutationVariables = Exact<{
  input: UpdateSubscriptionInput;
}>;


export type UpdateSubscriptionMutation = { __typename?: 'Mutation', updateSubscription: { __typename?: 'UpdateSubscriptionPayload', subscription: { __typename?: 'BillingSubscription', id: string, type: string, numberType?: NumberType | null, active: boolean, status: SubscriptionStatus, iccid?: string | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType } | null, package?: { __typename?: 'Package', id: string, name: string } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null }, subscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean }> | null } | null, previousSubscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean }> | null } | null } };

export type CancelSubscriptionMutationVariables = Exact<{
  input: CancelSubscriptionInput;
}>;


export type CancelSubscriptionMutation = { __typename?: 'Mutation', cancelSubscription: { __typename?: 'CancelSubscriptionPayload', subscription?: { __typename?: 'BillingSubscription', id: string, type: string, numberType?: NumberType | null, active: boolean, status: SubscriptionStatus, iccid?: string | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType } | null, package?: { __typename?: 'Package', id: string, name: string } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null } | null, subscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean }> | null } | null } };

export type BilledSubscriptionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BilledSubscriptionQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'BillingSubscription', id: string, type: string, numberType?: NumberType | null, active: boolean, status: SubscriptionStatus, iccid?: string | null, features?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null }> | null, featureAssignments?: Array<{ __typename?: 'FeatureAssignment', id: string, active: boolean, feature?: { __typename?: 'SubscriptionFeature', id: string, name?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', id: string } | null }> | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType } | null, package?: { __typename?: 'Package', id: string, name: string } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null } | { __typename?: 'MessageRoute' } | { __typename?: 'Order' } | { __typename?: 'Package' } | { __typename?: 'PhoneNumber' } | { __typename?: 'Product' } | { __typename?: 'Subscriber' } | { __typename?: 'VoiceRoute' } | null };

export type CreateSubscriptionFeatureMutationVariables = Exact<{
  input: CreateSubscriptionFeatureInput;
}>;


export type CreateSubscriptionFeatureMutation = { __typename?: 'Mutation', createSubscriptionFeature: { __typename?: 'CreateSubscriptionFeaturePayload', feature: { __typename?: 'SubscriptionFeature', id: string, name?: string | null, type?: string | null, description?: string | null, active: boolean, account?: { __typename?: 'Account', id: string, name?: string | null } | null } } };

export type UpdateSubscriptionFeatureMutationVariables = Exact<{
  input: UpdateSubscriptionFeatureInput;
}>;


export type UpdateSubscriptionFeatureMutation = { __typename?: 'Mutation', updateSubscriptionFeature: { __typename?: 'UpdateSubscriptionFeaturePayload', feature: { __typename?: 'SubscriptionFeature', id: string, name?: string | null, type?: string | null, description?: string | null, active: boolean, account?: { __typename?: 'Account', id: string, name?: string | null } | null } } };

export type SubscriptionFeaturesQueryVariables = Exact<{ [key: string]: never; }>;


export type SubscriptionFeaturesQuery = { __typename?: 'Query', subscriptionFeatures?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null, type?: string | null, description?: string | null, active: boolean, account?: { __typename?: 'Account', id: string, name?: string | null } | null }> | null };

export type AssignFeatureMutationVariables = Exact<{
  input: AssignFeatureInput;
}>;


export type AssignFeatureMutation = { __typename?: 'Mutation', assignFeature: { __typename?: 'AssignFeaturePayload', assignment: { __typename?: 'FeatureAssignment', id: string, active: boolean, feature?: { __typename?: 'SubscriptionFeature', id: string, name?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', id: string } | null }, subscription?: { __typename?: 'BillingSubscription', id: string, features?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null }> | null, featureAssignments?: Array<{ __typename?: 'FeatureAssignment', id: string }> | null } | null } };

export type UpdateFeatureAssignmentMutationVariables = Exact<{
  input: UpdateFeatureAssignmentInput;
}>;


export type UpdateFeatureAssignmentMutation = { __typename?: 'Mutation', updateFeatureAssignment: { __typename?: 'UpdateFeatureAssignmentPayload', assignment: { __typename?: 'FeatureAssignment', id: string, active: boolean, feature?: { __typename?: 'SubscriptionFeature', id: string, name?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', id: string } | null }, subscription?: { __typename?: 'BillingSubscription', id: string, features?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null }> | null, featureAssignments?: Array<{ __typename?: 'FeatureAssignment', id: string }> | null } | null, previousSubscription?: { __typename?: 'BillingSubscription', id: string, features?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null }> | null, featureAssignments?: Array<{ __typename?: 'FeatureAssignment', id: string }> | null } | null } };

export type UnassignFeatureMutationVariables = Exact<{
  input: UnassignFeatureInput;
}>;


export type UnassignFeatureMutation = { __typename?: 'Mutation', unassignFeature: { __typename?: 'UnassignFeaturePayload', deletedId: string, subscription?: { __typename?: 'BillingSubscription', id: string, features?: Array<{ __typename?: 'SubscriptionFeature', id: string, name?: string | null }> | null, featureAssignments?: Array<{ __typename?: 'FeatureAssignment', id: string }> | null } | null } };

export const AccountProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AccountProfileFragment, unknown>;
export const CatalogProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CatalogProductFragment, unknown>;
export const CatalogPackageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPackageFragment, unknown>;
export const CatalogServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<CatalogServiceFragment, unknown>;
export const BilledSubscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BilledSubscriptionFragment, unknown>;
export const OfferedFeatureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfferedFeatureFragment, unknown>;
export const AttachedFeatureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachedFeatureFragment, unknown>;
export const AccountDataUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDataUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountDataUsageQuery, AccountDataUsageQueryVariables>;
export const AccountExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountExtrasQuery, AccountExtrasQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const AccountProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AccountProfileQuery, AccountProfileQueryVariables>;
export const AccountRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRoutesQuery, AccountRoutesQueryVariables>;
export const AccountScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountScreenQuery, AccountScreenQueryVariables>;
export const AccountsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsPageQuery, AccountsPageQueryVariables>;
export const AvailableNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numberType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AvailableNumberType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"zipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"numberType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numberType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}}]}}]} as unknown as DocumentNode<AvailableNumbersQuery, AvailableNumbersQueryVariables>;
export const CatalogAndRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogAndRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}}]}}]}}]} as unknown as DocumentNode<CatalogAndRoutesQuery, CatalogAndRoutesQueryVariables>;
export const ProductsAndMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProductsAndMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MessageDirection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"pageCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}}]}}]}}]}}]} as unknown as DocumentNode<ProductsAndMessagesQuery, ProductsAndMessagesQueryVariables>;
export const CreateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogProduct"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateProductMutation, CreateProductMutationVariables>;
export const UpdateProductDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProduct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProductInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProduct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogProduct"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UpdateProductMutation, UpdateProductMutationVariables>;
export const CatalogProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogProducts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogProduct"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CatalogProductsQuery, CatalogProductsQueryVariables>;
export const CreatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPackage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CreatePackageMutation, CreatePackageMutationVariables>;
export const UpdatePackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePackageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePackage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPackage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePackageMutation, UpdatePackageMutationVariables>;
export const AddPackageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddPackageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddPackageItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addPackageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPackage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<AddPackageItemMutation, AddPackageItemMutationVariables>;
export const RemovePackageItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePackageItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemovePackageItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePackageItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPackage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<RemovePackageItemMutation, RemovePackageItemMutationVariables>;
export const CatalogPackageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogPackage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogPackage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPackageQuery, CatalogPackageQueryVariables>;
export const CreateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogService"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<CreateServiceMutation, CreateServiceMutationVariables>;
export const UpdateServiceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateService"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateService"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogService"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceMutation, UpdateServiceMutationVariables>;
export const AddServiceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServiceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogService"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<AddServiceItemMutation, AddServiceItemMutationVariables>;
export const UpdateServiceItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateServiceItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateServiceItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateServiceItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}},{"kind":"Field","name":{"kind":"Name","value":"service"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogService"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<UpdateServiceItemMutation, UpdateServiceItemMutationVariables>;
export const CatalogServicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatalogServices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CatalogService"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<CatalogServicesQuery, CatalogServicesQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"accountName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NumberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}}]}}]}}]}}]} as unknown as DocumentNode<NumberDetailsQuery, NumberDetailsQueryVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const ProvisionNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvisionNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"voiceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionNumberMutation, ProvisionNumberMutationVariables>;
export const RelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<RelationsQuery, RelationsQueryVariables>;
export const SubscriberByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriberByIdQuery, SubscriberByIdQueryVariables>;
export const SubscriberGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriberGuardianQuery, SubscriberGuardianQueryVariables>;
export const CreateSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BilledSubscription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSubscriptionMutation, CreateSubscriptionMutationVariables>;
export const UpdateSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BilledSubscription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousSubscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSubscriptionMutation, UpdateSubscriptionMutationVariables>;
export const CancelSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelSubscriptionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelSubscription"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BilledSubscription"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CancelSubscriptionMutation, CancelSubscriptionMutationVariables>;
export const BilledSubscriptionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BilledSubscription"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BilledSubscription"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachedFeature"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<BilledSubscriptionQuery, BilledSubscriptionQueryVariables>;
export const CreateSubscriptionFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubscriptionFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubscriptionFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubscriptionFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferedFeature"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateSubscriptionFeatureMutation, CreateSubscriptionFeatureMutationVariables>;
export const UpdateSubscriptionFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubscriptionFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubscriptionFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubscriptionFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferedFeature"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateSubscriptionFeatureMutation, UpdateSubscriptionFeatureMutationVariables>;
export const SubscriptionFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriptionFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriptionFeatures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OfferedFeature"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriptionFeaturesQuery, SubscriptionFeaturesQueryVariables>;
export const AssignFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachedFeature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignFeatureMutation, AssignFeatureMutationVariables>;
export const UpdateFeatureAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFeatureAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFeatureAssignmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFeatureAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttachedFeature"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousSubscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateFeatureAssignmentMutation, UpdateFeatureAssignmentMutationVariables>;
export const UnassignFeatureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignFeature"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignFeatureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignFeature"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featureAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnassignFeatureMutation, UnassignFeatureMutationVariables>;