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
  /** A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234. Any number of a possible length for its country is taken (Telegent’s examples such as +15555551234 too). */
  E164: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A SIM card or eSIM profile serial: 19 or 20 digits starting with 89, optionally ending in F. */
  ICCID: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** A local time string (i.e., with no associated timezone) in 24-hr `HH:mm[:ss[.SSS]]` format, e.g. `14:25` or `14:25:06` or `14:25:06.123`. */
  LocalTime: { input: string; output: string; }
  /** An amount in US dollars as a decimal string ("19.99", "0.0045"): exact, unlike a float. */
  Money: { input: string; output: string; }
};

/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account) and through the accounts created or updated through the gateway. */
export type Account = Node & {
  __typename?: 'Account';
  /** The account’s Manager: Telegent’s AccountAdmin is the Manager’s e-mail, and one Manager per account is the convention. The first subscriber with the MANAGER role; null when the account has none (`adminEmail` is known before). */
  admin?: Maybe<Subscriber>;
  /** E-mail of the account’s Manager (Telegent’s AccountAdmin), where billing and system notices go. Telegent takes it at account creation but never returns it, so the gateway remembers what createAccount sent (updateAccount cannot change it); null for an account not created through the gateway. See `admin` for the Manager subscriber. */
  adminEmail?: Maybe<Scalars['String']['output']>;
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
  /** The account’s webhooks (operators only). */
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

/** Turns voicemail on for a number (Telegent numbers/voicemail/activate). */
export type ActivateVoicemailInput = {
  /** Where new-message notices are e-mailed. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Mailbox owner’s first name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** Mailbox owner’s last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** An Active, voice-enabled number of the inventory, in E.164. */
  number: Scalars['String']['input'];
  /** PIN for retrieving messages: 4 to 10 digits. Write-only: never shown, logged or kept by the gateway. */
  pin: Scalars['String']['input'];
};

/** The result of activateVoicemail: the mailbox as Telegent answered, and its number. */
export type ActivateVoicemailPayload = {
  __typename?: 'ActivateVoicemailPayload';
  /** The number, as the inventory shows it now. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** The voicemail now active (its PIN is never shown). */
  voicemail: Voicemail;
};

/** Numbers to put on one list of a call filter; numbers already on it are kept once. */
export type AddCallFilterNumbersInput = {
  /** The filter (CFID-…). */
  filterId: Scalars['ID']['input'];
  /** The allowed or the blocked list. */
  list: FilterList;
  /** The numbers (E.164), at least one. */
  numbers: Array<Scalars['String']['input']>;
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of addCallFilterNumbers. */
export type AddCallFilterNumbersPayload = {
  __typename?: 'AddCallFilterNumbersPayload';
  /** The filter as it is now, both lists included. */
  callFilter?: Maybe<CallFilter>;
};

/** Contacts to put on one list of a message filter; contacts already on it are kept once. */
export type AddMessageFilterContactsInput = {
  /** The contacts (E.164), at least one. */
  contacts: Array<Scalars['String']['input']>;
  /** The filter (MFID-…). */
  filterId: Scalars['ID']['input'];
  /** The allowed or the blocked list. */
  list: FilterList;
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of addMessageFilterContacts. */
export type AddMessageFilterContactsPayload = {
  __typename?: 'AddMessageFilterContactsPayload';
  /** The filter as it is now, both lists included. */
  messageFilter?: Maybe<MessageFilter>;
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

/** A new member of a workgroup: a user (a subscriber or a phone number) or a nested workgroup. */
export type AddWorkgroupMemberInput = {
  /** IVR key or ring position (0–99). */
  digitOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Tell the member of missed calls and messages by e-mail. */
  emailNotification?: InputMaybe<Scalars['Boolean']['input']>;
  /** WORKGROUP only: the nested workgroup (WID-), not the group itself. */
  memberWorkgroupId?: InputMaybe<Scalars['ID']['input']>;
  /** The member’s phone number, in E.164 (a USER needs it or a userId). */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Tell the member of missed calls and messages by SMS. */
  smsNotification?: InputMaybe<Scalars['Boolean']['input']>;
  /** USER (needs userId or phoneNumber) or WORKGROUP (needs memberWorkgroupId). */
  type: WorkgroupMemberType;
  /** USER only: the subscriber (TSUID-) who answers. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** The workgroup (WID-…) to add to. */
  workgroupId: Scalars['ID']['input'];
};

/** The result of addWorkgroupMember. */
export type AddWorkgroupMemberPayload = {
  __typename?: 'AddWorkgroupMemberPayload';
  /** The new member. */
  member: WorkgroupMember;
  /** The workgroup, its members now including the new one. */
  workgroup?: Maybe<Workgroup>;
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

/** An API key a partner authenticates with (`Authorization: Bearer tgk_…`), in place of an access token: its reach and scopes, and its life. The key itself is shown once, by createApiKey; the gateway keeps only a keyed hash of it. */
export type ApiKey = {
  __typename?: 'ApiKey';
  /** The accounts (AID-…) the key reaches, and nothing else of the distributor. */
  accountIds: Array<Scalars['ID']['output']>;
  /** When the key was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Who created it: the principal ID of the operator (`jwt:<sub>`). */
  createdBy: Scalars['String']['output'];
  /** When the key stops working; null: it does not expire. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** The key’s ID (APIKEY-…), as revokeApiKey takes it; the caller’s principal is `key:<id>` in logs. */
  id: Scalars['ID']['output'];
  /** When the key was last used, to about a minute (each instance records a key’s use at most once a minute); null: never used. */
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  /** What the key is for, as its creator named it (a partner, an integration). */
  name: Scalars['String']['output'];
  /** The start of the key (`tgk_<16 hex digits>`): not secret, it tells which key a client or a log line holds. */
  prefix: Scalars['String']['output'];
  /** When the key was revoked; null while it is not. Revoked keys stay listed. */
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The role of the key’s principal: always `partner`. */
  role: Scalars['String']['output'];
  /** What the key may do within its accounts (`read`, `numbers:provision`, …: README “Authentication and access”). */
  scopes: Array<Scalars['String']['output']>;
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

/** Numbers to bind to a subscriber, keeping those it has. */
export type AssignNumbersInput = {
  /** Numbers of the subscriber’s account (E.164), each free and in service; numbers it holds already are kept as they are. */
  numbers: Array<Scalars['String']['input']>;
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of assignNumbers: the subscriber and the numbers named. */
export type AssignNumbersPayload = {
  __typename?: 'AssignNumbersPayload';
  /** The numbers named in the input (once each), as they are now. */
  numbers: Array<PhoneNumber>;
  /** The subscriber, with its whole set of numbers. */
  subscriber: Subscriber;
};

/** How Telegent authenticates to your endpoint. */
export type AuthenticationType =
  /** HTTP Basic with a username and a password. */
  | 'BASIC'
  /** An `Authorization: Bearer` token. */
  | 'BEARER'
  /** No credentials. */
  | 'NONE';

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
  /** Numbers always let through (the only ones that ring in WHITELIST mode). */
  allowedNumbers: Array<Scalars['E164']['output']>;
  /** Whether calls the subscriber receives are filtered. */
  applyToInbound: Scalars['Boolean']['output'];
  /** Whether calls the subscriber places are filtered. */
  applyToOutbound: Scalars['Boolean']['output'];
  /** Whether international calls are blocked. */
  blockInternational: Scalars['Boolean']['output'];
  /** Whether calls from unknown numbers are blocked. */
  blockUnknownNumbers: Scalars['Boolean']['output'];
  /** Numbers rejected. */
  blockedNumbers: Array<Scalars['E164']['output']>;
  /** Whether calls are transcribed and checked for keywords. */
  enableTranscription: Scalars['Boolean']['output'];
  /** The filter ID (CFID-). */
  id: Scalars['String']['output'];
  /** The keywords transcription listens for; null when none are set. */
  keywordFilter?: Maybe<KeywordFilter>;
  /** WHITELIST, BLACKLIST, or the age preset it was created with. */
  mode: CallFilterMode;
  /** Numbers alerted by SMS when the filter acts. */
  notificationPhones: Array<Scalars['E164']['output']>;
  /** The number it guards. */
  phone: Scalars['E164']['output'];
  /** Whether flagged calls are recorded. */
  recordFlaggedCalls: Scalars['Boolean']['output'];
  /** When calls are restricted, as set (Telegent does not document the shape). */
  timeRestrictions?: Maybe<Scalars['JSON']['output']>;
  /** What happens when a keyword is heard. */
  transcriptionAction: TranscriptionAction;
  /** What the caller hears with the WARNING action. */
  warningMessage?: Maybe<Scalars['String']['output']>;
};

/** How a call filter decides who may ring. The age presets can only be chosen when the filter is created. */
export type CallFilterMode =
  /** Age preset (moderate); needs a guardian relation in which the subscriber is the child. Create only. */
  | 'ADOLESCENT'
  /** Blocked numbers are rejected; every other number rings. */
  | 'BLACKLIST'
  /** Age preset (strictest); needs a guardian relation in which the subscriber is the child. Create only. */
  | 'CHILD'
  /** Age preset (lightest); needs a guardian relation in which the subscriber is the child. Create only. */
  | 'TEENAGER'
  /** Only allowed numbers ring. */
  | 'WHITELIST';

/** How Telegent authenticates when it calls your endpoint. Credentials are write-only: they are sent to Telegent and never returned. On an update it replaces the stored setting whole, so send every credential the type needs. */
export type CallbackAuthenticationInput = {
  /** BASIC only: the password. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** BEARER only: the token Telegent sends as `Authorization: Bearer`. */
  token?: InputMaybe<Scalars['String']['input']>;
  /** NONE, BASIC (username and password) or BEARER (token). */
  type: AuthenticationType;
  /** BASIC only: the username. */
  username?: InputMaybe<Scalars['String']['input']>;
};

/** How Telegent calls a route’s URL. */
export type CallbackMethod =
  /** The event’s fields as query parameters. */
  | 'GET'
  /** The event as a JSON body. */
  | 'POST';

/** The port-in to cancel (Telegent numbers/portin/cancel). Cancelling is final. */
export type CancelPortInInput = {
  /** The port-in order (JNUOID-…). */
  orderId: Scalars['ID']['input'];
};

/** The result of cancelPortIn. */
export type CancelPortInPayload = {
  __typename?: 'CancelPortInPayload';
  /** The port-in order, now Cancelled (final). */
  order: Order;
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

/** The billing address on the losing carrier’s account; it must match the carrier’s records exactly. */
export type CarrierAddressInput = {
  /** City. */
  city: Scalars['String']['input'];
  /** Two-letter state code, e.g. UT. */
  state: Scalars['String']['input'];
  /** First street line. */
  street1: Scalars['String']['input'];
  /** Second street line (suite, apartment). */
  street2?: InputMaybe<Scalars['String']['input']>;
  /** 5-digit ZIP code. */
  zip: Scalars['String']['input'];
};

/** A lifecycle change for a batch of numbers of one account (Telegent numbers/status). */
export type ChangeNumberStatusInput = {
  /** SWAP and REPLACE: preferred 3-digit area code of the new numbers. */
  areaCode?: InputMaybe<Scalars['String']['input']>;
  /** What to do. */
  change: NumberStatusChange;
  /** When it takes effect (YYYY-MM-DD); today when left out. A later day leaves the order Pending until then. */
  effectiveDate?: InputMaybe<Scalars['String']['input']>;
  /** Makes retries safe: the same key changes the numbers at most once (the Idempotency-Key header works too). Swaps, parks and cancels cost fees. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The numbers, each once; all of one account. The change applies to all or none. */
  numbers: Array<NumberStatusTarget>;
  /** SWAP and REPLACE: 5-digit ZIP code, the fallback when the area code has nothing. */
  zipCode?: InputMaybe<Scalars['String']['input']>;
};

/** The result of changeNumberStatus and reactivateNumbers: one order for the whole batch. */
export type ChangeNumberStatusPayload = {
  __typename?: 'ChangeNumberStatusPayload';
  /** The change made; null for a reactivation. */
  change?: Maybe<NumberStatusChange>;
  /** The day the change takes effect. */
  effectiveDate?: Maybe<Scalars['LocalDate']['output']>;
  /** The order: Complete when it took effect at once, Pending until a later effective date. */
  order: Order;
  /** Per number: the new number, fee and activation code, as they apply. */
  results: Array<NumberStatusChangeResult>;
};

/** A number to check for port-in (Telegent numbers/portin/eligibility). */
export type CheckPortInEligibilityInput = {
  /** The number to bring in, in E.164. */
  number: Scalars['String']['input'];
  /** What it would become on the platform: MVNO or IOT (Telegent ports into mobile lines only). */
  targetClassification: NumberType;
};

/** Whether a number can be ported in as asked. Checking changes nothing and costs nothing. */
export type CheckPortInEligibilityPayload = {
  __typename?: 'CheckPortInEligibilityPayload';
  /** Whether a port-in can be submitted. If not, do not submit: it would be refused. */
  eligible: Scalars['Boolean']['output'];
  /** The number checked. */
  number: Scalars['E164']['output'];
  /** Telegent’s explanation, e.g. why not, or that a wireline number needs a portInDate. */
  reason?: Maybe<Scalars['String']['output']>;
  /** The classification asked for (MVNO or IOT). */
  targetClassification: NumberType;
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

/** A new API key for a partner: its name, the accounts it reaches, what it may do there, and optionally when it expires. */
export type CreateApiKeyInput = {
  /** The accounts (AID-…) the key reaches: 1 to 100, each once. Nothing else of the distributor is visible to it. */
  accountIds: Array<Scalars['ID']['input']>;
  /** When the key stops working (in the future); left out: it works until revoked. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the key is for (the partner, the integration): 1 to 100 characters, shown by apiKeys. */
  name: Scalars['String']['input'];
  /** What the key may do within its accounts, each once: read, numbers:provision, numbers:write, porting:write, subscribers:write, messages:send, guardian:write, routes:write (a partner holds no catalog:write or admin). */
  scopes: Array<Scalars['String']['input']>;
};

/** The result of createApiKey: the key’s description, and the key itself, shown this once. */
export type CreateApiKeyPayload = {
  __typename?: 'CreateApiKeyPayload';
  /** The new key, as apiKeys lists it. */
  apiKey: ApiKey;
  /** The key to send as `Authorization: Bearer <key>`: `tgk_<16 hex digits>_<64 hex digits>`. Shown here only, once: the gateway keeps a keyed hash of it and cannot show it again (revoke the key and create another if it is lost). */
  key: Scalars['String']['output'];
};

/** A call filter for one of the subscriber’s numbers (one per number). The subscriber needs Guardian for calls on. */
export type CreateCallFilterInput = {
  /** Numbers (E.164) always let through; in WHITELIST mode the only ones that ring. */
  allowedNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Filter calls the subscriber receives. Default true. */
  applyToInbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Filter calls the subscriber places. Default false. */
  applyToOutbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block international calls. Default false. */
  blockInternational?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block calls from unknown numbers. Default false. */
  blockUnknownNumbers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numbers (E.164) rejected. */
  blockedNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Transcribe calls and check them for keywords. Default false. */
  enableTranscription?: InputMaybe<Scalars['Boolean']['input']>;
  /** The keywords transcription listens for; with empty lists, none. */
  keywordFilter?: InputMaybe<KeywordFilterInput>;
  /** How the filter decides; an age preset needs a guardian relation in which the subscriber is the child. */
  mode: CallFilterMode;
  /** Numbers (E.164) alerted by SMS when the filter acts. */
  notificationPhones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The subscriber’s number to guard (E.164). */
  phone: Scalars['String']['input'];
  /** Record flagged calls. Default false. */
  recordFlaggedCalls?: InputMaybe<Scalars['Boolean']['input']>;
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
  /** When calls are restricted: any JSON, passed to Telegent as is (it does not document the shape). */
  timeRestrictions?: InputMaybe<Scalars['JSON']['input']>;
  /** What happens when a keyword is heard. Default NOTIFY. */
  transcriptionAction?: InputMaybe<TranscriptionAction>;
  /** What the caller hears with the WARNING action; "" removes it. */
  warningMessage?: InputMaybe<Scalars['String']['input']>;
};

/** The result of createCallFilter. */
export type CreateCallFilterPayload = {
  __typename?: 'CreateCallFilterPayload';
  /** The new filter. */
  callFilter: CallFilter;
  /** The subscriber, whose Guardian now lists the filter. */
  subscriber?: Maybe<Subscriber>;
};

/** A new distributor (Telegent distributor/create, an aggregator-level operation). */
export type CreateDistributorInput = {
  /** Billing address. */
  billingAddress?: InputMaybe<AddressInput>;
  /** Mailing address. */
  mailingAddress?: InputMaybe<AddressInput>;
  /** Display name. */
  name: Scalars['String']['input'];
};

/** The result of createDistributor: the distributor, and its credentials, shown this once. */
export type CreateDistributorPayload = {
  __typename?: 'CreateDistributorPayload';
  /** Its API credentials. Shown only here: the gateway keeps no copy and Telegent cannot show them again. */
  credentials: DistributorCredentials;
  /** The new distributor (no accounts yet). */
  distributor: Distributor;
};

/** A new message route whose inbound messages (and receipts) go to this gateway, for messageReceived and messageStatusChanged. */
export type CreateGatewayMessageRouteInput = {
  /** Account (AID-) that owns the route; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** BASIC or BEARER (NONE is refused): the gateway generates the credentials, gives them to Telegent in the route, and never shows them. */
  authenticationType?: AuthenticationType;
  /** Whether the route delivers (Telegent’s default: true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** How Telegent calls both receivers: POST (a JSON body) or GET (query parameters, no media URLs). */
  method?: CallbackMethod;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Also send delivery receipts (CallbackMessageUrl) to the gateway, for messageStatusChanged. */
  receipts?: Scalars['Boolean']['input'];
};

/** The result of createGatewayMessageRoute. */
export type CreateGatewayMessageRoutePayload = {
  __typename?: 'CreateGatewayMessageRoutePayload';
  /** The account that owns the route; its messageRoutes include it. */
  account?: Maybe<Account>;
  /** The new route; its URLs are the gateway’s receivers. */
  messageRoute: MessageRoute;
};

/** A message filter for one of the subscriber’s numbers (one per number). The subscriber needs Guardian for messages on. */
export type CreateMessageFilterInput = {
  /** Senders (E.164) that bypass every check. */
  allowedContacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Filter messages the subscriber receives. Default true. */
  applyToInbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Filter messages the subscriber sends. Default false. */
  applyToOutbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block messages with links. Default false. */
  blockLinks?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block media (MMS). Default false. */
  blockMedia?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block messages from unknown numbers. Default false. */
  blockUnknownNumbers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Senders (E.164) whose messages are dropped silently. */
  blockedContacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The keywords messages are checked for; with empty lists, none. */
  keywordFilter?: InputMaybe<KeywordFilterInput>;
  /** An age level on top of the lists; ACTIVE filters only. */
  level?: InputMaybe<MessageFilterLevel>;
  /** Enforce, only watch, or paused. */
  mode: MessageFilterMode;
  /** Numbers (E.164) alerted by SMS when the filter acts. */
  notificationPhones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The subscriber’s number to guard (E.164). */
  phone: Scalars['String']['input'];
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of createMessageFilter. */
export type CreateMessageFilterPayload = {
  __typename?: 'CreateMessageFilterPayload';
  /** The new filter. */
  messageFilter: MessageFilter;
  /** The subscriber, whose Guardian now lists the filter. */
  subscriber?: Maybe<Subscriber>;
};

/** A new message route: where Telegent delivers inbound messages and receipts of the numbers put on it. */
export type CreateMessageRouteInput = {
  /** Account (AID-) that owns the route; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** How Telegent authenticates to messageUrl; none when left out on create. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** How Telegent authenticates to callbackUrl. */
  callbackAuthentication?: InputMaybe<CallbackAuthenticationInput>;
  /** Receives delivery receipts and status callbacks (http or https). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for callbackUrl (Telegent uses POST when left out). */
  callbackUrlMethod?: InputMaybe<CallbackMethod>;
  /** Whether the route delivers (Telegent’s default: true). Create it disabled to test first. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Skip AI Guardian for inbound traffic on this route. */
  inboundGuardianBypass?: InputMaybe<Scalars['Boolean']['input']>;
  /** Turn Guardian/AI routing on for the route. */
  intelligentRoutingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Receives every inbound SMS/MMS of the route’s numbers (http or https; https recommended). */
  messageUrl: Scalars['String']['input'];
  /** HTTP method for messageUrl. */
  messageUrlMethod?: CallbackMethod;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Skip AI Guardian for outbound traffic on this route. */
  outboundGuardianBypass?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of createMessageRoute. */
export type CreateMessageRoutePayload = {
  __typename?: 'CreateMessageRoutePayload';
  /** The account that owns the route; its messageRoutes include it. */
  account?: Maybe<Account>;
  /** The new route. */
  messageRoute: MessageRoute;
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

/** A new business-hours schedule for workgroups. */
export type CreateScheduleInput = {
  /** Account (AID-) that owns the schedule; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** The open days, each at most once; a day left out is closed. */
  weeklyHours: Array<OpeningHoursInput>;
};

/** The result of createSchedule. */
export type CreateSchedulePayload = {
  __typename?: 'CreateSchedulePayload';
  /** The account that owns the schedule. */
  account?: Maybe<Account>;
  /** The schedule as Telegent answered it (it cannot be read back later). */
  schedule: Schedule;
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

/** A new subscriber of an account (Telegent subscribers/create). */
export type CreateSubscriberInput = {
  /** The account (AID-…) the subscriber joins. */
  accountId: Scalars['ID']['input'];
  /** E-mail address: unique across the whole platform (EMAIL_TAKEN otherwise), and cannot change later. */
  email: Scalars['String']['input'];
  /** Makes retries safe: the same key creates at most one subscriber (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Numbers of the account (E.164) to bind to the subscriber now; each must be free and in service. Empty strings mean no number: [""], as Telegent’s guide writes it, is []. */
  numbers?: Array<Scalars['String']['input']>;
  /** Login password, 8 to 128 characters. Write-only: Telegent never returns it, and the gateway neither logs nor keeps it in any form. */
  password: Scalars['String']['input'];
  /** What the subscriber may do in the account. */
  role?: SubscriberRole;
};

/** The result of createSubscriber. */
export type CreateSubscriberPayload = {
  __typename?: 'CreateSubscriberPayload';
  /** The new subscriber (its account and numbers read as they are now). */
  subscriber: Subscriber;
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

/** A new voice route: where the inbound calls of the numbers put on it go. */
export type CreateVoiceRouteInput = {
  /** Account (AID-) that owns the route; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** How Telegent authenticates to voiceUrl. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** Stream calls to wssUri. */
  callStreamingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Receives call-status events (http or https). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for callbackUrl. */
  callbackUrlMethod?: InputMaybe<CallbackMethod>;
  /** Look up caller names (CNAM). */
  cnamLookup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the route carries calls (Telegent’s default: true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The failover SIP trunk. */
  failoverTrunk?: InputMaybe<SipTrunkInput>;
  /** Where a FORWARD route sends calls, in E.164. */
  forwardNumber?: InputMaybe<Scalars['String']['input']>;
  /** SIP header manipulation profile, e.g. HMI8802029. */
  headerManipulation?: InputMaybe<Scalars['String']['input']>;
  /** Turn Guardian/AI routing on for the route. */
  intelligentRoutingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** IPv4 addresses allowed to send trunk traffic; replaces the list. */
  ipWhitelist?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** The primary SIP trunk; a TRUNK route needs one with an ip or a uri. */
  primaryTrunk?: InputMaybe<SipTrunkInput>;
  /** Allow transfers to the PSTN. */
  pstnTransferEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** TRUNK (needs primaryTrunk), URL (needs voiceUrl) or FORWARD (needs forwardNumber). */
  routeType: VoiceRouteType;
  /** Secure the trunk (Telegent’s EnableTrpSecureTrunk). */
  secureTrunkEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Accept SIP REFER (transfers by the far end). */
  sipReferEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Use symmetric RTP. */
  symmetricRtp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Termination URI subdomain, e.g. client. */
  terminationUriSubdomain?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID shown on transfers, e.g. Transferee/Transferor. */
  transferCallerId?: InputMaybe<Scalars['String']['input']>;
  /** The webhook that drives calls of a URL route (http or https). */
  voiceUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for voiceUrl. */
  voiceUrlMethod?: InputMaybe<CallbackMethod>;
  /** WebSocket target for call streaming (ws or wss), e.g. wss://192.67.88.2. */
  wssUri?: InputMaybe<Scalars['String']['input']>;
};

/** The result of createVoiceRoute. */
export type CreateVoiceRoutePayload = {
  __typename?: 'CreateVoiceRoutePayload';
  /** The account that owns the route; its voiceRoutes include it. */
  account?: Maybe<Account>;
  /** The new route. */
  voiceRoute: VoiceRoute;
};

/** A new account webhook: Telegent delivers the chosen events to an https URL. */
export type CreateWebhookInput = {
  /** Account (AID-) whose events are delivered; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** How Telegent authenticates to the URL; none when left out. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** Body format of deliveries. */
  dataFormat?: WebhookDataFormat;
  /** The events to deliver (at least one). */
  events: Array<WebhookEvent>;
  /** HTTP method of deliveries. */
  method?: WebhookMethod;
  /** Where events are delivered: an https URL of at most 255 characters. */
  url: Scalars['String']['input'];
};

/** The result of createWebhook. */
export type CreateWebhookPayload = {
  __typename?: 'CreateWebhookPayload';
  /** The account whose events it delivers; its webhooks include it. */
  account?: Maybe<Account>;
  /** The new webhook. */
  webhook: Webhook;
};

/** A new workgroup: how calls to one number are spread over people and nested groups. */
export type CreateWorkgroupInput = {
  /** Account (AID-) that owns the group; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** Turn AI recording on. */
  aiRecording?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether members hear which workgroup a call came through (Telegent’s AnnounceWorkgroupCaller). */
  announceWorkgroupCaller?: InputMaybe<Scalars['String']['input']>;
  /** Uploaded audio file played to callers. */
  announcementFileId?: InputMaybe<Scalars['String']['input']>;
  /** Text read to callers (text to speech). */
  announcementText?: InputMaybe<Scalars['String']['input']>;
  /** Audio played to callers (http or https URL). */
  announcementUrl?: InputMaybe<Scalars['String']['input']>;
  /** Order in which members are called. */
  callOrder?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID name shown to members. */
  callerIdName?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID option. */
  callerIdOption?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID type shown to members. */
  callerIdType?: InputMaybe<Scalars['String']['input']>;
  /** Hold music. */
  holdMusicId?: InputMaybe<Scalars['String']['input']>;
  /** Opening hours as free text (Telegent’s Hours). */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** Internal extension of the group. */
  internalExtension?: InputMaybe<Scalars['String']['input']>;
  /** Workgroup messaging setting (Telegent’s WorkgroupMessaging). */
  messaging?: InputMaybe<Scalars['String']['input']>;
  /** The number workgroup messages are answered from. */
  messagingRespondingFrom?: InputMaybe<Scalars['String']['input']>;
  /** Who handles workgroup messages. */
  messagingUser?: InputMaybe<Scalars['String']['input']>;
  /** Display name. */
  name: Scalars['String']['input'];
  /** Where calls go outside its hours. */
  offHours?: InputMaybe<WorkgroupForwardingInput>;
  /** Where calls go during its hours. */
  onHours?: InputMaybe<WorkgroupForwardingInput>;
  /** The platform number (E.164) that reaches the group; one of the distributor’s numbers. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Record calls. */
  recordCalls?: InputMaybe<Scalars['Boolean']['input']>;
  /** The schedule (SID-) of its hours, from createSchedule. */
  scheduleId?: InputMaybe<Scalars['ID']['input']>;
  /** IANA time zone of its hours, e.g. America/New_York. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Toll-free number of the group, in E.164. */
  tollFreeNumber?: InputMaybe<Scalars['String']['input']>;
  /** Transcribe recordings. */
  transcribeRecordings?: InputMaybe<Scalars['Boolean']['input']>;
  /** How calls are distributed. */
  type: WorkgroupType;
  /** Wait between ringing members. */
  waitBetween?: InputMaybe<Scalars['String']['input']>;
};

/** The result of createWorkgroup. */
export type CreateWorkgroupPayload = {
  __typename?: 'CreateWorkgroupPayload';
  /** The account that owns the workgroup; its workgroups include it. */
  account?: Maybe<Account>;
  /** The new workgroup. */
  workgroup: Workgroup;
};

/** The unit of data thresholds and usage. */
export type DataUnit =
  /** Gigabytes. */
  | 'GB'
  /** Kilobytes. */
  | 'KB'
  /** Megabytes (Telegent’s current docs use MB only). */
  | 'MB'
  /** Terabytes. */
  | 'TB';

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
  unit: DataUnit;
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
  /** Speed once throttled; null when no throttle is set. */
  throttleSpeed?: Maybe<ThrottleSpeed>;
  /** Unit of every value. */
  unit: DataUnit;
};

/** The call filter to delete, with its lists and keywords. */
export type DeleteCallFilterInput = {
  /** The filter (CFID-…). */
  filterId: Scalars['ID']['input'];
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of deleteCallFilter. */
export type DeleteCallFilterPayload = {
  __typename?: 'DeleteCallFilterPayload';
  /** The ID of the filter deleted (CFID-…). */
  deletedId: Scalars['ID']['output'];
  /** The subscriber the filter belonged to. */
  subscriber?: Maybe<Subscriber>;
};

/** The message filter to delete, with its lists and keywords. */
export type DeleteMessageFilterInput = {
  /** The filter (MFID-…). */
  filterId: Scalars['ID']['input'];
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of deleteMessageFilter. */
export type DeleteMessageFilterPayload = {
  __typename?: 'DeleteMessageFilterPayload';
  /** The ID of the filter deleted (MFID-…). */
  deletedId: Scalars['ID']['output'];
  /** The subscriber the filter belonged to. */
  subscriber?: Maybe<Subscriber>;
};

/** The message route to delete; Telegent refuses while numbers use it (ROUTE_IN_USE). */
export type DeleteMessageRouteInput = {
  /** The route (MRID-…). */
  messageRouteId: Scalars['ID']['input'];
};

/** The result of deleteMessageRoute. */
export type DeleteMessageRoutePayload = {
  __typename?: 'DeleteMessageRoutePayload';
  /** The account the route belonged to; its messageRoutes no longer include it. */
  account?: Maybe<Account>;
  /** The ID of the deleted route. */
  deletedId: Scalars['ID']['output'];
};

/** The voice route to delete; Telegent refuses while numbers use it (ROUTE_IN_USE). */
export type DeleteVoiceRouteInput = {
  /** The route (CRID-…). */
  voiceRouteId: Scalars['ID']['input'];
};

/** The result of deleteVoiceRoute. */
export type DeleteVoiceRoutePayload = {
  __typename?: 'DeleteVoiceRoutePayload';
  /** The account the route belonged to; its voiceRoutes no longer include it. */
  account?: Maybe<Account>;
  /** The ID of the deleted route. */
  deletedId: Scalars['ID']['output'];
};

/** The webhook to delete; its deliveries stop. */
export type DeleteWebhookInput = {
  /** The webhook (WID-…). */
  webhookId: Scalars['ID']['input'];
};

/** The result of deleteWebhook. */
export type DeleteWebhookPayload = {
  __typename?: 'DeleteWebhookPayload';
  /** The account it belonged to; its webhooks no longer include it. */
  account?: Maybe<Account>;
  /** The ID of the deleted webhook. */
  deletedId: Scalars['ID']['output'];
};

/** A delivery receipt: Telegent’s word on where a message a platform number sent now stands (one per recipient). */
export type DeliveryReceipt = {
  __typename?: 'DeliveryReceipt';
  /** When the status was reached (Telegent’s time; when it gives none, when the gateway heard of it). */
  at: Scalars['DateTime']['output'];
  /** Telegent’s error code when the message failed (e.g. 30003, unreachable handset). */
  errorCode?: Maybe<Scalars['Int']['output']>;
  /** Telegent’s explanation when the message failed. */
  errorMessage?: Maybe<Scalars['String']['output']>;
  /** The platform number that sent it. */
  from: Scalars['E164']['output'];
  /** The message (TMID-…), one per recipient, as in sendMessage’s messages. */
  messageId: Scalars['String']['output'];
  /** Where the message stands now. */
  status: DeliveryStatus;
  /** Telegent’s own word for the status (`Delivered`, …), also for one `status` reads as OTHER. */
  statusText: Scalars['String']['output'];
  /** The recipient. */
  to: Scalars['E164']['output'];
};

/** Where an outbound message stands. */
export type DeliveryStatus =
  /** The carrier confirmed delivery to the handset. */
  | 'DELIVERED'
  /** Could not be sent (errorCode and errorMessage say why). */
  | 'FAILED'
  /** A status this gateway does not know yet: statusText has Telegent’s word. */
  | 'OTHER'
  /** Accepted by Telegent, not yet handed to the carrier. */
  | 'QUEUED'
  /** Handed to the carrier. */
  | 'SENT'
  /** Sent, but the carrier could not deliver it (errorCode and errorMessage say why). */
  | 'UNDELIVERED';

/** A distributor: the tenant above accounts, whose credentials call the API. Telegent has no endpoint that reads distributors, so the graph shows one only in the answers of createDistributor and updateDistributor. */
export type Distributor = {
  __typename?: 'Distributor';
  /** The AccountKey its API tokens are minted with (the distributor ID itself). */
  accountKey: Scalars['ID']['output'];
  /** Billing address; null when none is recorded. */
  billingAddress?: Maybe<Address>;
  /** The distributor ID (DID-…). */
  id: Scalars['ID']['output'];
  /** Mailing address; null when none is recorded. */
  mailingAddress?: Maybe<Address>;
  /** Display name. */
  name?: Maybe<Scalars['String']['output']>;
  /** How many accounts it holds now. */
  totalAccounts: Scalars['Int']['output'];
};

/** API credentials of a new distributor, shown once. The gateway does not keep or log them, and Telegent can neither show the secret again nor rotate it: store it in a secret manager at once, and do not let a client cache keep it. */
export type DistributorCredentials = {
  __typename?: 'DistributorCredentials';
  /** AccountKey for POST /v1.0/oauth2/tokens (the distributor ID). */
  accountKey: Scalars['ID']['output'];
  /** AccountSecret for POST /v1.0/oauth2/tokens, in clear. Only this answer ever shows it. */
  accountSecret: Scalars['String']['output'];
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

/** One of the two lists of a Guardian filter. */
export type FilterList =
  /** Numbers or contacts always let through (for calls, the only ones that ring in WHITELIST mode). */
  | 'ALLOWED'
  /** Numbers or contacts rejected or dropped silently. */
  | 'BLOCKED';

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
  /** Call filtering (allow/block lists) is on; call filters act only while it is. */
  calls: Scalars['Boolean']['output'];
  /** Message filtering (allow/block lists, filter levels) is on; message filters act only while it is. */
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

/** The words a Guardian filter listens for (Telegent’s KeywordFilter document). */
export type KeywordFilter = {
  __typename?: 'KeywordFilter';
  /** Keywords chosen for this filter. */
  customKeywords: Array<Scalars['String']['output']>;
  /** Severity per term. */
  severities: Array<KeywordSeverityEntry>;
  /** System keyword categories and their words. */
  systemKeywords: Array<SystemKeywordCategory>;
};

/** The words a filter listens for; sent to Telegent as its KeywordFilter document. Empty lists everywhere means no keywords. */
export type KeywordFilterInput = {
  /** Keywords of your own. */
  customKeywords?: Array<Scalars['String']['input']>;
  /** Severity per term, each term named once. */
  severities?: Array<KeywordSeverityEntryInput>;
  /** System keyword categories, each named once. */
  systemKeywords?: Array<SystemKeywordCategoryInput>;
};

/** How serious a filtered keyword is. */
export type KeywordSeverity =
  /** High severity. */
  | 'HIGH'
  /** Low severity. */
  | 'LOW'
  /** Medium severity. */
  | 'MEDIUM';

/** The severity given to one term. */
export type KeywordSeverityEntry = {
  __typename?: 'KeywordSeverityEntry';
  /** Its severity. */
  severity: KeywordSeverity;
  /** The term, as written in the severity map. */
  term: Scalars['String']['output'];
};

/** The severity of one term. */
export type KeywordSeverityEntryInput = {
  /** Its severity. */
  severity: KeywordSeverity;
  /** The term. */
  term: Scalars['String']['input'];
};

/** A parent → child guardian link. Both subscribers need Guardian on (calls or messages). */
export type LinkGuardianInput = {
  /** The subscriber under guard (TSUID-…); the link unlocks age presets on its call filters. */
  childSubscriberId: Scalars['ID']['input'];
  /** The guardian (TSUID-…): gets filter notifications and may manage the child’s filters. */
  parentSubscriberId: Scalars['ID']['input'];
  /** What the parent is to the child, free text: Parent, Guardian, Caregiver… */
  relation: Scalars['String']['input'];
};

/** The result of linkGuardian. */
export type LinkGuardianPayload = {
  __typename?: 'LinkGuardianPayload';
  /** The new relation, with its parent and child. */
  relation: GuardianRelation;
};

/** Media sent inline with an MMS, base64-encoded (keep the whole message under about 5 MB). */
export type MediaAttachmentInput = {
  /** The file, base64-encoded. */
  base64: Scalars['String']['input'];
  /** Its MIME type, e.g. image/jpeg or audio/wav. */
  mimeType: Scalars['String']['input'];
};

/** One SMS or MMS to or from a platform number (one per recipient). */
export type Message = {
  __typename?: 'Message';
  /** Text of the message. */
  body: Scalars['String']['output'];
  /** The campaign it was sent for (free-form tracking ID, e.g. JCID-…). */
  campaignId?: Maybe<Scalars['String']['output']>;
  /** What the message cost, in USD. */
  cost?: Maybe<Scalars['Money']['output']>;
  /** Inbound or outbound. */
  direction: MessageDirection;
  /** Sender. */
  from: Scalars['E164']['output'];
  /** The message ID (TMID-). */
  id: Scalars['String']['output'];
  /** SMS or MMS. */
  kind: MessageKind;
  /** URLs of its media (MMS sent by URL); empty for SMS. */
  mediaUrls: Array<Scalars['String']['output']>;
  /** When the message was created. */
  sentAt?: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands: QUEUED, SENT, DELIVERED, FAILED or UNDELIVERED (outbound), RECEIVED (inbound); OTHER for a status Telegent added since this gateway was built. */
  status: MessageStatus;
  /** The status as Telegent words it (Queued, Delivered, Received…): what an OTHER status is. */
  statusText: Scalars['String']['output'];
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
  /** Whether messages the subscriber receives are filtered. */
  applyToInbound: Scalars['Boolean']['output'];
  /** Whether messages the subscriber sends are filtered. */
  applyToOutbound: Scalars['Boolean']['output'];
  /** Whether messages with links are blocked. */
  blockLinks: Scalars['Boolean']['output'];
  /** Whether media (MMS) is blocked. */
  blockMedia: Scalars['Boolean']['output'];
  /** Whether messages from unknown numbers are blocked. */
  blockUnknownNumbers: Scalars['Boolean']['output'];
  /** Senders dropped silently. */
  blockedContacts: Array<Scalars['E164']['output']>;
  /** The filter ID (MFID-). */
  id: Scalars['String']['output'];
  /** The keywords messages are checked for; null when none are set. */
  keywordFilter?: Maybe<KeywordFilter>;
  /** Age level on top of the lists (ACTIVE filters only); null when none. */
  level?: Maybe<MessageFilterLevel>;
  /** ACTIVE (enforce), MONITOR_ONLY (log and notify) or INACTIVE. */
  mode: MessageFilterMode;
  /** Numbers alerted by SMS when the filter acts. */
  notificationPhones: Array<Scalars['E164']['output']>;
  /** The number it guards. */
  phone: Scalars['E164']['output'];
};

/** An age level applied on top of the allow and block lists of an ACTIVE message filter. */
export type MessageFilterLevel =
  /** Moderate. */
  | 'ADOLESCENT'
  /** Strictest. */
  | 'CHILD'
  /** Lightest. */
  | 'TEENAGER';

/** Whether a message filter enforces, only watches, or is paused. */
export type MessageFilterMode =
  /** Enforce: violating messages are blocked. */
  | 'ACTIVE'
  /** Paused: nothing is checked. */
  | 'INACTIVE'
  /** Log and notify, but still deliver. */
  | 'MONITOR_ONLY';

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
  /** How Telegent authenticates to MessageUrl. */
  authenticationType?: Maybe<AuthenticationType>;
  /** How Telegent authenticates to the callback URL. */
  callbackAuthenticationType?: Maybe<AuthenticationType>;
  /** Receives delivery receipts and status callbacks. */
  callbackUrl?: Maybe<Scalars['String']['output']>;
  /** HTTP method used for the callback URL. */
  callbackUrlMethod?: Maybe<CallbackMethod>;
  /** Whether the route delivers. */
  enabled: Scalars['Boolean']['output'];
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Whether AI Guardian is skipped for inbound traffic on this route (null when Telegent does not say). */
  inboundGuardianBypass?: Maybe<Scalars['Boolean']['output']>;
  /** Whether Guardian/AI routing is on for the route (null when Telegent does not say). */
  intelligentRoutingEnabled?: Maybe<Scalars['Boolean']['output']>;
  /** Receives every inbound SMS/MMS for the numbers on this route. */
  messageUrl: Scalars['String']['output'];
  /** HTTP method used for MessageUrl. */
  messageUrlMethod: CallbackMethod;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Whether AI Guardian is skipped for outbound traffic on this route (null when Telegent does not say). */
  outboundGuardianBypass?: Maybe<Scalars['Boolean']['output']>;
};

/** Where a message stands. */
export type MessageStatus =
  /** Outbound: the carrier confirmed delivery to the handset. */
  | 'DELIVERED'
  /** Outbound: could not be sent. */
  | 'FAILED'
  /** A status this gateway does not know yet: statusText has Telegent’s word. */
  | 'OTHER'
  /** Outbound: accepted by Telegent, not yet handed to the carrier (every send starts here). */
  | 'QUEUED'
  /** Inbound: received by the platform number. */
  | 'RECEIVED'
  /** Outbound: handed to the carrier. */
  | 'SENT'
  /** Outbound: sent, but the carrier could not deliver it. */
  | 'UNDELIVERED';

/** The messaging class of a number. */
export type MessageType =
  /** Application-to-person. */
  | 'A2P'
  /** Person-to-person. */
  | 'P2P';

/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Turns voicemail on for an Active, voice-enabled number: unanswered calls go to the mailbox, notices are e-mailed, and the PIN retrieves messages. VOICEMAIL_ALREADY_ACTIVE when it is on already (use updateVoicemail). */
  activateVoicemail: ActivateVoicemailPayload;
  /** Puts numbers on the allowed or the blocked list of a call filter. */
  addCallFilterNumbers: AddCallFilterNumbersPayload;
  /** Puts contacts on the allowed or the blocked list of a message filter; the change acts on the next message. */
  addMessageFilterContacts: AddMessageFilterContactsPayload;
  /** Adds a product to a package, at its price in the package. */
  addPackageItem: AddPackageItemPayload;
  /** Adds a price point to a service for an aggregator, a distributor, or as its base price. */
  addServiceItem: AddServiceItemPayload;
  /** Adds a user or a nested workgroup to a workgroup. */
  addWorkgroupMember: AddWorkgroupMemberPayload;
  /** Attaches a feature to a subscription (once per subscription). */
  assignFeature: AssignFeaturePayload;
  /** Binds numbers of its account to a subscriber, keeping the ones it has (reads its set, then writes it back; no write when nothing changes). */
  assignNumbers: AssignNumbersPayload;
  /** Cancels an open port-in, for good (to try again: check eligibility and submit anew). ORDER_CLOSED once final. */
  cancelPortIn: CancelPortInPayload;
  /** Ends a subscription: its charges stop; it stays readable, inactive, and the subscriber and number stay. */
  cancelSubscription: CancelSubscriptionPayload;
  /** Activates, parks, cancels, swaps or replaces numbers, or moves them to new SIMs: one order for the batch, all or none. Fees apply to parks and cancels; an idempotency key makes a retry safe. */
  changeNumberStatus: ChangeNumberStatusPayload;
  /** Step 1 of a port-in: whether the number can be ported into the classification. Changes nothing; run it before collecting the subscriber’s carrier details. */
  checkPortInEligibility: CheckPortInEligibilityPayload;
  /** Creates an account (a family or business) under the distributor. Idempotent with a key. */
  createAccount: CreateAccountPayload;
  /** Creates an API key for a partner and returns it, this once (only a keyed hash of it is kept). Operators only. */
  createApiKey: CreateApiKeyPayload;
  /** Creates the call filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (calls flag off), GUARDIAN_RELATION_REQUIRED (age preset without a guardian) or FILTER_EXISTS (the number has one). */
  createCallFilter: CreateCallFilterPayload;
  /** Creates a distributor (a new tenant, with its own API credentials). Its secret is in `credentials`, shown this once. No idempotency key: after UPSTREAM_OUTCOME_UNKNOWN the secret is lost either way, so create another. */
  createDistributor: CreateDistributorPayload;
  /** Creates a message route that delivers to this gateway: put numbers on it (updateNumber) and subscribe to messageReceived and messageStatusChanged. The gateway makes the credentials and never shows them. PUBLIC_URL_NOT_CONFIGURED when the gateway has no public URL Telegent could call. */
  createGatewayMessageRoute: CreateGatewayMessageRoutePayload;
  /** Creates the message filter of one of the subscriber’s numbers. Fails with GUARDIAN_NOT_ENABLED (messages flag off) or FILTER_EXISTS (the number has one). */
  createMessageFilter: CreateMessageFilterPayload;
  /** Creates a message route: where Telegent delivers inbound messages and receipts. Every number needs one before it is provisioned. */
  createMessageRoute: CreateMessageRoutePayload;
  /** Creates a package (a bundle of products at one price), with its items if given. */
  createPackage: CreatePackagePayload;
  /** Adds a product (a billable unit with a wholesale cost) to the distributor’s catalog. */
  createProduct: CreateProductPayload;
  /** Creates a business-hours schedule for workgroups (scheduleId). Telegent cannot read schedules back: keep the answer. */
  createSchedule: CreateSchedulePayload;
  /** Creates a service: a chargeable capability, priced through its items. */
  createService: CreateServicePayload;
  /** Creates a subscriber in an account, optionally binding numbers to it. EMAIL_TAKEN when the e-mail is registered anywhere on the platform. Idempotent with a key; after UPSTREAM_OUTCOME_UNKNOWN a retry finds the subscriber by e-mail. */
  createSubscriber: CreateSubscriberPayload;
  /** Starts a subscription: the subscriber pays for the package, usually on one number (it starts recurring charges). With an idempotency key a retry never subscribes twice; after UPSTREAM_OUTCOME_UNKNOWN it finds the subscription on the number. */
  createSubscription: CreateSubscriptionPayload;
  /** Creates an add-on that subscriptions can carry (roaming, VoIP, an SMS bundle…). */
  createSubscriptionFeature: CreateSubscriptionFeaturePayload;
  /** Creates a voice route: a SIP trunk, a webhook URL or a PSTN forward for inbound calls. */
  createVoiceRoute: CreateVoiceRoutePayload;
  /** Subscribes an https URL to account events (order updates, inbound SMS, receipts, calls). */
  createWebhook: CreateWebhookPayload;
  /** Creates a call-distribution workgroup (IVR, simultaneous or round-robin). */
  createWorkgroup: CreateWorkgroupPayload;
  /** Deletes a call filter for good, with its lists and keywords. */
  deleteCallFilter: DeleteCallFilterPayload;
  /** Deletes a message filter for good, with its lists and keywords. */
  deleteMessageFilter: DeleteMessageFilterPayload;
  /** Deletes a message route for good. Refused with ROUTE_IN_USE (extensions.numbers) while numbers use it. */
  deleteMessageRoute: DeleteMessageRoutePayload;
  /** Deletes a voice route for good. Refused with ROUTE_IN_USE (extensions.numbers) while numbers use it. */
  deleteVoiceRoute: DeleteVoiceRoutePayload;
  /** Deletes a webhook; its deliveries stop. */
  deleteWebhook: DeleteWebhookPayload;
  /** Links a guardian to a child. Fails with GUARDIAN_NOT_ENABLED when either has Guardian off, GUARDIAN_RELATION_EXISTS when they are already linked. */
  linkGuardian: LinkGuardianPayload;
  /** Points an existing message route’s inbound messages and receipts at this gateway, with new credentials (the gateway’s earlier ones for the route stop working); every number on the route follows at once. PUBLIC_URL_NOT_CONFIGURED when the gateway has no public URL Telegent could call. */
  pointMessageRouteAtGateway: PointMessageRouteAtGatewayPayload;
  /** Buys and activates one number (it costs money). With an idempotency key a retry never buys twice: it returns the first result, waits for it while it runs, or, after UPSTREAM_OUTCOME_UNKNOWN, finds the number that was bought. */
  provisionNumber: ProvisionNumberPayload;
  /** Brings cancelled numbers back, if the cancellation was recent and the numbers have not returned to the pool. */
  reactivateNumbers: ChangeNumberStatusPayload;
  /** Takes numbers off the allowed or the blocked list of a call filter; every one must be on it, or nothing changes. */
  removeCallFilterNumbers: RemoveCallFilterNumbersPayload;
  /** Takes contacts off the allowed or the blocked list of a message filter; every one must be on it, or nothing changes. */
  removeMessageFilterContacts: RemoveMessageFilterContactsPayload;
  /** Takes an item out of a package; the product stays in the catalog. */
  removePackageItem: RemovePackageItemPayload;
  /** Removes a member from its workgroup (NOT_FOUND, and nothing removed, when it is not in the workgroup named). */
  removeWorkgroupMember: RemoveWorkgroupMemberPayload;
  /** Issues the port-out PIN a gaining carrier needs to take an Active number (carriers must release numbers on request; keep service on until the port completes). With an idempotency key a retry never requests twice. */
  requestPortOut: RequestPortOutPayload;
  /** Revokes an API key: it stops working on this instance at once and on every other within 5 seconds (open WebSockets included). Operators only. */
  revokeApiKey: RevokeApiKeyPayload;
  /** Sends an SMS (or an MMS, with media) from a platform number to one or more recipients; it costs money. With an idempotency key a retry never sends twice: it returns the first result, waits for it while it runs, or, after UPSTREAM_OUTCOME_UNKNOWN, finds the send in the number’s messages. A number that cannot send is SENDER_CANNOT_MESSAGE. */
  sendMessage: SendMessagePayload;
  /** Sets notify, throttle and limit thresholds on a batch of data-enabled numbers (notifyAt < throttleAt < limit). Telegent may report a failure per number inside a success: check `results`. */
  setDataUsageLimits: SetDataUsageLimitsPayload;
  /** Sets when the data usage of a batch of data-enabled numbers starts over (monthly or weekly, per-number anchor day), optionally zeroing it now. Check `results` for per-number failures. */
  setDataUsageRenewal: SetDataUsageRenewalPayload;
  /** Turns AI Guardian for calls and/or messages on or off. Filters stay when it is turned off, but act only while it is on. */
  setGuardianFeatures: SetGuardianFeaturesPayload;
  /** Step 2: submits the port-in (a fee applies; completion takes days). PORT_IN_NOT_ELIGIBLE when the number cannot be ported; with an idempotency key a retry never submits twice. */
  submitPortIn: SubmitPortInPayload;
  /** Moves a subscriber to another account of the distributor. Its numbers (with their data limits, voicemail and messages), subscriptions and Guardian filters go with it; orders stay with the old account. */
  transferSubscriber: TransferSubscriberPayload;
  /** Detaches a feature from a subscription; the feature itself stays. */
  unassignFeature: UnassignFeaturePayload;
  /** Unbinds numbers from a subscriber; they stay in the account, unassigned (reads its set, then writes it back; no write when nothing changes). */
  unassignNumbers: UnassignNumbersPayload;
  /** Removes a guardian link. Filters stay, including age presets created while it existed. */
  unlinkGuardian: UnlinkGuardianPayload;
  /** Renames an account or replaces its addresses. */
  updateAccount: UpdateAccountPayload;
  /** Changes a call filter’s settings; what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS. */
  updateCallFilter: UpdateCallFilterPayload;
  /** Renames a distributor or replaces its addresses. */
  updateDistributor: UpdateDistributorPayload;
  /** Swaps the feature of an assignment, or moves it to another subscription. */
  updateFeatureAssignment: UpdateFeatureAssignmentPayload;
  /** Changes a message filter’s settings (mode INACTIVE pauses it); what is left out stays. Moving it to a number that has one fails with FILTER_EXISTS. */
  updateMessageFilter: UpdateMessageFilterPayload;
  /** Changes a message route; every number on it follows at once. */
  updateMessageRoute: UpdateMessageRoutePayload;
  /** Changes one number’s configuration: routes, messaging and voice, classification, subscriber, SIM, caller-ID name. */
  updateNumber: UpdateNumberPayload;
  /** Changes a package’s definition; its subscriptions see the change at once. */
  updatePackage: UpdatePackagePayload;
  /** Corrects an open port-in without resubmitting (e.g. after the losing carrier flagged a mismatch). ORDER_CLOSED once final. */
  updatePortIn: UpdatePortInPayload;
  /** Changes a product’s code, description, family, cost or billing frequency. */
  updateProduct: UpdateProductPayload;
  /** Changes a service’s name, description, cost or billing frequency. */
  updateService: UpdateServicePayload;
  /** Changes the price of a service’s price point for one scope (the service and the scope name it). */
  updateServiceItem: UpdateServiceItemPayload;
  /** Changes a subscriber’s name, role, password or whole set of numbers. */
  updateSubscriber: UpdateSubscriberPayload;
  /** Swaps a subscription’s package, number, SIM or subscriber. */
  updateSubscription: UpdateSubscriptionPayload;
  /** Renames or redescribes a feature. */
  updateSubscriptionFeature: UpdateSubscriptionFeaturePayload;
  /** Changes a voice route; every number on it follows at once. */
  updateVoiceRoute: UpdateVoiceRoutePayload;
  /** Changes a number’s voicemail PIN, e-mail or owner name. VOICEMAIL_NOT_ACTIVE when it was never activated. */
  updateVoicemail: UpdateVoicemailPayload;
  /** Changes a webhook’s URL, events, format or authentication. */
  updateWebhook: UpdateWebhookPayload;
  /** Changes a workgroup’s settings. */
  updateWorkgroup: UpdateWorkgroupPayload;
  /** Changes a workgroup member, or moves it to another workgroup. */
  updateWorkgroupMember: UpdateWorkgroupMemberPayload;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationActivateVoicemailArgs = {
  input: ActivateVoicemailInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAddCallFilterNumbersArgs = {
  input: AddCallFilterNumbersInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAddMessageFilterContactsArgs = {
  input: AddMessageFilterContactsInput;
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
export type MutationAddWorkgroupMemberArgs = {
  input: AddWorkgroupMemberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAssignFeatureArgs = {
  input: AssignFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationAssignNumbersArgs = {
  input: AssignNumbersInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCancelPortInArgs = {
  input: CancelPortInInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCancelSubscriptionArgs = {
  input: CancelSubscriptionInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationChangeNumberStatusArgs = {
  input: ChangeNumberStatusInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCheckPortInEligibilityArgs = {
  input: CheckPortInEligibilityInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateAccountArgs = {
  input: CreateAccountInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateApiKeyArgs = {
  input: CreateApiKeyInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateCallFilterArgs = {
  input: CreateCallFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateDistributorArgs = {
  input: CreateDistributorInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateGatewayMessageRouteArgs = {
  input: CreateGatewayMessageRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateMessageFilterArgs = {
  input: CreateMessageFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateMessageRouteArgs = {
  input: CreateMessageRouteInput;
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
export type MutationCreateScheduleArgs = {
  input: CreateScheduleInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateServiceArgs = {
  input: CreateServiceInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateSubscriberArgs = {
  input: CreateSubscriberInput;
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
export type MutationCreateVoiceRouteArgs = {
  input: CreateVoiceRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateWebhookArgs = {
  input: CreateWebhookInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationCreateWorkgroupArgs = {
  input: CreateWorkgroupInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationDeleteCallFilterArgs = {
  input: DeleteCallFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationDeleteMessageFilterArgs = {
  input: DeleteMessageFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationDeleteMessageRouteArgs = {
  input: DeleteMessageRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationDeleteVoiceRouteArgs = {
  input: DeleteVoiceRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationDeleteWebhookArgs = {
  input: DeleteWebhookInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationLinkGuardianArgs = {
  input: LinkGuardianInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationPointMessageRouteAtGatewayArgs = {
  input: PointMessageRouteAtGatewayInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationProvisionNumberArgs = {
  input: ProvisionNumberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationReactivateNumbersArgs = {
  input: ReactivateNumbersInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRemoveCallFilterNumbersArgs = {
  input: RemoveCallFilterNumbersInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRemoveMessageFilterContactsArgs = {
  input: RemoveMessageFilterContactsInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRemovePackageItemArgs = {
  input: RemovePackageItemInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRemoveWorkgroupMemberArgs = {
  input: RemoveWorkgroupMemberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRequestPortOutArgs = {
  input: RequestPortOutInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationRevokeApiKeyArgs = {
  input: RevokeApiKeyInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationSendMessageArgs = {
  input: SendMessageInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationSetDataUsageLimitsArgs = {
  input: SetDataUsageLimitsInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationSetDataUsageRenewalArgs = {
  input: SetDataUsageRenewalInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationSetGuardianFeaturesArgs = {
  input: SetGuardianFeaturesInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationSubmitPortInArgs = {
  input: SubmitPortInInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationTransferSubscriberArgs = {
  input: TransferSubscriberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUnassignFeatureArgs = {
  input: UnassignFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUnassignNumbersArgs = {
  input: UnassignNumbersInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUnlinkGuardianArgs = {
  input: UnlinkGuardianInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateAccountArgs = {
  input: UpdateAccountInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateCallFilterArgs = {
  input: UpdateCallFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateDistributorArgs = {
  input: UpdateDistributorInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateFeatureAssignmentArgs = {
  input: UpdateFeatureAssignmentInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateMessageFilterArgs = {
  input: UpdateMessageFilterInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateMessageRouteArgs = {
  input: UpdateMessageRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateNumberArgs = {
  input: UpdateNumberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdatePackageArgs = {
  input: UpdatePackageInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdatePortInArgs = {
  input: UpdatePortInInput;
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
export type MutationUpdateSubscriberArgs = {
  input: UpdateSubscriberInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateSubscriptionArgs = {
  input: UpdateSubscriptionInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateSubscriptionFeatureArgs = {
  input: UpdateSubscriptionFeatureInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateVoiceRouteArgs = {
  input: UpdateVoiceRouteInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateVoicemailArgs = {
  input: UpdateVoicemailInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateWebhookArgs = {
  input: UpdateWebhookInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateWorkgroupArgs = {
  input: UpdateWorkgroupInput;
};


/** Writes to Telegent: inputs are checked before any upstream call; writes that create or spend take an idempotency key. */
export type MutationUpdateWorkgroupMemberArgs = {
  input: UpdateWorkgroupMemberInput;
};

/** An object with a Telegent ID; `Query.node` fetches any of them by ID. */
export type Node = {
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
};

/** What a batch write did to one of its numbers: Telegent answers 200 and reports failures per number. */
export type NumberResult = {
  __typename?: 'NumberResult';
  /** Telegent’s message for this number (why it failed); null when there is none. */
  message?: Maybe<Scalars['String']['output']>;
  /** The number. */
  number: Scalars['E164']['output'];
  /** Whether Telegent applied the change to this number. */
  succeeded: Scalars['Boolean']['output'];
};

/** What to do with a batch of numbers. */
export type NumberStatusChange =
  /** Bring parked numbers back into service (restore); mobile lines get an eSIM activation code. */
  | 'ACTIVATE'
  /** Terminate the numbers (deactivate); a fee may apply. reactivateNumbers undoes it within the window. */
  | 'CANCEL'
  /** Suspend service but keep the numbers (suspend); a fee applies. */
  | 'PARK'
  /** As SWAP, with the regulatory processing of a replacement. */
  | 'REPLACE'
  /** Exchange each number for a new one picked by areaCode, then zipCode; the line’s setup moves to it. */
  | 'SWAP'
  /** Move each number to a new SIM: every target needs an iccid. */
  | 'SWAP_SIM';

/** What a status change did to one number. */
export type NumberStatusChangeResult = {
  __typename?: 'NumberStatusChangeResult';
  /** The fee charged for this number, in USD, when Telegent states one. */
  fee?: Maybe<Scalars['Money']['output']>;
  /** SWAP and REPLACE: the number that took its place. */
  newNumber?: Maybe<Scalars['E164']['output']>;
  /** The number the change was asked for. */
  number: Scalars['E164']['output'];
  /** The line as it is now: the new number after SWAP or REPLACE, else the number itself (null once it left the inventory). */
  phoneNumber?: Maybe<PhoneNumber>;
  /** ACTIVATE: the eSIM activation QR code image URL (LPA), for mobile lines. */
  qrCode?: Maybe<Scalars['String']['output']>;
};

/** One number of a status change. */
export type NumberStatusTarget = {
  /** SWAP_SIM only: the ICCID of the new SIM. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** The number, in E.164. */
  number: Scalars['String']['input'];
};

/** What kind of number it is, and so what it may carry: provisioning, the inventory, availability, port-ins and subscriptions all use this one enum. */
export type NumberType =
  /** IoT line: data and P2P messaging only, never A2P. */
  | 'IOT'
  /** Mobile line on a SIM or eSIM: messaging (A2P or P2P), voice and data. */
  | 'MVNO'
  /** VoIP number, without a SIM: A2P messaging only. */
  | 'VOIP';

/** When a schedule is open on one day of the week. */
export type OpeningHours = {
  __typename?: 'OpeningHours';
  /** Closing time (24-hour), after the opening time. */
  closes: Scalars['LocalTime']['output'];
  /** The day. */
  day: Weekday;
  /** Opening time (24-hour, in the workgroup’s time zone). */
  opens: Scalars['LocalTime']['output'];
};

/** When a schedule is open on one day. */
export type OpeningHoursInput = {
  /** Closing time, 24-hour HH:mm, after the opening time (e.g. 17:00). */
  closes: Scalars['String']['input'];
  /** The day. */
  day: Weekday;
  /** Opening time, 24-hour HH:mm (e.g. 08:00). */
  opens: Scalars['String']['input'];
};

/** A number order (JNUOID-): provisioning, configuration update, status change, port-in or port-out. Port-ins move SUBMITTED → PENDING_CARRIER_APPROVAL → SCHEDULED → COMPLETED (or REJECTED / CANCELLED). */
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
  /** Current status; COMPLETED, REJECTED, CANCELLED and ERROR are final. OTHER for a status Telegent added since this gateway was built. */
  status: OrderStatus;
  /** Telegent’s explanation of the current status, e.g. a carrier rejection reason. */
  statusMessage?: Maybe<Scalars['String']['output']>;
  /** Current status as Telegent words it (Complete, Submitted, Pending Carrier Approval, Scheduled, Completed, Rejected, Cancelled, Error…): what an OTHER status is. */
  statusText: Scalars['String']['output'];
  /** Provision, PortIn, PortOut, Update, StatusChange or Reactivate. */
  type?: Maybe<Scalars['String']['output']>;
};

/** Where a number order stands. COMPLETED, REJECTED, CANCELLED and ERROR are final. */
export type OrderStatus =
  /** Cancelled (Cancelled). Final. */
  | 'CANCELLED'
  /** Done (Telegent: Complete for provisioning, updates and status changes; Completed for port-ins; Port Out Complete). Final. */
  | 'COMPLETED'
  /** Failed (Telegent: Error, or Failed in older documents); statusMessage says why. Final. */
  | 'ERROR'
  /** A status this gateway does not know yet: statusText has Telegent’s word. Not final as far as the gateway knows. */
  | 'OTHER'
  /** Accepted, waiting to be worked on (Pending); a status change with a future effectiveDate waits here. */
  | 'PENDING'
  /** Port-in: waiting for the losing carrier (Pending Carrier Approval); a wireline number waits here for a portInDate. */
  | 'PENDING_CARRIER_APPROVAL'
  /** Being worked on (Processing). */
  | 'PROCESSING'
  /** Port-in: the losing carrier refused it (Rejected); statusMessage says why. Final. */
  | 'REJECTED'
  /** Port-in: the carrier agreed a date (Scheduled). */
  | 'SCHEDULED'
  /** Placed (Telegent: Submitted). */
  | 'SUBMITTED';

/** One status an order went through. */
export type OrderStatusChange = {
  __typename?: 'OrderStatusChange';
  /** When the order entered it. */
  at: Scalars['DateTime']['output'];
  /** Why, when Telegent says (e.g. a rejection reason). */
  message?: Maybe<Scalars['String']['output']>;
  /** The status entered. */
  status: OrderStatus;
  /** Telegent’s word for it (e.g. Pending Carrier Approval). */
  statusText: Scalars['String']['output'];
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
  /** Whether the number carries data (Telegent’s DataEnabled, which data limits need). Telegent takes it at provisioning but its number records do not carry it: known for numbers provisioned through the gateway with dataEnabled set, null otherwise. */
  dataEnabled?: Maybe<Scalars['Boolean']['output']>;
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
  /** eSIM activation QR code image URL (LPA) of the number’s latest provisioning or ACTIVATE status change. Telegent returns it only in those answers, never in a read, so the gateway keeps the latest one (per distributor credential, shared through Redis); null for numbers it has not seen provisioned or activated, and for lines without an eSIM. Sensitive (it installs the line): only for principals that reach the number and hold the numbers:write scope. */
  qrCode?: Maybe<Scalars['String']['output']>;
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
  /** ZIP code of the area the number was picked in, as provisioning answered (Telegent’s ZipCode). Number records do not carry it: known for numbers provisioned through the gateway, null otherwise. */
  zipCode?: Maybe<Scalars['String']['output']>;
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

/** An existing message route to point at this gateway: its inbound URL and its receipts URL both, with new credentials; every number on the route follows at once. Its name and other settings stay as they are. */
export type PointMessageRouteAtGatewayInput = {
  /** BASIC or BEARER (NONE is refused): the gateway generates the credentials, gives them to Telegent in the route, and never shows them. */
  authenticationType?: AuthenticationType;
  /** The route (MRID-…). */
  messageRouteId: Scalars['ID']['input'];
  /** How Telegent calls both receivers: POST (a JSON body) or GET (query parameters, no media URLs). */
  method?: CallbackMethod;
};

/** The result of pointMessageRouteAtGateway. */
export type PointMessageRouteAtGatewayPayload = {
  __typename?: 'PointMessageRouteAtGatewayPayload';
  /** The account that owns the route. */
  account?: Maybe<Account>;
  /** The route as it is now; its URLs are the gateway’s receivers. */
  messageRoute: MessageRoute;
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
  /** A specific number to buy, in E.164, as availableNumbers listed it; NUMBER_CLAIMED if someone bought it since. Leave out to let Telegent pick by areaCode, then zipCode. */
  number?: InputMaybe<Scalars['String']['input']>;
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
  /** eSIM activation QR code image URL (LPA), when the number is on an eSIM. Kept by the gateway afterwards: PhoneNumber.qrCode. */
  qrCode?: Maybe<Scalars['String']['output']>;
  /** The subscriber the number was bound to, if any. */
  subscriber?: Maybe<Subscriber>;
  /** ZIP code of the area the number was picked in, as Telegent answered (its ZipCode); also PhoneNumber.zipCode afterwards. */
  zipCode?: Maybe<Scalars['String']['output']>;
};

/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type Query = {
  __typename?: 'Query';
  /** One account by its AID-: one named by a subscriber, or created or updated through the gateway; null otherwise. */
  account?: Maybe<Account>;
  /** The distributor’s accounts within your reach. Telegent cannot list accounts, so these are the accounts its subscriber list names: an account without subscribers does not appear here (`account(id)` still finds one created through the gateway). */
  accounts?: Maybe<AccountConnection>;
  /** Every API key of the distributor, revoked ones included, newest first; never a key itself. Operators only. */
  apiKeys: Array<ApiKey>;
  /** Numbers that can be provisioned, by area code, then ZIP code, else at random. */
  availableNumbers?: Maybe<AvailableNumbers>;
  /** The message routes of the accounts within your reach (every account’s, for an operator). */
  messageRoutes?: Maybe<Array<MessageRoute>>;
  /** Messages sent or received by one of your numbers, newest first. */
  messages?: Maybe<MessagePage>;
  /** Any object by its Telegent ID (the prefix names its type); null when it does not exist or is beyond your reach (they answer alike). */
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
  /** The voice routes of the accounts within your reach (every account’s, for an operator). */
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
  numberType?: NumberType;
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

/** Cancelled numbers to bring back (Telegent numbers/reactivate), within the reactivation window. */
export type ReactivateNumbersInput = {
  /** The cancelled numbers, in E.164, each once. */
  numbers: Array<Scalars['String']['input']>;
};

/** Numbers to take off one list of a call filter; each must be on it, or nothing changes. */
export type RemoveCallFilterNumbersInput = {
  /** The filter (CFID-…). */
  filterId: Scalars['ID']['input'];
  /** The allowed or the blocked list. */
  list: FilterList;
  /** The numbers (E.164), at least one. */
  numbers: Array<Scalars['String']['input']>;
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of removeCallFilterNumbers. */
export type RemoveCallFilterNumbersPayload = {
  __typename?: 'RemoveCallFilterNumbersPayload';
  /** The filter as it is now, both lists included. */
  callFilter?: Maybe<CallFilter>;
};

/** Contacts to take off one list of a message filter; each must be on it, or nothing changes. */
export type RemoveMessageFilterContactsInput = {
  /** The contacts (E.164), at least one. */
  contacts: Array<Scalars['String']['input']>;
  /** The filter (MFID-…). */
  filterId: Scalars['ID']['input'];
  /** The allowed or the blocked list. */
  list: FilterList;
  /** The subscriber the filter belongs to (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of removeMessageFilterContacts. */
export type RemoveMessageFilterContactsPayload = {
  __typename?: 'RemoveMessageFilterContactsPayload';
  /** The filter as it is now, both lists included. */
  messageFilter?: Maybe<MessageFilter>;
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

/** The member to remove, and its workgroup (checked before removing). */
export type RemoveWorkgroupMemberInput = {
  /** The member (WAID-…). */
  memberId: Scalars['ID']['input'];
  /** The workgroup (WID-…) it belongs to. */
  workgroupId: Scalars['ID']['input'];
};

/** The result of removeWorkgroupMember. */
export type RemoveWorkgroupMemberPayload = {
  __typename?: 'RemoveWorkgroupMemberPayload';
  /** The ID of the removed member. */
  deletedId: Scalars['ID']['output'];
  /** The workgroup, its members no longer including the removed one. */
  workgroup?: Maybe<Workgroup>;
};

/** The length of a data-usage cycle. */
export type RenewalPeriod =
  /** Monthly cycles (Telegent: M); the renewal day is a day of the month, 1–31. */
  | 'MONTHLY'
  /** Weekly cycles (W); the renewal day is a day of the week, 1–7. */
  | 'WEEKLY';

/** A port-out PIN for the gaining carrier (Telegent numbers/portout). */
export type RequestPortOutInput = {
  /** Makes retries safe: the same key requests at most one port-out (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The number leaving, in E.164; it must be Active in the inventory. */
  number: Scalars['String']['input'];
  /** The PIN the subscriber gives the gaining carrier: 4 to 10 digits. Sent on, never stored or shown. */
  pin: Scalars['String']['input'];
};

/** The result of requestPortOut. */
export type RequestPortOutPayload = {
  __typename?: 'RequestPortOutPayload';
  /** The port-out order: Pending until the gaining carrier completes the port. */
  order: Order;
  /** The number leaving, as the inventory shows it now. */
  phoneNumber?: Maybe<PhoneNumber>;
};

/** The API key to revoke: it stops working on every instance within seconds, and stays listed. */
export type RevokeApiKeyInput = {
  /** The key’s ID (APIKEY-…, as apiKeys lists it), not the key itself. */
  id: Scalars['ID']['input'];
};

/** The result of revokeApiKey. */
export type RevokeApiKeyPayload = {
  __typename?: 'RevokeApiKeyPayload';
  /** The key, revoked (revokedAt is set). */
  apiKey: ApiKey;
};

/** Business hours for workgroups (ScheduleId). Telegent cannot read schedules back: a schedule is known from the answer of createSchedule only. */
export type Schedule = {
  __typename?: 'Schedule';
  /** Whether the schedule is in force. */
  active: Scalars['Boolean']['output'];
  /** The schedule ID (SID-). */
  id: Scalars['String']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The open days, Monday first; a day not listed is closed. */
  weeklyHours: Array<OpeningHours>;
};

/** An SMS, or an MMS when it carries media, from a platform number to one or more recipients. */
export type SendMessageInput = {
  /** The text. May be empty only for an MMS. */
  body: Scalars['String']['input'];
  /** Your campaign or tracking ID (free-form, e.g. JCID-…), returned on the messages. */
  campaignId?: InputMaybe<Scalars['String']['input']>;
  /** The sending number (E.164): an Active, messaging-enabled number of the distributor with a message route. */
  from: Scalars['String']['input'];
  /** Makes retries safe: the same key sends at most once (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Media inline, base64-encoded; makes the message an MMS. The gateway takes requests up to 1 MB: send larger media by URL. */
  media?: InputMaybe<Array<MediaAttachmentInput>>;
  /** Media by URL (http or https); makes the message an MMS. */
  mediaUrls?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Recipients in E.164, each once (1 to 100); Telegent makes one message per recipient. */
  to: Array<Scalars['String']['input']>;
};

/** The result of sendMessage: one message per recipient, all Queued at first (receipts follow). */
export type SendMessagePayload = {
  __typename?: 'SendMessagePayload';
  /** What the send cost in all, in USD. */
  cost: Scalars['Money']['output'];
  /** One message per recipient, in the order of `to`, as Telegent’s message search shows them now (one upstream read). Telegent’s search may lag a few minutes: a message it does not show yet is left out. */
  messages: Array<Message>;
  /** Every recipient, as Telegent took them. */
  recipients: Array<Scalars['E164']['output']>;
  /** The sending number. */
  sender?: Maybe<PhoneNumber>;
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

/** Data thresholds for a batch of numbers; the same values apply to each (Telegent numbers/data-usage). */
export type SetDataUsageLimitsInput = {
  /** Hard cap: data stops (or is charged as overage) past it. At least 1. */
  limit: Scalars['Int']['input'];
  /** The subscriber is notified at this usage; below throttleAt and limit. */
  notifyAt?: InputMaybe<Scalars['Int']['input']>;
  /** The numbers, in E.164 (1 to 100); each must be data-enabled. */
  numbers: Array<Scalars['String']['input']>;
  /** Speed drops to throttleSpeed at this usage; below limit. Needs throttleSpeed. */
  throttleAt?: InputMaybe<Scalars['Int']['input']>;
  /** Speed once throttled; only with throttleAt. */
  throttleSpeed?: InputMaybe<ThrottleSpeed>;
  /** Unit of every threshold. */
  unit?: DataUnit;
};

/** The result of setDataUsageLimits: per-number results and the numbers, with their thresholds as they are now. */
export type SetDataUsageLimitsPayload = {
  __typename?: 'SetDataUsageLimitsPayload';
  /** The numbers asked for, as they are now (select dataUsage to see the change); read in one batch. */
  numbers: Array<PhoneNumber>;
  /** One result per number asked for (once each, in request order); check `succeeded` on each. */
  results: Array<NumberResult>;
};

/** When the data usage of a batch of numbers starts over (Telegent numbers/data-usage/update-renewal-info). */
export type SetDataUsageRenewalInput = {
  /** Whether a new cycle starts by itself at the end of each one. */
  autoRenew: Scalars['Boolean']['input'];
  /** The numbers, in E.164 (1 to 100); each must be data-enabled. */
  numbers: Array<Scalars['String']['input']>;
  /** Monthly or weekly cycles. */
  period: RenewalPeriod;
  /** How many periods one cycle lasts, 1 to 12 (usually 1). */
  periodValue?: Scalars['Int']['input'];
  /** Each number’s own anchor day (not a calendar-wide reset): 1–31 for MONTHLY, 1–7 for WEEKLY. */
  renewalDay: Scalars['Int']['input'];
  /** Also zero the usage counted so far, now. */
  resetUsage?: Scalars['Boolean']['input'];
};

/** The result of setDataUsageRenewal: per-number results and the numbers, with their usage as it is now. */
export type SetDataUsageRenewalPayload = {
  __typename?: 'SetDataUsageRenewalPayload';
  /** The numbers asked for, as they are now (select dataUsage to see the change); read in one batch. */
  numbers: Array<PhoneNumber>;
  /** One result per number asked for (once each, in request order); check `succeeded` on each. */
  results: Array<NumberResult>;
};

/** Turns AI Guardian for calls and/or messages on or off; a flag left out keeps its value. */
export type SetGuardianFeaturesInput = {
  /** Call filtering on or off (call filters can only be created while it is on). */
  calls?: InputMaybe<Scalars['Boolean']['input']>;
  /** Message filtering on or off (message filters can only be created while it is on). */
  messages?: InputMaybe<Scalars['Boolean']['input']>;
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of setGuardianFeatures. */
export type SetGuardianFeaturesPayload = {
  __typename?: 'SetGuardianFeaturesPayload';
  /** Both flags as they are now. */
  features: GuardianFeatures;
  /** The subscriber, whose Guardian shows the flags. */
  subscriber?: Maybe<Subscriber>;
};

/** One SIP trunk of a voice route (the primary, or the failover). */
export type SipTrunk = {
  __typename?: 'SipTrunk';
  /** Whether the trunk carries calls. */
  enabled: Scalars['Boolean']['output'];
  /** IP address of the SBC/PBX. */
  ip?: Maybe<Scalars['String']['output']>;
  /** SIP port, e.g. 5061. */
  port?: Maybe<Scalars['Int']['output']>;
  /** Priority among the trunks; lower is preferred. */
  priority?: Maybe<Scalars['Int']['output']>;
  /** SIP transport. */
  transport?: Maybe<TrunkTransport>;
  /** SIP URI of the trunk, e.g. sip:pbx.example.com. */
  uri?: Maybe<Scalars['String']['output']>;
  /** Share of calls among trunks of equal priority. */
  weight?: Maybe<Scalars['Int']['output']>;
};

/** One SIP trunk of a voice route. On an update only the parts sent change. */
export type SipTrunkInput = {
  /** Whether the trunk carries calls. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** IP address of your SBC/PBX. */
  ip?: InputMaybe<Scalars['String']['input']>;
  /** SIP port (1–65535), e.g. 5061. */
  port?: InputMaybe<Scalars['Int']['input']>;
  /** Priority among the trunks (0–65535); lower is preferred. */
  priority?: InputMaybe<Scalars['Int']['input']>;
  /** SIP transport. */
  transport?: InputMaybe<TrunkTransport>;
  /** SIP URI of the trunk, e.g. sip:pbx.example.com. */
  uri?: InputMaybe<Scalars['String']['input']>;
  /** Share of calls among trunks of equal priority (0–65535). */
  weight?: InputMaybe<Scalars['Int']['input']>;
};

/** A port-in request (Telegent numbers/portin). Submit only once the subscriber has signed the LOA. */
export type SubmitPortInInput = {
  /** Account (AID-) the number joins; needed when the distributor has more than one. */
  accountId?: InputMaybe<Scalars['ID']['input']>;
  /** The subscriber’s account number at the losing carrier. */
  currentAccountNumber: Scalars['String']['input'];
  /** The account PIN or password at the losing carrier. Sent on, never stored or shown by the gateway. */
  currentAccountPassword: Scalars['String']['input'];
  /** The billing address the losing carrier has on file. */
  currentBillingAddress: CarrierAddressInput;
  /** The losing carrier, e.g. Verizon. */
  currentCarrierName: Scalars['String']['input'];
  /** ICCID of an existing SIM to port onto. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** Makes retries safe: the same key submits at most one port-in (the Idempotency-Key header works too). */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** The number to bring in, in E.164. */
  number: Scalars['String']['input'];
  /** Requested completion day, YYYY-MM-DD or MM/DD/YYYY (as Telegent’s guide writes it); required for wireline numbers before they can be scheduled. */
  portInDate?: InputMaybe<Scalars['String']['input']>;
  /** Subscriber (TSUID-) the number is bound to once ported. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** The subscriber’s name as the losing carrier has it. */
  subscriberName?: InputMaybe<Scalars['String']['input']>;
  /** What the number becomes: MVNO (when left out) or IOT. */
  targetClassification?: InputMaybe<NumberType>;
};

/** The result of submitPortIn. */
export type SubmitPortInPayload = {
  __typename?: 'SubmitPortInPayload';
  /** The port-in order, read back: Submitted, then Pending Carrier Approval → Scheduled → Completed (or Rejected). */
  order: Order;
};

/** A person (or service identity) of an account, holding numbers and subscriptions. */
export type Subscriber = Node & {
  __typename?: 'Subscriber';
  /** The account the subscriber belongs to; null when it is beyond your reach (always, for a subscriber principal). */
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

/** Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts. */
export type Subscription = {
  __typename?: 'Subscription';
  /** Inbound SMS/MMS to one of your numbers, as Telegent delivers them to the number’s message route, which must point at this gateway (createGatewayMessageRoute or pointMessageRouteAtGateway). BAD_USER_INPUT for a number not in E.164, NOT_FOUND for a number you cannot see, MESSAGE_ROUTE_NOT_AT_GATEWAY (extensions.reason, messageRouteId) for a number whose route does not deliver to the gateway. */
  messageReceived: Message;
  /** Delivery receipts of the messages one of your numbers sends (SENT, then DELIVERED, or FAILED/UNDELIVERED), as Telegent delivers them to the number’s message route, whose receipts must go to this gateway (createGatewayMessageRoute with receipts, or pointMessageRouteAtGateway). BAD_USER_INPUT for a number not in E.164, NOT_FOUND for a number you cannot see, MESSAGE_ROUTE_NOT_AT_GATEWAY (extensions.reason, messageRouteId) for a number whose receipts do not come to the gateway. */
  messageStatusChanged: DeliveryReceipt;
  /** One order as it moves: its state now, then each new status (pushed from Telegent’s webhooks and from polling), completing after a final one (Complete, Completed, Rejected, Cancelled, Error). NOT_FOUND for an order you cannot see (unknown, or beyond your reach: they answer alike). */
  orderStatusChanged: Order;
  /** Every status change of the open orders the gateway knows of (those placed through it, and those Telegent’s Order_Update webhooks name) within your reach: provisioning, updates, status changes, porting. NOT_FOUND for an account beyond your reach. */
  orderUpdates: Order;
};


/** Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts. */
export type SubscriptionMessageReceivedArgs = {
  phoneNumber: Scalars['String']['input'];
};


/** Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts. */
export type SubscriptionMessageStatusChangedArgs = {
  phoneNumber: Scalars['String']['input'];
};


/** Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts. */
export type SubscriptionOrderStatusChangedArgs = {
  orderId: Scalars['ID']['input'];
};


/** Pushes over graphql-ws (same URL, WebSocket): order status changes and, for your numbers, inbound messages and delivery receipts. */
export type SubscriptionOrderUpdatesArgs = {
  accountId?: InputMaybe<Scalars['ID']['input']>;
};

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

/** A category of system keywords, e.g. Profanity or Violence. */
export type SystemKeywordCategory = {
  __typename?: 'SystemKeywordCategory';
  /** The category name, as Telegent names it. */
  category: Scalars['String']['output'];
  /** The words filtered in this category. */
  keywords: Array<Scalars['String']['output']>;
};

/** A category of system keywords and its words. */
export type SystemKeywordCategoryInput = {
  /** The category name, e.g. Profanity or Violence. */
  category: Scalars['String']['input'];
  /** The words to filter in this category. */
  keywords: Array<Scalars['String']['input']>;
};

/** Speed once a number is throttled. */
export type ThrottleSpeed =
  /** 64 kbit/s (Telegent: 64-kbps). */
  | 'KBPS_64'
  /** 128 kbit/s (128-kbps). */
  | 'KBPS_128'
  /** 256 kbit/s (256-kbps). */
  | 'KBPS_256'
  /** 512 kbit/s (512-kbps). */
  | 'KBPS_512'
  /** 1 Mbit/s (1-mbps). */
  | 'MBPS_1'
  /** 5 Mbit/s (5-mbps). */
  | 'MBPS_5'
  /** 20 Mbit/s (20-mbps). */
  | 'MBPS_20'
  /** 50 Mbit/s (50-mbps). */
  | 'MBPS_50'
  /** 100 Mbit/s (100-mbps). */
  | 'MBPS_100';

/** What happens on a call when transcription hears a filtered keyword (transcription must be on). */
export type TranscriptionAction =
  /** Let the call go on and notify the notification phones. */
  | 'NOTIFY'
  /** End the call. */
  | 'TERMINATE'
  /** Play the warning message to the caller. */
  | 'WARNING';

/** Moves a subscriber, with its numbers, subscriptions and filters, to another account of the distributor. */
export type TransferSubscriberInput = {
  /** The account (AID-…) the subscriber is in now; a transfer from any other is refused. */
  fromAccountId: Scalars['ID']['input'];
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
  /** The account (AID-…) to move it to. */
  toAccountId: Scalars['ID']['input'];
};

/** The result of transferSubscriber: the subscriber and both accounts, whose subscriber and number lists changed. */
export type TransferSubscriberPayload = {
  __typename?: 'TransferSubscriberPayload';
  /** The account the subscriber left. */
  fromAccount?: Maybe<Account>;
  /** The subscriber, now in the destination account. */
  subscriber: Subscriber;
  /** The account the subscriber is in now. */
  toAccount?: Maybe<Account>;
};

/** SIP transport of a trunk. */
export type TrunkTransport =
  /** SIP over TCP. */
  | 'TCP'
  /** SIP over TLS (encrypted signalling). */
  | 'TLS'
  /** SIP over UDP. */
  | 'UDP';

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

/** Numbers to unbind from a subscriber; they stay in the account’s inventory, unassigned. */
export type UnassignNumbersInput = {
  /** Numbers (E.164) to unbind; any the subscriber does not hold are left alone. */
  numbers: Array<Scalars['String']['input']>;
  /** The subscriber (TSUID-…). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of unassignNumbers: the subscriber and the numbers named, now unassigned. */
export type UnassignNumbersPayload = {
  __typename?: 'UnassignNumbersPayload';
  /** The numbers named in the input (once each), as they are now. */
  numbers: Array<PhoneNumber>;
  /** The subscriber, with the numbers it keeps. */
  subscriber: Subscriber;
};

/** The guardian link to remove; subscribers and filters stay as they are. */
export type UnlinkGuardianInput = {
  /** The subscriber under guard (TSUID-…). */
  childSubscriberId: Scalars['ID']['input'];
  /** The guardian (TSUID-…). */
  parentSubscriberId: Scalars['ID']['input'];
};

/** The result of unlinkGuardian. */
export type UnlinkGuardianPayload = {
  __typename?: 'UnlinkGuardianPayload';
  /** The relation that was removed, with its parent and child as they are now. */
  relation: GuardianRelation;
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

/** Changes to a call filter: what is left out (or null) keeps its value. */
export type UpdateCallFilterInput = {
  /** Numbers (E.164) always let through; in WHITELIST mode the only ones that ring. */
  allowedNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Filter calls the subscriber receives. Default true. */
  applyToInbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Filter calls the subscriber places. Default false. */
  applyToOutbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block international calls. Default false. */
  blockInternational?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block calls from unknown numbers. Default false. */
  blockUnknownNumbers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Numbers (E.164) rejected. */
  blockedNumbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Transcribe calls and check them for keywords. Default false. */
  enableTranscription?: InputMaybe<Scalars['Boolean']['input']>;
  /** The filter (CFID-…). */
  filterId: Scalars['ID']['input'];
  /** The keywords transcription listens for; with empty lists, none. */
  keywordFilter?: InputMaybe<KeywordFilterInput>;
  /** WHITELIST or BLACKLIST: age presets can only be chosen at creation. */
  mode?: InputMaybe<CallFilterMode>;
  /** Numbers (E.164) alerted by SMS when the filter acts. */
  notificationPhones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Move the filter to another of the subscriber’s numbers (E.164). */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Record flagged calls. Default false. */
  recordFlaggedCalls?: InputMaybe<Scalars['Boolean']['input']>;
  /** When calls are restricted: any JSON, passed to Telegent as is (it does not document the shape). */
  timeRestrictions?: InputMaybe<Scalars['JSON']['input']>;
  /** What happens when a keyword is heard. Default NOTIFY. */
  transcriptionAction?: InputMaybe<TranscriptionAction>;
  /** What the caller hears with the WARNING action; "" removes it. */
  warningMessage?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateCallFilter. */
export type UpdateCallFilterPayload = {
  __typename?: 'UpdateCallFilterPayload';
  /** The filter as it is now. */
  callFilter: CallFilter;
};

/** Changes to a distributor; fields left out stay as they are, a sent address replaces the old one whole. */
export type UpdateDistributorInput = {
  /** New billing address. */
  billingAddress?: InputMaybe<AddressInput>;
  /** The distributor (DID-…): the gateway’s own, or one it created. */
  distributorId: Scalars['ID']['input'];
  /** New mailing address. */
  mailingAddress?: InputMaybe<AddressInput>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateDistributor. Telegent’s answer repeats the API secret; the gateway never passes it on. */
export type UpdateDistributorPayload = {
  __typename?: 'UpdateDistributorPayload';
  /** The distributor as it is now. */
  distributor: Distributor;
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

/** Changes to a message filter: what is left out (or null) keeps its value. */
export type UpdateMessageFilterInput = {
  /** Senders (E.164) that bypass every check. */
  allowedContacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Filter messages the subscriber receives. Default true. */
  applyToInbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Filter messages the subscriber sends. Default false. */
  applyToOutbound?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block messages with links. Default false. */
  blockLinks?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block media (MMS). Default false. */
  blockMedia?: InputMaybe<Scalars['Boolean']['input']>;
  /** Block messages from unknown numbers. Default false. */
  blockUnknownNumbers?: InputMaybe<Scalars['Boolean']['input']>;
  /** Senders (E.164) whose messages are dropped silently. */
  blockedContacts?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The filter (MFID-…). */
  filterId: Scalars['ID']['input'];
  /** The keywords messages are checked for; with empty lists, none. */
  keywordFilter?: InputMaybe<KeywordFilterInput>;
  /** A new age level; sent without a mode, the filter keeps its mode, which must be ACTIVE. */
  level?: InputMaybe<MessageFilterLevel>;
  /** The new mode (INACTIVE pauses the filter); sent without a level, it drops the level. */
  mode?: InputMaybe<MessageFilterMode>;
  /** Numbers (E.164) alerted by SMS when the filter acts. */
  notificationPhones?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Move the filter to another of the subscriber’s numbers (E.164). */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateMessageFilter. */
export type UpdateMessageFilterPayload = {
  __typename?: 'UpdateMessageFilterPayload';
  /** The filter as it is now. */
  messageFilter: MessageFilter;
};

/** Changes to a message route; they apply at once to every number on it. Fields left out (or null) stay as they are. */
export type UpdateMessageRouteInput = {
  /** How Telegent authenticates to messageUrl; none when left out on create. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** How Telegent authenticates to callbackUrl. */
  callbackAuthentication?: InputMaybe<CallbackAuthenticationInput>;
  /** Receives delivery receipts and status callbacks (http or https). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for callbackUrl (Telegent uses POST when left out). */
  callbackUrlMethod?: InputMaybe<CallbackMethod>;
  /** Whether the route delivers (Telegent’s default: true). Create it disabled to test first. */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Skip AI Guardian for inbound traffic on this route. */
  inboundGuardianBypass?: InputMaybe<Scalars['Boolean']['input']>;
  /** Turn Guardian/AI routing on for the route. */
  intelligentRoutingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The route (MRID-…). */
  messageRouteId: Scalars['ID']['input'];
  /** New inbound URL. */
  messageUrl?: InputMaybe<Scalars['String']['input']>;
  /** New HTTP method for messageUrl. */
  messageUrlMethod?: InputMaybe<CallbackMethod>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Skip AI Guardian for outbound traffic on this route. */
  outboundGuardianBypass?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The result of updateMessageRoute. */
export type UpdateMessageRoutePayload = {
  __typename?: 'UpdateMessageRoutePayload';
  /** The account that owns the route. */
  account?: Maybe<Account>;
  /** The route as it is now. */
  messageRoute: MessageRoute;
};

/** Changes to one number’s configuration (Telegent numbers/update). Fields left out stay as they are; null clears subscriberId, iccid and callerIdName. */
export type UpdateNumberInput = {
  /** Caller-ID name, at most 15 characters (carriers take 24–48 h to show it); null clears it. */
  callerIdName?: InputMaybe<Scalars['String']['input']>;
  /** ICCID of the SIM to bind; null unbinds the SIM. */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** Turn messaging on or off; on needs a message route, on the number or here. */
  messageEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Message route (MRID-) for the number’s inbound messages and receipts. */
  messageRouteId?: InputMaybe<Scalars['ID']['input']>;
  /** A2P or P2P; IOT lines are P2P only. */
  messageType?: InputMaybe<MessageType>;
  /** The number to change, in E.164. */
  number: Scalars['String']['input'];
  /** MVNO or IOT (a mobile line can move between them); a number cannot become or stop being VOIP: re-provision instead. */
  numberType?: InputMaybe<NumberType>;
  /** Subscriber (TSUID-) to bind the number to; null unbinds it. */
  subscriberId?: InputMaybe<Scalars['ID']['input']>;
  /** Turn voice on or off; on needs a voice route, on the number or here. */
  voiceEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Voice route (CRID-) for the number’s inbound calls. */
  voiceRouteId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateNumber: the update order and the number as it is now. */
export type UpdateNumberPayload = {
  __typename?: 'UpdateNumberPayload';
  /** The update order (Complete once applied). */
  order: Order;
  /** The number as it is now. */
  phoneNumber?: Maybe<PhoneNumber>;
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

/** Corrections to an open port-in (Telegent numbers/portin/update); fields left out stay as they are. */
export type UpdatePortInInput = {
  /** The account number at the losing carrier. */
  currentAccountNumber?: InputMaybe<Scalars['String']['input']>;
  /** The account PIN or password at the losing carrier (never stored or shown). */
  currentAccountPassword?: InputMaybe<Scalars['String']['input']>;
  /** The billing address at the losing carrier. */
  currentBillingAddress?: InputMaybe<CarrierAddressInput>;
  /** The losing carrier. */
  currentCarrierName?: InputMaybe<Scalars['String']['input']>;
  /** ICCID of the SIM to port onto (physical SIM port-ins). */
  iccid?: InputMaybe<Scalars['String']['input']>;
  /** The port-in order (JNUOID-…). */
  orderId: Scalars['ID']['input'];
  /** Requested completion day, YYYY-MM-DD or MM/DD/YYYY; wireline numbers wait for it. */
  portInDate?: InputMaybe<Scalars['String']['input']>;
  /** The subscriber’s name at the losing carrier. */
  subscriberName?: InputMaybe<Scalars['String']['input']>;
  /** What the number becomes: MVNO or IOT. */
  targetClassification?: InputMaybe<NumberType>;
};

/** The result of updatePortIn. */
export type UpdatePortInPayload = {
  __typename?: 'UpdatePortInPayload';
  /** The port-in order as it is after the correction. */
  order: Order;
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

/** Changes to a subscriber; fields left out stay as they are. E-mail and account cannot change here. */
export type UpdateSubscriberInput = {
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The subscriber’s whole set of numbers (E.164), replacing the current one: numbers left out are unbound (they stay in the account), [] (or [""], as Telegent writes it) unbinds all. To add or remove a few, use assignNumbers and unassignNumbers. */
  numbers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New password, 8 to 128 characters. Write-only: Telegent never returns it, and the gateway neither logs nor keeps it in any form. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** New role. */
  role?: InputMaybe<SubscriberRole>;
  /** The subscriber (TSUID-…; legacy SID-… accepted). */
  subscriberId: Scalars['ID']['input'];
};

/** The result of updateSubscriber. */
export type UpdateSubscriberPayload = {
  __typename?: 'UpdateSubscriberPayload';
  /** The subscriber as it is now. */
  subscriber: Subscriber;
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

/** Changes to a voice route, applied at once. Fields left out (or null) stay as they are; Telegent checks the result (a route changed to URL needs a voice URL, stored or sent). */
export type UpdateVoiceRouteInput = {
  /** How Telegent authenticates to voiceUrl. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** Stream calls to wssUri. */
  callStreamingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Receives call-status events (http or https). */
  callbackUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for callbackUrl. */
  callbackUrlMethod?: InputMaybe<CallbackMethod>;
  /** Look up caller names (CNAM). */
  cnamLookup?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether the route carries calls (Telegent’s default: true). */
  enabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** The failover SIP trunk. */
  failoverTrunk?: InputMaybe<SipTrunkInput>;
  /** Where a FORWARD route sends calls, in E.164. */
  forwardNumber?: InputMaybe<Scalars['String']['input']>;
  /** SIP header manipulation profile, e.g. HMI8802029. */
  headerManipulation?: InputMaybe<Scalars['String']['input']>;
  /** Turn Guardian/AI routing on for the route. */
  intelligentRoutingEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** IPv4 addresses allowed to send trunk traffic; replaces the list. */
  ipWhitelist?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The primary SIP trunk; a TRUNK route needs one with an ip or a uri. */
  primaryTrunk?: InputMaybe<SipTrunkInput>;
  /** Allow transfers to the PSTN. */
  pstnTransferEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** New route type. */
  routeType?: InputMaybe<VoiceRouteType>;
  /** Secure the trunk (Telegent’s EnableTrpSecureTrunk). */
  secureTrunkEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Accept SIP REFER (transfers by the far end). */
  sipReferEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Use symmetric RTP. */
  symmetricRtp?: InputMaybe<Scalars['Boolean']['input']>;
  /** Termination URI subdomain, e.g. client. */
  terminationUriSubdomain?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID shown on transfers, e.g. Transferee/Transferor. */
  transferCallerId?: InputMaybe<Scalars['String']['input']>;
  /** The route (CRID-…). */
  voiceRouteId: Scalars['ID']['input'];
  /** The webhook that drives calls of a URL route (http or https). */
  voiceUrl?: InputMaybe<Scalars['String']['input']>;
  /** HTTP method for voiceUrl. */
  voiceUrlMethod?: InputMaybe<CallbackMethod>;
  /** WebSocket target for call streaming (ws or wss), e.g. wss://192.67.88.2. */
  wssUri?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateVoiceRoute. */
export type UpdateVoiceRoutePayload = {
  __typename?: 'UpdateVoiceRoutePayload';
  /** The account that owns the route. */
  account?: Maybe<Account>;
  /** The route as it is now. */
  voiceRoute: VoiceRoute;
};

/** Changes to a number’s voicemail; fields left out stay as they are (Telegent numbers/voicemail/update). */
export type UpdateVoicemailInput = {
  /** New notification e-mail. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** New first name. */
  firstName?: InputMaybe<Scalars['String']['input']>;
  /** New last name. */
  lastName?: InputMaybe<Scalars['String']['input']>;
  /** The number, in E.164; its voicemail must be active. */
  number: Scalars['String']['input'];
  /** New PIN: 4 to 10 digits. Write-only: never shown, logged or kept by the gateway. */
  pin?: InputMaybe<Scalars['String']['input']>;
};

/** The result of updateVoicemail: the mailbox as Telegent answered, and its number. */
export type UpdateVoicemailPayload = {
  __typename?: 'UpdateVoicemailPayload';
  /** The number, as the inventory shows it now. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** The voicemail as it is now (its PIN is never shown). */
  voicemail: Voicemail;
};

/** Changes to a webhook; fields left out (or null) stay as they are, a sent events list replaces the old one. */
export type UpdateWebhookInput = {
  /** New authentication, replacing the old one whole. */
  authentication?: InputMaybe<CallbackAuthenticationInput>;
  /** New body format. */
  dataFormat?: InputMaybe<WebhookDataFormat>;
  /** The events to deliver from now on (at least one). */
  events?: InputMaybe<Array<WebhookEvent>>;
  /** New HTTP method. */
  method?: InputMaybe<WebhookMethod>;
  /** New https URL. */
  url?: InputMaybe<Scalars['String']['input']>;
  /** The webhook (WID-…). */
  webhookId: Scalars['ID']['input'];
};

/** The result of updateWebhook. */
export type UpdateWebhookPayload = {
  __typename?: 'UpdateWebhookPayload';
  /** The account whose events it delivers. */
  account?: Maybe<Account>;
  /** The webhook as it is now. */
  webhook: Webhook;
};

/** Changes to a workgroup; fields left out (or null) stay as they are. */
export type UpdateWorkgroupInput = {
  /** Turn AI recording on. */
  aiRecording?: InputMaybe<Scalars['Boolean']['input']>;
  /** Whether members hear which workgroup a call came through (Telegent’s AnnounceWorkgroupCaller). */
  announceWorkgroupCaller?: InputMaybe<Scalars['String']['input']>;
  /** Uploaded audio file played to callers. */
  announcementFileId?: InputMaybe<Scalars['String']['input']>;
  /** Text read to callers (text to speech). */
  announcementText?: InputMaybe<Scalars['String']['input']>;
  /** Audio played to callers (http or https URL). */
  announcementUrl?: InputMaybe<Scalars['String']['input']>;
  /** Order in which members are called. */
  callOrder?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID name shown to members. */
  callerIdName?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID option. */
  callerIdOption?: InputMaybe<Scalars['String']['input']>;
  /** Caller ID type shown to members. */
  callerIdType?: InputMaybe<Scalars['String']['input']>;
  /** Hold music. */
  holdMusicId?: InputMaybe<Scalars['String']['input']>;
  /** Opening hours as free text (Telegent’s Hours). */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** Internal extension of the group. */
  internalExtension?: InputMaybe<Scalars['String']['input']>;
  /** Workgroup messaging setting (Telegent’s WorkgroupMessaging). */
  messaging?: InputMaybe<Scalars['String']['input']>;
  /** The number workgroup messages are answered from. */
  messagingRespondingFrom?: InputMaybe<Scalars['String']['input']>;
  /** Who handles workgroup messages. */
  messagingUser?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Where calls go outside its hours. */
  offHours?: InputMaybe<WorkgroupForwardingInput>;
  /** Where calls go during its hours. */
  onHours?: InputMaybe<WorkgroupForwardingInput>;
  /** The platform number (E.164) that reaches the group; one of the distributor’s numbers. */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Record calls. */
  recordCalls?: InputMaybe<Scalars['Boolean']['input']>;
  /** The schedule (SID-) of its hours, from createSchedule. */
  scheduleId?: InputMaybe<Scalars['ID']['input']>;
  /** IANA time zone of its hours, e.g. America/New_York. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** Toll-free number of the group, in E.164. */
  tollFreeNumber?: InputMaybe<Scalars['String']['input']>;
  /** Transcribe recordings. */
  transcribeRecordings?: InputMaybe<Scalars['Boolean']['input']>;
  /** New distribution. */
  type?: InputMaybe<WorkgroupType>;
  /** Wait between ringing members. */
  waitBetween?: InputMaybe<Scalars['String']['input']>;
  /** The workgroup (WID-…). */
  workgroupId: Scalars['ID']['input'];
};

/** Changes to a workgroup member; fields left out (or null) stay as they are. */
export type UpdateWorkgroupMemberInput = {
  /** IVR key or ring position (0–99). */
  digitOrder?: InputMaybe<Scalars['Int']['input']>;
  /** Tell the member of missed calls and messages by e-mail. */
  emailNotification?: InputMaybe<Scalars['Boolean']['input']>;
  /** The member (WAID-…). */
  memberId: Scalars['ID']['input'];
  /** WORKGROUP only: the nested workgroup (WID-), not the group itself. */
  memberWorkgroupId?: InputMaybe<Scalars['ID']['input']>;
  /** The member’s phone number, in E.164 (a USER needs it or a userId). */
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  /** Tell the member of missed calls and messages by SMS. */
  smsNotification?: InputMaybe<Scalars['Boolean']['input']>;
  /** New kind of member. */
  type?: InputMaybe<WorkgroupMemberType>;
  /** USER only: the subscriber (TSUID-) who answers. */
  userId?: InputMaybe<Scalars['ID']['input']>;
  /** Move the member to this workgroup (WID-…). */
  workgroupId?: InputMaybe<Scalars['ID']['input']>;
};

/** The result of updateWorkgroupMember. */
export type UpdateWorkgroupMemberPayload = {
  __typename?: 'UpdateWorkgroupMemberPayload';
  /** The member as it is now. */
  member: WorkgroupMember;
  /** The workgroup the member is in now. */
  workgroup?: Maybe<Workgroup>;
};

/** The result of updateWorkgroup. */
export type UpdateWorkgroupPayload = {
  __typename?: 'UpdateWorkgroupPayload';
  /** The account that owns the workgroup. */
  account?: Maybe<Account>;
  /** The workgroup as it is now. */
  workgroup: Workgroup;
};

/** Where a number’s inbound calls go: a SIP trunk, a webhook URL or a PSTN forward. Its credentials are never exposed. */
export type VoiceRoute = Node & {
  __typename?: 'VoiceRoute';
  /** How Telegent authenticates to the voice URL. */
  authenticationType?: Maybe<AuthenticationType>;
  /** Whether calls are streamed to the WebSocket target. */
  callStreamingEnabled: Scalars['Boolean']['output'];
  /** Receives call-status events. */
  callbackUrl?: Maybe<Scalars['String']['output']>;
  /** HTTP method used for the callback URL. */
  callbackUrlMethod?: Maybe<CallbackMethod>;
  /** Whether caller names (CNAM) are looked up. */
  cnamLookup: Scalars['Boolean']['output'];
  /** Whether the route carries calls. */
  enabled: Scalars['Boolean']['output'];
  /** The failover SIP trunk; null when none is set. */
  failoverTrunk?: Maybe<SipTrunk>;
  /** Where a Forward route sends calls. */
  forwardNumber?: Maybe<Scalars['E164']['output']>;
  /** SIP header manipulation profile, e.g. HMI8802029. */
  headerManipulation?: Maybe<Scalars['String']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Whether Guardian/AI routing is on for the route. */
  intelligentRoutingEnabled: Scalars['Boolean']['output'];
  /** IPv4 addresses allowed to send trunk traffic. */
  ipWhitelist: Array<Scalars['String']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** The primary SIP trunk; null when none is set. */
  primaryTrunk?: Maybe<SipTrunk>;
  /** Whether calls may be transferred to the PSTN. */
  pstnTransferEnabled: Scalars['Boolean']['output'];
  /** Trunk, URL or Forward. */
  routeType: VoiceRouteType;
  /** Whether the trunk is secured (Telegent’s EnableTrpSecureTrunk). */
  secureTrunkEnabled: Scalars['Boolean']['output'];
  /** Whether SIP REFER (transfers by the far end) is accepted. */
  sipReferEnabled: Scalars['Boolean']['output'];
  /** Whether symmetric RTP is used. */
  symmetricRtp: Scalars['Boolean']['output'];
  /** Termination URI subdomain, e.g. client. */
  terminationUriSubdomain?: Maybe<Scalars['String']['output']>;
  /** Caller ID shown on transfers, e.g. Transferee/Transferor. */
  transferCallerId?: Maybe<Scalars['String']['output']>;
  /** The primary SIP trunk (URI or IP) of a Trunk route. */
  trunk?: Maybe<Scalars['String']['output']>;
  /** The webhook of a URL route. */
  voiceUrl?: Maybe<Scalars['String']['output']>;
  /** HTTP method used for the voice URL. */
  voiceUrlMethod?: Maybe<CallbackMethod>;
  /** WebSocket target for call streaming, e.g. wss://192.67.88.2. */
  wssUri?: Maybe<Scalars['String']['output']>;
};

/** Where a voice route sends calls. */
export type VoiceRouteType =
  /** A forward to a PSTN number; needs a forward number. */
  | 'FORWARD'
  /** A SIP trunk to your SBC or PBX (most MVNOs); needs a primary trunk. */
  | 'TRUNK'
  /** A webhook that drives the call; needs a voice URL. */
  | 'URL';

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

/** An account webhook: Telegent delivers the subscribed events (ORDER_UPDATE, NEW_SMS, …) to its URL. Its credentials are never exposed. */
export type Webhook = {
  __typename?: 'Webhook';
  /** Whether deliveries happen. */
  active: Scalars['Boolean']['output'];
  /** How Telegent authenticates to the URL (Telegent’s Token is BEARER). */
  authenticationType?: Maybe<AuthenticationType>;
  /** JSON or XML. */
  dataFormat?: Maybe<WebhookDataFormat>;
  /** The events delivered. */
  events: Array<WebhookEvent>;
  /** The webhook ID (WID-). */
  id: Scalars['String']['output'];
  /** POST or PUT. */
  method?: Maybe<WebhookMethod>;
  /** Where events are delivered. */
  url?: Maybe<Scalars['String']['output']>;
};

/** The body format of webhook deliveries. */
export type WebhookDataFormat =
  /** A JSON body. */
  | 'JSON'
  /** An XML body. */
  | 'XML';

/** An event Telegent delivers to account webhooks. */
export type WebhookEvent =
  /** A call ended. */
  | 'CALL_COMPLETED'
  /** A call was answered. */
  | 'CALL_IN_PROGRESS'
  /** A call was put on hold. */
  | 'CALL_ON_HOLD'
  /** A call recording is available. */
  | 'CALL_RECORDING'
  /** A call is ringing. */
  | 'CALL_RINGING'
  /** A delivery receipt for an outbound message. */
  | 'MESSAGE_STATUS'
  /** A platform number received an SMS or MMS. */
  | 'NEW_SMS'
  /** A number order (provision, update, status change, port-in, port-out) changed status. */
  | 'ORDER_UPDATE';

/** The HTTP method of webhook deliveries. */
export type WebhookMethod =
  /** Deliveries are POSTed. */
  | 'POST'
  /** Deliveries are PUT. */
  | 'PUT';

/** A day of the week. */
export type Weekday =
  /** Friday. */
  | 'FRIDAY'
  /** Monday. */
  | 'MONDAY'
  /** Saturday. */
  | 'SATURDAY'
  /** Sunday. */
  | 'SUNDAY'
  /** Thursday. */
  | 'THURSDAY'
  /** Tuesday. */
  | 'TUESDAY'
  /** Wednesday. */
  | 'WEDNESDAY';

/** A voice call-distribution group (IVR, simultaneous or round-robin ringing). */
export type Workgroup = {
  __typename?: 'Workgroup';
  /** Whether AI recording is on. */
  aiRecording: Scalars['Boolean']['output'];
  /** Whether members hear which workgroup a call came through (Telegent’s AnnounceWorkgroupCaller). */
  announceWorkgroupCaller?: Maybe<Scalars['String']['output']>;
  /** Uploaded audio file played to callers. */
  announcementFileId?: Maybe<Scalars['String']['output']>;
  /** Text read to callers (text to speech). */
  announcementText?: Maybe<Scalars['String']['output']>;
  /** Audio played to callers. */
  announcementUrl?: Maybe<Scalars['String']['output']>;
  /** Order in which members are called. */
  callOrder?: Maybe<Scalars['String']['output']>;
  /** Caller ID name shown to members. */
  callerIdName?: Maybe<Scalars['String']['output']>;
  /** Caller ID option. */
  callerIdOption?: Maybe<Scalars['String']['output']>;
  /** Caller ID type shown to members. */
  callerIdType?: Maybe<Scalars['String']['output']>;
  /** Hold music. */
  holdMusicId?: Maybe<Scalars['String']['output']>;
  /** Opening hours as free text (Telegent’s Hours). */
  hours?: Maybe<Scalars['String']['output']>;
  /** The workgroup ID (WID-). */
  id: Scalars['String']['output'];
  /** Internal extension of the group. */
  internalExtension?: Maybe<Scalars['String']['output']>;
  /** Who the group rings (one upstream read per workgroup). */
  members?: Maybe<Array<WorkgroupMember>>;
  /** Workgroup messaging setting (Telegent’s WorkgroupMessaging). */
  messaging?: Maybe<Scalars['String']['output']>;
  /** The number workgroup messages are answered from. */
  messagingRespondingFrom?: Maybe<Scalars['String']['output']>;
  /** Who handles workgroup messages. */
  messagingUser?: Maybe<Scalars['String']['output']>;
  /** Display name. */
  name: Scalars['String']['output'];
  /** Where calls go outside its hours. */
  offHours: WorkgroupForwarding;
  /** Where calls go during its hours. */
  onHours: WorkgroupForwarding;
  /** The platform number that reaches the group. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Whether calls are recorded. */
  recordCalls: Scalars['Boolean']['output'];
  /** The schedule (SID-) of its hours. Telegent cannot read schedules back, so only the ID is known. */
  scheduleId?: Maybe<Scalars['ID']['output']>;
  /** Time zone of its schedule, e.g. America/Denver. */
  timeZone?: Maybe<Scalars['String']['output']>;
  /** Toll-free number of the group. */
  tollFreeNumber?: Maybe<Scalars['String']['output']>;
  /** Whether recordings are transcribed. */
  transcribeRecordings: Scalars['Boolean']['output'];
  /** How calls are distributed. */
  type: WorkgroupType;
  /** Wait between ringing members. */
  waitBetween?: Maybe<Scalars['String']['output']>;
};

/** Where calls to a workgroup go at or outside its hours: a user or another workgroup. */
export type WorkgroupForwarding = {
  __typename?: 'WorkgroupForwarding';
  /** Telegent’s forwarding setting (OnHoursForwarding / OffHoursForwarding), as set. */
  forwarding?: Maybe<Scalars['String']['output']>;
  /** The target user (subscriber) or workgroup ID. */
  targetId?: Maybe<Scalars['ID']['output']>;
  /** Whether the target is a user or a workgroup. */
  targetType?: Maybe<WorkgroupMemberType>;
};

/** Where calls go at or outside a workgroup’s hours. Sent whole: parts left out are left as they are. */
export type WorkgroupForwardingInput = {
  /** Telegent’s forwarding setting (OnHoursForwarding / OffHoursForwarding). */
  forwarding?: InputMaybe<Scalars['String']['input']>;
  /** The target: a subscriber (TSUID-) for USER, a workgroup (WID-) for WORKGROUP. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Whether the target is a user or a workgroup. */
  targetType?: InputMaybe<WorkgroupMemberType>;
};

/** A member of a workgroup: a user or a nested workgroup. */
export type WorkgroupMember = {
  __typename?: 'WorkgroupMember';
  /** IVR key or ring position. */
  digitOrder?: Maybe<Scalars['Int']['output']>;
  /** Whether the member is told of missed calls and messages by e-mail. */
  emailNotification: Scalars['Boolean']['output'];
  /** The member ID (WAID-). */
  id: Scalars['String']['output'];
  /** The nested workgroup, for a WORKGROUP member. */
  memberWorkgroup?: Maybe<Workgroup>;
  /** The member’s phone number, in E.164. */
  phoneNumber?: Maybe<Scalars['String']['output']>;
  /** Whether the member is told of missed calls and messages by SMS. */
  smsNotification: Scalars['Boolean']['output'];
  /** A user or a nested workgroup. */
  type: WorkgroupMemberType;
  /** The subscriber who answers, for a USER member named by subscriber. */
  user?: Maybe<Subscriber>;
};

/** A person or a nested workgroup. */
export type WorkgroupMemberType =
  /** A user: a subscriber or a phone number. */
  | 'USER'
  /** Another workgroup of the account. */
  | 'WORKGROUP';

/** How a workgroup distributes calls. */
export type WorkgroupType =
  /** A menu: callers press a member’s digit. */
  | 'IVR'
  /** Members ring one after another, in turn. */
  | 'ROUND_ROBIN'
  /** Every member rings at once. */
  | 'SIMULTANEOUS';

export type AccountDataUsageQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type AccountDataUsageQuery = { __typename?: 'Query', account?: { __typename?: 'Account', numbers?: { __typename?: 'PhoneNumberConnection', totalCount: number, edges: Array<{ __typename?: 'PhoneNumberEdge', node: { __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number } | null } } }> } | null } | null };

export type AccountExtrasQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  number: Scalars['String']['input'];
}>;


export type AccountExtrasQuery = { __typename?: 'Query', services?: Array<{ __typename?: 'Service', id: string, name: string, cost: string, billingFrequency: string }> | null, account?: { __typename?: 'Account', webhooks?: Array<{ __typename?: 'Webhook', id: string, url?: string | null, method?: WebhookMethod | null, events: Array<WebhookEvent>, active: boolean, authenticationType?: AuthenticationType | null }> | null, workgroups?: Array<{ __typename?: 'Workgroup', id: string, name: string, type: WorkgroupType, timeZone?: string | null, members?: Array<{ __typename?: 'WorkgroupMember', id: string, type: WorkgroupMemberType, digitOrder?: number | null, phoneNumber?: string | null }> | null }> | null } | null, phoneNumber?: { __typename?: 'PhoneNumber', voicemail?: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null } | null, subscription?: { __typename?: 'BillingSubscription', features?: Array<{ __typename?: 'SubscriptionFeature', name?: string | null, type?: string | null }> | null } | null } | null };

export type AccountProfileFragment = { __typename?: 'Account', id: string, name?: string | null, adminEmail?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null };

export type CreateAccountMutationVariables = Exact<{
  input: CreateAccountInput;
}>;


export type CreateAccountMutation = { __typename?: 'Mutation', createAccount: { __typename?: 'CreateAccountPayload', account: { __typename?: 'Account', id: string, name?: string | null, adminEmail?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } } };

export type UpdateAccountMutationVariables = Exact<{
  input: UpdateAccountInput;
}>;


export type UpdateAccountMutation = { __typename?: 'Mutation', updateAccount: { __typename?: 'UpdateAccountPayload', account: { __typename?: 'Account', id: string, name?: string | null, adminEmail?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } } };

export type AccountProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountProfileQuery = { __typename?: 'Query', account?: { __typename?: 'Account', id: string, name?: string | null, adminEmail?: string | null, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } | null };

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

export type ApiKeyFieldsFragment = { __typename?: 'ApiKey', id: string, prefix: string, name: string, role: string, accountIds: Array<string>, scopes: Array<string>, createdAt: string, createdBy: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { __typename?: 'Mutation', createApiKey: { __typename?: 'CreateApiKeyPayload', key: string, apiKey: { __typename?: 'ApiKey', id: string, prefix: string, name: string, role: string, accountIds: Array<string>, scopes: Array<string>, createdAt: string, createdBy: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null } } };

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;


export type RevokeApiKeyMutation = { __typename?: 'Mutation', revokeApiKey: { __typename?: 'RevokeApiKeyPayload', apiKey: { __typename?: 'ApiKey', id: string, prefix: string, name: string, role: string, accountIds: Array<string>, scopes: Array<string>, createdAt: string, createdBy: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null } } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { __typename?: 'Query', apiKeys: Array<{ __typename?: 'ApiKey', id: string, prefix: string, name: string, role: string, accountIds: Array<string>, scopes: Array<string>, createdAt: string, createdBy: string, expiresAt?: string | null, revokedAt?: string | null, lastUsedAt?: string | null }> };

export type AvailableNumbersQueryVariables = Exact<{
  areaCode?: InputMaybe<Scalars['String']['input']>;
  zipCode?: InputMaybe<Scalars['String']['input']>;
  pageSize?: InputMaybe<Scalars['Int']['input']>;
  numberType?: InputMaybe<NumberType>;
}>;


export type AvailableNumbersQuery = { __typename?: 'Query', availableNumbers?: { __typename?: 'AvailableNumbers', total: number, page: number, numbers: Array<string>, areas: Array<{ __typename?: 'AvailableArea', areaCode: string, zipCode: string, provider: string }> } | null };

export type CatalogAndRoutesQueryVariables = Exact<{ [key: string]: never; }>;


export type CatalogAndRoutesQuery = { __typename?: 'Query', packages?: Array<{ __typename?: 'Package', id: string, name: string, price: string, monthly: boolean, items?: Array<{ __typename?: 'PackageItem', id: string, price: string, monthly: boolean, type?: string | null, product?: { __typename?: 'Product', sku: string, description: string } | null }> | null }> | null, messageRoutes?: Array<{ __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, enabled: boolean }> | null, voiceRoutes?: Array<{ __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType }> | null };

export type ProductsAndMessagesQueryVariables = Exact<{
  phoneNumber: Scalars['String']['input'];
  direction?: InputMaybe<MessageDirection>;
}>;


export type ProductsAndMessagesQuery = { __typename?: 'Query', products?: Array<{ __typename?: 'Product', id: string, sku: string, cost: string, billingFrequency: string, active: boolean }> | null, messages?: { __typename?: 'MessagePage', totalCount: number, page: number, pageCount: number, items: Array<{ __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: MessageStatus, kind: MessageKind, sentAt?: string | null }> } | null };

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

export type NumberDataUsageFragment = { __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: DataUnit, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: ThrottleSpeed | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: DataUnit, throttled: boolean, limitReached: boolean } | null } };

export type SetDataUsageLimitsMutationVariables = Exact<{
  input: SetDataUsageLimitsInput;
}>;


export type SetDataUsageLimitsMutation = { __typename?: 'Mutation', setDataUsageLimits: { __typename?: 'SetDataUsageLimitsPayload', results: Array<{ __typename?: 'NumberResult', number: string, succeeded: boolean, message?: string | null }>, numbers: Array<{ __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: DataUnit, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: ThrottleSpeed | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: DataUnit, throttled: boolean, limitReached: boolean } | null } }> } };

export type SetDataUsageRenewalMutationVariables = Exact<{
  input: SetDataUsageRenewalInput;
}>;


export type SetDataUsageRenewalMutation = { __typename?: 'Mutation', setDataUsageRenewal: { __typename?: 'SetDataUsageRenewalPayload', results: Array<{ __typename?: 'NumberResult', number: string, succeeded: boolean, message?: string | null }>, numbers: Array<{ __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: DataUnit, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: ThrottleSpeed | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: DataUnit, throttled: boolean, limitReached: boolean } | null } }> } };

export type NumberDataUsageQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type NumberDataUsageQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', number: string, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: DataUnit, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: ThrottleSpeed | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: DataUnit, throttled: boolean, limitReached: boolean } | null } } | null };

export type DistributorProfileFragment = { __typename?: 'Distributor', id: string, name?: string | null, accountKey: string, totalAccounts: number, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null };

export type CreateDistributorMutationVariables = Exact<{
  input: CreateDistributorInput;
}>;


export type CreateDistributorMutation = { __typename?: 'Mutation', createDistributor: { __typename?: 'CreateDistributorPayload', distributor: { __typename?: 'Distributor', id: string, name?: string | null, accountKey: string, totalAccounts: number, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null }, credentials: { __typename?: 'DistributorCredentials', accountKey: string, accountSecret: string } } };

export type UpdateDistributorMutationVariables = Exact<{
  input: UpdateDistributorInput;
}>;


export type UpdateDistributorMutation = { __typename?: 'Mutation', updateDistributor: { __typename?: 'UpdateDistributorPayload', distributor: { __typename?: 'Distributor', id: string, name?: string | null, accountKey: string, totalAccounts: number, billingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null, mailingAddress?: { __typename?: 'Address', street1?: string | null, street2?: string | null, city?: string | null, state?: string | null, zip?: string | null, country?: string | null } | null } } };

export type GuardianOfSubscriberFragment = { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } };

export type CallFilterSettingsFragment = { __typename?: 'CallFilter', id: string, phone: string, mode: CallFilterMode, allowedNumbers: Array<string>, blockedNumbers: Array<string>, enableTranscription: boolean, transcriptionAction: TranscriptionAction, warningMessage?: string | null, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockInternational: boolean, recordFlaggedCalls: boolean, timeRestrictions?: unknown | null, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null };

export type MessageFilterSettingsFragment = { __typename?: 'MessageFilter', id: string, phone: string, mode: MessageFilterMode, level?: MessageFilterLevel | null, allowedContacts: Array<string>, blockedContacts: Array<string>, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockLinks: boolean, blockMedia: boolean, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null };

export type GuardianOfSubscriberQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GuardianOfSubscriberQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null };

export type GuardianFiltersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GuardianFiltersQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', guardian: { __typename?: 'Guardian', callFilters?: Array<{ __typename?: 'CallFilter', id: string, phone: string, mode: CallFilterMode, allowedNumbers: Array<string>, blockedNumbers: Array<string>, enableTranscription: boolean, transcriptionAction: TranscriptionAction, warningMessage?: string | null, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockInternational: boolean, recordFlaggedCalls: boolean, timeRestrictions?: unknown | null, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string, phone: string, mode: MessageFilterMode, level?: MessageFilterLevel | null, allowedContacts: Array<string>, blockedContacts: Array<string>, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockLinks: boolean, blockMedia: boolean, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null }> | null } } | null };

export type SetGuardianFeaturesMutationVariables = Exact<{
  input: SetGuardianFeaturesInput;
}>;


export type SetGuardianFeaturesMutation = { __typename?: 'Mutation', setGuardianFeatures: { __typename?: 'SetGuardianFeaturesPayload', features: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean }, subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } };

export type LinkGuardianMutationVariables = Exact<{
  input: LinkGuardianInput;
}>;


export type LinkGuardianMutation = { __typename?: 'Mutation', linkGuardian: { __typename?: 'LinkGuardianPayload', relation: { __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null, child?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } } };

export type UnlinkGuardianMutationVariables = Exact<{
  input: UnlinkGuardianInput;
}>;


export type UnlinkGuardianMutation = { __typename?: 'Mutation', unlinkGuardian: { __typename?: 'UnlinkGuardianPayload', relation: { __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null, child?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } } };

export type CreateCallFilterMutationVariables = Exact<{
  input: CreateCallFilterInput;
}>;


export type CreateCallFilterMutation = { __typename?: 'Mutation', createCallFilter: { __typename?: 'CreateCallFilterPayload', callFilter: { __typename?: 'CallFilter', id: string, phone: string, mode: CallFilterMode, allowedNumbers: Array<string>, blockedNumbers: Array<string>, enableTranscription: boolean, transcriptionAction: TranscriptionAction, warningMessage?: string | null, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockInternational: boolean, recordFlaggedCalls: boolean, timeRestrictions?: unknown | null, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null }, subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } };

export type UpdateCallFilterMutationVariables = Exact<{
  input: UpdateCallFilterInput;
}>;


export type UpdateCallFilterMutation = { __typename?: 'Mutation', updateCallFilter: { __typename?: 'UpdateCallFilterPayload', callFilter: { __typename?: 'CallFilter', id: string, phone: string, mode: CallFilterMode, allowedNumbers: Array<string>, blockedNumbers: Array<string>, enableTranscription: boolean, transcriptionAction: TranscriptionAction, warningMessage?: string | null, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockInternational: boolean, recordFlaggedCalls: boolean, timeRestrictions?: unknown | null, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null } } };

export type DeleteCallFilterMutationVariables = Exact<{
  input: DeleteCallFilterInput;
}>;


export type DeleteCallFilterMutation = { __typename?: 'Mutation', deleteCallFilter: { __typename?: 'DeleteCallFilterPayload', deletedId: string, subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } };

export type AddCallFilterNumbersMutationVariables = Exact<{
  input: AddCallFilterNumbersInput;
}>;


export type AddCallFilterNumbersMutation = { __typename?: 'Mutation', addCallFilterNumbers: { __typename?: 'AddCallFilterNumbersPayload', callFilter?: { __typename?: 'CallFilter', id: string, allowedNumbers: Array<string>, blockedNumbers: Array<string> } | null } };

export type RemoveCallFilterNumbersMutationVariables = Exact<{
  input: RemoveCallFilterNumbersInput;
}>;


export type RemoveCallFilterNumbersMutation = { __typename?: 'Mutation', removeCallFilterNumbers: { __typename?: 'RemoveCallFilterNumbersPayload', callFilter?: { __typename?: 'CallFilter', id: string, allowedNumbers: Array<string>, blockedNumbers: Array<string> } | null } };

export type CreateMessageFilterMutationVariables = Exact<{
  input: CreateMessageFilterInput;
}>;


export type CreateMessageFilterMutation = { __typename?: 'Mutation', createMessageFilter: { __typename?: 'CreateMessageFilterPayload', messageFilter: { __typename?: 'MessageFilter', id: string, phone: string, mode: MessageFilterMode, level?: MessageFilterLevel | null, allowedContacts: Array<string>, blockedContacts: Array<string>, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockLinks: boolean, blockMedia: boolean, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null }, subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } };

export type UpdateMessageFilterMutationVariables = Exact<{
  input: UpdateMessageFilterInput;
}>;


export type UpdateMessageFilterMutation = { __typename?: 'Mutation', updateMessageFilter: { __typename?: 'UpdateMessageFilterPayload', messageFilter: { __typename?: 'MessageFilter', id: string, phone: string, mode: MessageFilterMode, level?: MessageFilterLevel | null, allowedContacts: Array<string>, blockedContacts: Array<string>, notificationPhones: Array<string>, applyToOutbound: boolean, applyToInbound: boolean, blockUnknownNumbers: boolean, blockLinks: boolean, blockMedia: boolean, keywordFilter?: { __typename?: 'KeywordFilter', customKeywords: Array<string>, systemKeywords: Array<{ __typename?: 'SystemKeywordCategory', category: string, keywords: Array<string> }>, severities: Array<{ __typename?: 'KeywordSeverityEntry', term: string, severity: KeywordSeverity }> } | null } } };

export type DeleteMessageFilterMutationVariables = Exact<{
  input: DeleteMessageFilterInput;
}>;


export type DeleteMessageFilterMutation = { __typename?: 'Mutation', deleteMessageFilter: { __typename?: 'DeleteMessageFilterPayload', deletedId: string, subscriber?: { __typename?: 'Subscriber', id: string, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', id: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', id: string } | null }> | null } } | null } };

export type AddMessageFilterContactsMutationVariables = Exact<{
  input: AddMessageFilterContactsInput;
}>;


export type AddMessageFilterContactsMutation = { __typename?: 'Mutation', addMessageFilterContacts: { __typename?: 'AddMessageFilterContactsPayload', messageFilter?: { __typename?: 'MessageFilter', id: string, allowedContacts: Array<string>, blockedContacts: Array<string> } | null } };

export type RemoveMessageFilterContactsMutationVariables = Exact<{
  input: RemoveMessageFilterContactsInput;
}>;


export type RemoveMessageFilterContactsMutation = { __typename?: 'Mutation', removeMessageFilterContacts: { __typename?: 'RemoveMessageFilterContactsPayload', messageFilter?: { __typename?: 'MessageFilter', id: string, allowedContacts: Array<string>, blockedContacts: Array<string> } | null } };

export type SentMessageFieldsFragment = { __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: MessageStatus, kind: MessageKind, campaignId?: string | null, cost?: string | null, mediaUrls: Array<string> };

export type SendMessageMutationVariables = Exact<{
  input: SendMessageInput;
}>;


export type SendMessageMutation = { __typename?: 'Mutation', sendMessage: { __typename?: 'SendMessagePayload', recipients: Array<string>, cost: string, messages: Array<{ __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: MessageStatus, kind: MessageKind, campaignId?: string | null, cost?: string | null, mediaUrls: Array<string> }>, sender?: { __typename?: 'PhoneNumber', number: string } | null } };

export type OutboundMessagesQueryVariables = Exact<{
  phoneNumber: Scalars['String']['input'];
}>;


export type OutboundMessagesQuery = { __typename?: 'Query', messages?: { __typename?: 'MessagePage', totalCount: number, items: Array<{ __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: MessageStatus, kind: MessageKind, campaignId?: string | null, cost?: string | null, mediaUrls: Array<string> }> } | null };

export type CreateGatewayMessageRouteMutationVariables = Exact<{
  input: CreateGatewayMessageRouteInput;
}>;


export type CreateGatewayMessageRouteMutation = { __typename?: 'Mutation', createGatewayMessageRoute: { __typename?: 'CreateGatewayMessageRoutePayload', messageRoute: { __typename?: 'MessageRoute', id: string, name: string, enabled: boolean, messageUrl: string, messageUrlMethod: CallbackMethod, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null }, account?: { __typename?: 'Account', id: string, name?: string | null } | null } };

export type PointMessageRouteAtGatewayMutationVariables = Exact<{
  input: PointMessageRouteAtGatewayInput;
}>;


export type PointMessageRouteAtGatewayMutation = { __typename?: 'Mutation', pointMessageRouteAtGateway: { __typename?: 'PointMessageRouteAtGatewayPayload', messageRoute: { __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, messageUrlMethod: CallbackMethod, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null }, account?: { __typename?: 'Account', id: string } | null } };

export type MessageReceivedSubscriptionVariables = Exact<{
  phoneNumber: Scalars['String']['input'];
}>;


export type MessageReceivedSubscription = { __typename?: 'Subscription', messageReceived: { __typename?: 'Message', id: string, direction: MessageDirection, from: string, to: string, body: string, status: MessageStatus, statusText: string, kind: MessageKind, sentAt?: string | null, campaignId?: string | null, cost?: string | null, mediaUrls: Array<string> } };

export type MessageStatusChangedSubscriptionVariables = Exact<{
  phoneNumber: Scalars['String']['input'];
}>;


export type MessageStatusChangedSubscription = { __typename?: 'Subscription', messageStatusChanged: { __typename?: 'DeliveryReceipt', messageId: string, status: DeliveryStatus, statusText: string, from: string, to: string, at: string, errorCode?: number | null, errorMessage?: string | null } };

export type NodeByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeByIdQuery = { __typename?: 'Query', node?: { __typename: 'Account', id: string, accountName?: string | null } | { __typename: 'BillingSubscription', type: string, id: string } | { __typename: 'MessageRoute', name: string, id: string } | { __typename: 'Order', status: OrderStatus, id: string } | { __typename: 'Package', name: string, id: string } | { __typename: 'PhoneNumber', number: string, id: string } | { __typename: 'Product', id: string } | { __typename: 'Subscriber', name: string, id: string } | { __typename: 'VoiceRoute', name: string, id: string } | null };

export type NumberDetailsQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type NumberDetailsQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType, messageType?: MessageType | null, status: string, purchasedOn?: string | null, account?: { __typename?: 'Account', name?: string | null } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null, subscription?: { __typename?: 'BillingSubscription', id: string, status: SubscriptionStatus, package?: { __typename?: 'Package', name: string } | null } | null, messageRoute?: { __typename?: 'MessageRoute', id: string, name: string, enabled: boolean, authenticationType?: AuthenticationType | null } | null, voiceRoute?: { __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType, trunk?: string | null } | null, dataUsage: { __typename?: 'DataUsage', settings?: { __typename?: 'DataUsageSettings', unit: DataUnit, notifyAt?: number | null, throttleAt?: number | null, throttleSpeed?: ThrottleSpeed | null, limit: number } | null, usage?: { __typename?: 'DataUsageMeter', used: number, unit: DataUnit, throttled: boolean, limitReached: boolean } | null }, order?: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, orderDate: string } | null } | null };

export type UpdateNumberMutationVariables = Exact<{
  input: UpdateNumberInput;
}>;


export type UpdateNumberMutation = { __typename?: 'Mutation', updateNumber: { __typename?: 'UpdateNumberPayload', order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, numbers: Array<string> }, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType, messageType?: MessageType | null, messageEnabled: boolean, voiceEnabled: boolean, iccid?: string | null, callerIdName?: string | null, subscriber?: { __typename?: 'Subscriber', id: string } | null, messageRoute?: { __typename?: 'MessageRoute', id: string } | null, voiceRoute?: { __typename?: 'VoiceRoute', id: string } | null } | null } };

export type ChangeNumberStatusMutationVariables = Exact<{
  input: ChangeNumberStatusInput;
}>;


export type ChangeNumberStatusMutation = { __typename?: 'Mutation', changeNumberStatus: { __typename?: 'ChangeNumberStatusPayload', change?: NumberStatusChange | null, effectiveDate?: string | null, order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, numbers: Array<string> }, results: Array<{ __typename?: 'NumberStatusChangeResult', number: string, newNumber?: string | null, fee?: string | null, qrCode?: string | null, phoneNumber?: { __typename?: 'PhoneNumber', number: string, status: string, iccid?: string | null, subscriber?: { __typename?: 'Subscriber', id: string } | null } | null }> } };

export type ReactivateNumbersMutationVariables = Exact<{
  input: ReactivateNumbersInput;
}>;


export type ReactivateNumbersMutation = { __typename?: 'Mutation', reactivateNumbers: { __typename?: 'ChangeNumberStatusPayload', change?: NumberStatusChange | null, order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, numbers: Array<string> }, results: Array<{ __typename?: 'NumberStatusChangeResult', number: string, phoneNumber?: { __typename?: 'PhoneNumber', number: string, status: string } | null }> } };

export type OrderByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrderByIdQuery = { __typename?: 'Query', order?: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusText: string, statusMessage?: string | null, numbers: Array<string>, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, statusText: string, at: string, message?: string | null }> } | null };

export type OrderStatusChangedSubscriptionVariables = Exact<{
  orderId: Scalars['ID']['input'];
}>;


export type OrderStatusChangedSubscription = { __typename?: 'Subscription', orderStatusChanged: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusText: string, statusMessage?: string | null } };

export type OrderUpdatesSubscriptionVariables = Exact<{
  accountId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type OrderUpdatesSubscription = { __typename?: 'Subscription', orderUpdates: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus } };

export type CheckPortInEligibilityMutationVariables = Exact<{
  input: CheckPortInEligibilityInput;
}>;


export type CheckPortInEligibilityMutation = { __typename?: 'Mutation', checkPortInEligibility: { __typename?: 'CheckPortInEligibilityPayload', number: string, targetClassification: NumberType, eligible: boolean, reason?: string | null } };

export type SubmitPortInMutationVariables = Exact<{
  input: SubmitPortInInput;
}>;


export type SubmitPortInMutation = { __typename?: 'Mutation', submitPortIn: { __typename?: 'SubmitPortInPayload', order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusMessage?: string | null, numbers: Array<string>, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus, message?: string | null }> } } };

export type UpdatePortInMutationVariables = Exact<{
  input: UpdatePortInInput;
}>;


export type UpdatePortInMutation = { __typename?: 'Mutation', updatePortIn: { __typename?: 'UpdatePortInPayload', order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusMessage?: string | null, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus }> } } };

export type CancelPortInMutationVariables = Exact<{
  input: CancelPortInInput;
}>;


export type CancelPortInMutation = { __typename?: 'Mutation', cancelPortIn: { __typename?: 'CancelPortInPayload', order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusMessage?: string | null, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus }> } } };

export type RequestPortOutMutationVariables = Exact<{
  input: RequestPortOutInput;
}>;


export type RequestPortOutMutation = { __typename?: 'Mutation', requestPortOut: { __typename?: 'RequestPortOutPayload', order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, numbers: Array<string> }, phoneNumber?: { __typename?: 'PhoneNumber', number: string, status: string } | null } };

export type ProvisionNumberMutationVariables = Exact<{
  input: ProvisionNumberInput;
}>;


export type ProvisionNumberMutation = { __typename?: 'Mutation', provisionNumber: { __typename?: 'ProvisionNumberPayload', qrCode?: string | null, zipCode?: string | null, order: { __typename?: 'Order', id: string, type?: string | null, status: OrderStatus, statusText: string, orderDate: string, numbers: Array<string>, history: Array<{ __typename?: 'OrderStatusChange', status: OrderStatus }> }, phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, numberType: NumberType, messageType?: MessageType | null, productType?: ProductType | null, voiceEnabled: boolean, status: string, account?: { __typename?: 'Account', name?: string | null } | null, subscriber?: { __typename?: 'Subscriber', id: string } | null } | null, subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null } };

export type NumberProvisioningQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type NumberProvisioningQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', id: string, number: string, productType?: ProductType | null, dataEnabled?: boolean | null, zipCode?: string | null, qrCode?: string | null } | null };

export type RelationsQueryVariables = Exact<{
  subscriberId: Scalars['ID']['input'];
  accountId: Scalars['ID']['input'];
}>;


export type RelationsQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, subscriptions?: Array<{ __typename?: 'BillingSubscription', id: string, active: boolean, subscriber?: { __typename?: 'Subscriber', id: string } | null, number?: { __typename?: 'PhoneNumber', id: string, number: string, subscription?: { __typename?: 'BillingSubscription', id: string } | null } | null, package?: { __typename?: 'Package', id: string, name: string } | null }> | null } | null, account?: { __typename?: 'Account', admin?: { __typename?: 'Subscriber', name: string, email: string, role: SubscriberRole } | null, packages?: Array<{ __typename?: 'Package', id: string, name: string }> | null, products?: Array<{ __typename?: 'Product', id: string, sku: string }> | null } | null };

export type MessageRouteFieldsFragment = { __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, messageUrlMethod: CallbackMethod, enabled: boolean, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null, inboundGuardianBypass?: boolean | null, outboundGuardianBypass?: boolean | null, intelligentRoutingEnabled?: boolean | null };

export type SipTrunkFieldsFragment = { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null };

export type VoiceRouteFieldsFragment = { __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType, enabled: boolean, trunk?: string | null, voiceUrl?: string | null, voiceUrlMethod?: CallbackMethod | null, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, forwardNumber?: string | null, ipWhitelist: Array<string>, headerManipulation?: string | null, transferCallerId?: string | null, terminationUriSubdomain?: string | null, wssUri?: string | null, sipReferEnabled: boolean, symmetricRtp: boolean, secureTrunkEnabled: boolean, pstnTransferEnabled: boolean, cnamLookup: boolean, callStreamingEnabled: boolean, intelligentRoutingEnabled: boolean, primaryTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null, failoverTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null };

export type CreateMessageRouteMutationVariables = Exact<{
  input: CreateMessageRouteInput;
}>;


export type CreateMessageRouteMutation = { __typename?: 'Mutation', createMessageRoute: { __typename?: 'CreateMessageRoutePayload', messageRoute: { __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, messageUrlMethod: CallbackMethod, enabled: boolean, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null, inboundGuardianBypass?: boolean | null, outboundGuardianBypass?: boolean | null, intelligentRoutingEnabled?: boolean | null }, account?: { __typename?: 'Account', id: string, messageRoutes?: Array<{ __typename?: 'MessageRoute', id: string }> | null } | null } };

export type UpdateMessageRouteMutationVariables = Exact<{
  input: UpdateMessageRouteInput;
}>;


export type UpdateMessageRouteMutation = { __typename?: 'Mutation', updateMessageRoute: { __typename?: 'UpdateMessageRoutePayload', messageRoute: { __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, messageUrlMethod: CallbackMethod, enabled: boolean, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null, inboundGuardianBypass?: boolean | null, outboundGuardianBypass?: boolean | null, intelligentRoutingEnabled?: boolean | null }, account?: { __typename?: 'Account', id: string } | null } };

export type DeleteMessageRouteMutationVariables = Exact<{
  input: DeleteMessageRouteInput;
}>;


export type DeleteMessageRouteMutation = { __typename?: 'Mutation', deleteMessageRoute: { __typename?: 'DeleteMessageRoutePayload', deletedId: string, account?: { __typename?: 'Account', id: string, messageRoutes?: Array<{ __typename?: 'MessageRoute', id: string }> | null } | null } };

export type CreateVoiceRouteMutationVariables = Exact<{
  input: CreateVoiceRouteInput;
}>;


export type CreateVoiceRouteMutation = { __typename?: 'Mutation', createVoiceRoute: { __typename?: 'CreateVoiceRoutePayload', voiceRoute: { __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType, enabled: boolean, trunk?: string | null, voiceUrl?: string | null, voiceUrlMethod?: CallbackMethod | null, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, forwardNumber?: string | null, ipWhitelist: Array<string>, headerManipulation?: string | null, transferCallerId?: string | null, terminationUriSubdomain?: string | null, wssUri?: string | null, sipReferEnabled: boolean, symmetricRtp: boolean, secureTrunkEnabled: boolean, pstnTransferEnabled: boolean, cnamLookup: boolean, callStreamingEnabled: boolean, intelligentRoutingEnabled: boolean, primaryTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null, failoverTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null }, account?: { __typename?: 'Account', id: string, voiceRoutes?: Array<{ __typename?: 'VoiceRoute', id: string }> | null } | null } };

export type UpdateVoiceRouteMutationVariables = Exact<{
  input: UpdateVoiceRouteInput;
}>;


export type UpdateVoiceRouteMutation = { __typename?: 'Mutation', updateVoiceRoute: { __typename?: 'UpdateVoiceRoutePayload', voiceRoute: { __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType, enabled: boolean, trunk?: string | null, voiceUrl?: string | null, voiceUrlMethod?: CallbackMethod | null, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, forwardNumber?: string | null, ipWhitelist: Array<string>, headerManipulation?: string | null, transferCallerId?: string | null, terminationUriSubdomain?: string | null, wssUri?: string | null, sipReferEnabled: boolean, symmetricRtp: boolean, secureTrunkEnabled: boolean, pstnTransferEnabled: boolean, cnamLookup: boolean, callStreamingEnabled: boolean, intelligentRoutingEnabled: boolean, primaryTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null, failoverTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null }, account?: { __typename?: 'Account', id: string } | null } };

export type DeleteVoiceRouteMutationVariables = Exact<{
  input: DeleteVoiceRouteInput;
}>;


export type DeleteVoiceRouteMutation = { __typename?: 'Mutation', deleteVoiceRoute: { __typename?: 'DeleteVoiceRoutePayload', deletedId: string, account?: { __typename?: 'Account', id: string, voiceRoutes?: Array<{ __typename?: 'VoiceRoute', id: string }> | null } | null } };

export type MessageRouteByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MessageRouteByIdQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'BillingSubscription' } | { __typename?: 'MessageRoute', id: string, name: string, messageUrl: string, messageUrlMethod: CallbackMethod, enabled: boolean, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, callbackAuthenticationType?: AuthenticationType | null, inboundGuardianBypass?: boolean | null, outboundGuardianBypass?: boolean | null, intelligentRoutingEnabled?: boolean | null } | { __typename?: 'Order' } | { __typename?: 'Package' } | { __typename?: 'PhoneNumber' } | { __typename?: 'Product' } | { __typename?: 'Subscriber' } | { __typename?: 'VoiceRoute' } | null };

export type VoiceRouteByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VoiceRouteByIdQuery = { __typename?: 'Query', node?: { __typename?: 'Account' } | { __typename?: 'BillingSubscription' } | { __typename?: 'MessageRoute' } | { __typename?: 'Order' } | { __typename?: 'Package' } | { __typename?: 'PhoneNumber' } | { __typename?: 'Product' } | { __typename?: 'Subscriber' } | { __typename?: 'VoiceRoute', id: string, name: string, routeType: VoiceRouteType, enabled: boolean, trunk?: string | null, voiceUrl?: string | null, voiceUrlMethod?: CallbackMethod | null, authenticationType?: AuthenticationType | null, callbackUrl?: string | null, callbackUrlMethod?: CallbackMethod | null, forwardNumber?: string | null, ipWhitelist: Array<string>, headerManipulation?: string | null, transferCallerId?: string | null, terminationUriSubdomain?: string | null, wssUri?: string | null, sipReferEnabled: boolean, symmetricRtp: boolean, secureTrunkEnabled: boolean, pstnTransferEnabled: boolean, cnamLookup: boolean, callStreamingEnabled: boolean, intelligentRoutingEnabled: boolean, primaryTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null, failoverTrunk?: { __typename?: 'SipTrunk', ip?: string | null, uri?: string | null, port?: number | null, transport?: TrunkTransport | null, enabled: boolean, priority?: number | null, weight?: number | null } | null } | null };

export type SubscriberByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberByIdQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null };

export type SubscriberGuardianQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberGuardianQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', name: string, role: SubscriberRole, account?: { __typename?: 'Account', name?: string | null } | null, guardian: { __typename?: 'Guardian', features?: { __typename?: 'GuardianFeatures', calls: boolean, messages: boolean } | null, callFilters?: Array<{ __typename?: 'CallFilter', id: string, phone: string, mode: CallFilterMode, allowedNumbers: Array<string>, blockedNumbers: Array<string> }> | null, messageFilters?: Array<{ __typename?: 'MessageFilter', id: string, phone: string, mode: MessageFilterMode, level?: MessageFilterLevel | null, blockLinks: boolean }> | null, parents?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', name: string } | null, child?: { __typename?: 'Subscriber', name: string } | null }> | null, children?: Array<{ __typename?: 'GuardianRelation', relation: string, child?: { __typename?: 'Subscriber', name: string } | null }> | null, relations?: Array<{ __typename?: 'GuardianRelation', relation: string, parent?: { __typename?: 'Subscriber', name: string } | null, child?: { __typename?: 'Subscriber', name: string } | null }> | null, callFilter?: { __typename?: 'CallFilter', id: string, mode: CallFilterMode } | null, messageFilter?: { __typename?: 'MessageFilter', id: string, mode: MessageFilterMode } | null } } | null };

export type SubscriberCardFragment = { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null };

export type CreateSubscriberMutationVariables = Exact<{
  input: CreateSubscriberInput;
}>;


export type CreateSubscriberMutation = { __typename?: 'Mutation', createSubscriber: { __typename?: 'CreateSubscriberPayload', subscriber: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null } } };

export type UpdateSubscriberMutationVariables = Exact<{
  input: UpdateSubscriberInput;
}>;


export type UpdateSubscriberMutation = { __typename?: 'Mutation', updateSubscriber: { __typename?: 'UpdateSubscriberPayload', subscriber: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null } } };

export type TransferSubscriberMutationVariables = Exact<{
  input: TransferSubscriberInput;
}>;


export type TransferSubscriberMutation = { __typename?: 'Mutation', transferSubscriber: { __typename?: 'TransferSubscriberPayload', subscriber: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null }, fromAccount?: { __typename?: 'Account', id: string, subscribers?: { __typename?: 'SubscriberConnection', edges: Array<{ __typename?: 'SubscriberEdge', node: { __typename?: 'Subscriber', id: string } }> } | null } | null, toAccount?: { __typename?: 'Account', id: string, subscribers?: { __typename?: 'SubscriberConnection', edges: Array<{ __typename?: 'SubscriberEdge', node: { __typename?: 'Subscriber', id: string } }> } | null } | null } };

export type AssignNumbersMutationVariables = Exact<{
  input: AssignNumbersInput;
}>;


export type AssignNumbersMutation = { __typename?: 'Mutation', assignNumbers: { __typename?: 'AssignNumbersPayload', subscriber: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null }, numbers: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> } };

export type UnassignNumbersMutationVariables = Exact<{
  input: UnassignNumbersInput;
}>;


export type UnassignNumbersMutation = { __typename?: 'Mutation', unassignNumbers: { __typename?: 'UnassignNumbersPayload', subscriber: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null }, numbers: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> } };

export type SubscriberCardQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberCardQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, name: string, email: string, role: SubscriberRole, account?: { __typename?: 'Account', id: string, name?: string | null } | null, numbers?: Array<{ __typename?: 'PhoneNumber', number: string, subscriber?: { __typename?: 'Subscriber', id: string } | null }> | null } | null };

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

export type ActivateVoicemailMutationVariables = Exact<{
  input: ActivateVoicemailInput;
}>;


export type ActivateVoicemailMutation = { __typename?: 'Mutation', activateVoicemail: { __typename?: 'ActivateVoicemailPayload', voicemail: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null }, phoneNumber?: { __typename?: 'PhoneNumber', number: string, voicemail?: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null } | null } | null } };

export type UpdateVoicemailMutationVariables = Exact<{
  input: UpdateVoicemailInput;
}>;


export type UpdateVoicemailMutation = { __typename?: 'Mutation', updateVoicemail: { __typename?: 'UpdateVoicemailPayload', voicemail: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null }, phoneNumber?: { __typename?: 'PhoneNumber', number: string, voicemail?: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null } | null } | null } };

export type NumberVoicemailQueryVariables = Exact<{
  number: Scalars['String']['input'];
}>;


export type NumberVoicemailQuery = { __typename?: 'Query', phoneNumber?: { __typename?: 'PhoneNumber', number: string, voicemail?: { __typename?: 'Voicemail', status: string, email?: string | null, firstName?: string | null, lastName?: string | null } | null } | null };

export type WebhookFieldsFragment = { __typename?: 'Webhook', id: string, url?: string | null, method?: WebhookMethod | null, dataFormat?: WebhookDataFormat | null, authenticationType?: AuthenticationType | null, events: Array<WebhookEvent>, active: boolean };

export type CreateWebhookMutationVariables = Exact<{
  input: CreateWebhookInput;
}>;


export type CreateWebhookMutation = { __typename?: 'Mutation', createWebhook: { __typename?: 'CreateWebhookPayload', webhook: { __typename?: 'Webhook', id: string, url?: string | null, method?: WebhookMethod | null, dataFormat?: WebhookDataFormat | null, authenticationType?: AuthenticationType | null, events: Array<WebhookEvent>, active: boolean }, account?: { __typename?: 'Account', id: string, webhooks?: Array<{ __typename?: 'Webhook', id: string }> | null } | null } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { __typename?: 'Mutation', updateWebhook: { __typename?: 'UpdateWebhookPayload', webhook: { __typename?: 'Webhook', id: string, url?: string | null, method?: WebhookMethod | null, dataFormat?: WebhookDataFormat | null, authenticationType?: AuthenticationType | null, events: Array<WebhookEvent>, active: boolean }, account?: { __typename?: 'Account', id: string } | null } };

export type DeleteWebhookMutationVariables = Exact<{
  input: DeleteWebhookInput;
}>;


export type DeleteWebhookMutation = { __typename?: 'Mutation', deleteWebhook: { __typename?: 'DeleteWebhookPayload', deletedId: string, account?: { __typename?: 'Account', id: string, webhooks?: Array<{ __typename?: 'Webhook', id: string }> | null } | null } };

export type AccountWebhooksQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountWebhooksQuery = { __typename?: 'Query', account?: { __typename?: 'Account', webhooks?: Array<{ __typename?: 'Webhook', id: string, url?: string | null, method?: WebhookMethod | null, dataFormat?: WebhookDataFormat | null, authenticationType?: AuthenticationType | null, events: Array<WebhookEvent>, active: boolean }> | null } | null };

export type ForwardingFieldsFragment = { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null };

export type WorkgroupFieldsFragment = { __typename?: 'Workgroup', id: string, name: string, type: WorkgroupType, phoneNumber?: string | null, timeZone?: string | null, scheduleId?: string | null, hours?: string | null, callOrder?: string | null, announcementText?: string | null, announcementUrl?: string | null, announcementFileId?: string | null, internalExtension?: string | null, callerIdType?: string | null, callerIdName?: string | null, callerIdOption?: string | null, holdMusicId?: string | null, waitBetween?: string | null, tollFreeNumber?: string | null, announceWorkgroupCaller?: string | null, messaging?: string | null, messagingUser?: string | null, messagingRespondingFrom?: string | null, recordCalls: boolean, transcribeRecordings: boolean, aiRecording: boolean, onHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null }, offHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null } };

export type MemberFieldsFragment = { __typename?: 'WorkgroupMember', id: string, type: WorkgroupMemberType, digitOrder?: number | null, phoneNumber?: string | null, smsNotification: boolean, emailNotification: boolean, user?: { __typename?: 'Subscriber', id: string, name: string } | null, memberWorkgroup?: { __typename?: 'Workgroup', id: string, name: string } | null };

export type CreateWorkgroupMutationVariables = Exact<{
  input: CreateWorkgroupInput;
}>;


export type CreateWorkgroupMutation = { __typename?: 'Mutation', createWorkgroup: { __typename?: 'CreateWorkgroupPayload', workgroup: { __typename?: 'Workgroup', id: string, name: string, type: WorkgroupType, phoneNumber?: string | null, timeZone?: string | null, scheduleId?: string | null, hours?: string | null, callOrder?: string | null, announcementText?: string | null, announcementUrl?: string | null, announcementFileId?: string | null, internalExtension?: string | null, callerIdType?: string | null, callerIdName?: string | null, callerIdOption?: string | null, holdMusicId?: string | null, waitBetween?: string | null, tollFreeNumber?: string | null, announceWorkgroupCaller?: string | null, messaging?: string | null, messagingUser?: string | null, messagingRespondingFrom?: string | null, recordCalls: boolean, transcribeRecordings: boolean, aiRecording: boolean, onHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null }, offHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null } }, account?: { __typename?: 'Account', id: string, workgroups?: Array<{ __typename?: 'Workgroup', id: string }> | null } | null } };

export type UpdateWorkgroupMutationVariables = Exact<{
  input: UpdateWorkgroupInput;
}>;


export type UpdateWorkgroupMutation = { __typename?: 'Mutation', updateWorkgroup: { __typename?: 'UpdateWorkgroupPayload', workgroup: { __typename?: 'Workgroup', id: string, name: string, type: WorkgroupType, phoneNumber?: string | null, timeZone?: string | null, scheduleId?: string | null, hours?: string | null, callOrder?: string | null, announcementText?: string | null, announcementUrl?: string | null, announcementFileId?: string | null, internalExtension?: string | null, callerIdType?: string | null, callerIdName?: string | null, callerIdOption?: string | null, holdMusicId?: string | null, waitBetween?: string | null, tollFreeNumber?: string | null, announceWorkgroupCaller?: string | null, messaging?: string | null, messagingUser?: string | null, messagingRespondingFrom?: string | null, recordCalls: boolean, transcribeRecordings: boolean, aiRecording: boolean, onHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null }, offHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null } }, account?: { __typename?: 'Account', id: string } | null } };

export type AddWorkgroupMemberMutationVariables = Exact<{
  input: AddWorkgroupMemberInput;
}>;


export type AddWorkgroupMemberMutation = { __typename?: 'Mutation', addWorkgroupMember: { __typename?: 'AddWorkgroupMemberPayload', member: { __typename?: 'WorkgroupMember', id: string, type: WorkgroupMemberType, digitOrder?: number | null, phoneNumber?: string | null, smsNotification: boolean, emailNotification: boolean, user?: { __typename?: 'Subscriber', id: string, name: string } | null, memberWorkgroup?: { __typename?: 'Workgroup', id: string, name: string } | null }, workgroup?: { __typename?: 'Workgroup', id: string, members?: Array<{ __typename?: 'WorkgroupMember', id: string }> | null } | null } };

export type UpdateWorkgroupMemberMutationVariables = Exact<{
  input: UpdateWorkgroupMemberInput;
}>;


export type UpdateWorkgroupMemberMutation = { __typename?: 'Mutation', updateWorkgroupMember: { __typename?: 'UpdateWorkgroupMemberPayload', member: { __typename?: 'WorkgroupMember', id: string, type: WorkgroupMemberType, digitOrder?: number | null, phoneNumber?: string | null, smsNotification: boolean, emailNotification: boolean, user?: { __typename?: 'Subscriber', id: string, name: string } | null, memberWorkgroup?: { __typename?: 'Workgroup', id: string, name: string } | null }, workgroup?: { __typename?: 'Workgroup', id: string, members?: Array<{ __typename?: 'WorkgroupMember', id: string }> | null } | null } };

export type RemoveWorkgroupMemberMutationVariables = Exact<{
  input: RemoveWorkgroupMemberInput;
}>;


export type RemoveWorkgroupMemberMutation = { __typename?: 'Mutation', removeWorkgroupMember: { __typename?: 'RemoveWorkgroupMemberPayload', deletedId: string, workgroup?: { __typename?: 'Workgroup', id: string, members?: Array<{ __typename?: 'WorkgroupMember', id: string }> | null } | null } };

export type CreateScheduleMutationVariables = Exact<{
  input: CreateScheduleInput;
}>;


export type CreateScheduleMutation = { __typename?: 'Mutation', createSchedule: { __typename?: 'CreateSchedulePayload', schedule: { __typename?: 'Schedule', id: string, name: string, active: boolean, weeklyHours: Array<{ __typename?: 'OpeningHours', day: Weekday, opens: string, closes: string }> }, account?: { __typename?: 'Account', id: string } | null } };

export type AccountWorkgroupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccountWorkgroupsQuery = { __typename?: 'Query', account?: { __typename?: 'Account', workgroups?: Array<{ __typename?: 'Workgroup', id: string, name: string, type: WorkgroupType, phoneNumber?: string | null, timeZone?: string | null, scheduleId?: string | null, hours?: string | null, callOrder?: string | null, announcementText?: string | null, announcementUrl?: string | null, announcementFileId?: string | null, internalExtension?: string | null, callerIdType?: string | null, callerIdName?: string | null, callerIdOption?: string | null, holdMusicId?: string | null, waitBetween?: string | null, tollFreeNumber?: string | null, announceWorkgroupCaller?: string | null, messaging?: string | null, messagingUser?: string | null, messagingRespondingFrom?: string | null, recordCalls: boolean, transcribeRecordings: boolean, aiRecording: boolean, members?: Array<{ __typename?: 'WorkgroupMember', id: string, type: WorkgroupMemberType, digitOrder?: number | null, phoneNumber?: string | null, smsNotification: boolean, emailNotification: boolean, user?: { __typename?: 'Subscriber', id: string, name: string } | null, memberWorkgroup?: { __typename?: 'Workgroup', id: string, name: string } | null }> | null, onHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null }, offHours: { __typename?: 'WorkgroupForwarding', forwarding?: string | null, targetType?: WorkgroupMemberType | null, targetId?: string | null } }> | null } | null };

export const AccountProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AccountProfileFragment, unknown>;
export const ApiKeyFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiKeyFieldsFragment, unknown>;
export const CatalogProductFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogProduct"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Product"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subType"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CatalogProductFragment, unknown>;
export const CatalogPackageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogPackage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<CatalogPackageFragment, unknown>;
export const CatalogServiceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CatalogService"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Service"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aggregatorId"}},{"kind":"Field","name":{"kind":"Name","value":"distributorId"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"monthly"}}]}}]}}]} as unknown as DocumentNode<CatalogServiceFragment, unknown>;
export const NumberDataUsageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDataUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}}]}}]} as unknown as DocumentNode<NumberDataUsageFragment, unknown>;
export const DistributorProfileFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributorProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Distributor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountKey"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<DistributorProfileFragment, unknown>;
export const GuardianOfSubscriberFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardianOfSubscriberFragment, unknown>;
export const CallFilterSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"enableTranscription"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcriptionAction"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockInternational"}},{"kind":"Field","name":{"kind":"Name","value":"recordFlaggedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"timeRestrictions"}}]}}]} as unknown as DocumentNode<CallFilterSettingsFragment, unknown>;
export const MessageFilterSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}},{"kind":"Field","name":{"kind":"Name","value":"blockMedia"}}]}}]} as unknown as DocumentNode<MessageFilterSettingsFragment, unknown>;
export const SentMessageFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SentMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}}]}}]} as unknown as DocumentNode<SentMessageFieldsFragment, unknown>;
export const MessageRouteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"inboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"outboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<MessageRouteFieldsFragment, unknown>;
export const SipTrunkFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SipTrunkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SipTrunk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<SipTrunkFieldsFragment, unknown>;
export const VoiceRouteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failoverTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhitelist"}},{"kind":"Field","name":{"kind":"Name","value":"headerManipulation"}},{"kind":"Field","name":{"kind":"Name","value":"transferCallerId"}},{"kind":"Field","name":{"kind":"Name","value":"terminationUriSubdomain"}},{"kind":"Field","name":{"kind":"Name","value":"wssUri"}},{"kind":"Field","name":{"kind":"Name","value":"sipReferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"symmetricRtp"}},{"kind":"Field","name":{"kind":"Name","value":"secureTrunkEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pstnTransferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"cnamLookup"}},{"kind":"Field","name":{"kind":"Name","value":"callStreamingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SipTrunkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SipTrunk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]} as unknown as DocumentNode<VoiceRouteFieldsFragment, unknown>;
export const SubscriberCardFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriberCardFragment, unknown>;
export const BilledSubscriptionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BilledSubscription"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<BilledSubscriptionFragment, unknown>;
export const OfferedFeatureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OfferedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubscriptionFeature"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OfferedFeatureFragment, unknown>;
export const AttachedFeatureFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttachedFeature"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FeatureAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"feature"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AttachedFeatureFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"dataFormat"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const ForwardingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwarding"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]} as unknown as DocumentNode<ForwardingFieldsFragment, unknown>;
export const WorkgroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workgroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"announcementText"}},{"kind":"Field","name":{"kind":"Name","value":"announcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"announcementFileId"}},{"kind":"Field","name":{"kind":"Name","value":"internalExtension"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdType"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdOption"}},{"kind":"Field","name":{"kind":"Name","value":"holdMusicId"}},{"kind":"Field","name":{"kind":"Name","value":"waitBetween"}},{"kind":"Field","name":{"kind":"Name","value":"tollFreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"announceWorkgroupCaller"}},{"kind":"Field","name":{"kind":"Name","value":"messaging"}},{"kind":"Field","name":{"kind":"Name","value":"messagingUser"}},{"kind":"Field","name":{"kind":"Name","value":"messagingRespondingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"recordCalls"}},{"kind":"Field","name":{"kind":"Name","value":"transcribeRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"aiRecording"}},{"kind":"Field","name":{"kind":"Name","value":"onHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwarding"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}}]} as unknown as DocumentNode<WorkgroupFieldsFragment, unknown>;
export const MemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotification"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotification"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberWorkgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MemberFieldsFragment, unknown>;
export const AccountDataUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountDataUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"numbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountDataUsageQuery, AccountDataUsageQueryVariables>;
export const AccountExtrasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountExtras"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"services"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"billingFrequency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountExtrasQuery, AccountExtrasQueryVariables>;
export const CreateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CreateAccountMutation, CreateAccountMutationVariables>;
export const UpdateAccountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAccount"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAccountInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAccount"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<UpdateAccountMutation, UpdateAccountMutationVariables>;
export const AccountProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccountProfile"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccountProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adminEmail"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<AccountProfileQuery, AccountProfileQueryVariables>;
export const AccountRoutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountRoutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AccountRoutesQuery, AccountRoutesQueryVariables>;
export const AccountScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountScreenQuery, AccountScreenQueryVariables>;
export const AccountsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountsPageQuery, AccountsPageQueryVariables>;
export const CreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeApiKeyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ApiKeyFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiKeyFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKey"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"accountIds"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const AvailableNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AvailableNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zipCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"numberType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NumberType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"availableNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"zipCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zipCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pageSize"}}},{"kind":"Argument","name":{"kind":"Name","value":"numberType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"numberType"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"page"}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaCode"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"provider"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}}]}}]} as unknown as DocumentNode<AvailableNumbersQuery, AvailableNumbersQueryVariables>;
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
export const SetDataUsageLimitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDataUsageLimits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDataUsageLimitsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDataUsageLimits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberDataUsage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDataUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}}]}}]} as unknown as DocumentNode<SetDataUsageLimitsMutation, SetDataUsageLimitsMutationVariables>;
export const SetDataUsageRenewalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDataUsageRenewal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDataUsageRenewalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDataUsageRenewal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberDataUsage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDataUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}}]}}]} as unknown as DocumentNode<SetDataUsageRenewalMutation, SetDataUsageRenewalMutationVariables>;
export const NumberDataUsageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberDataUsage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NumberDataUsage"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NumberDataUsage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}}]}}]} as unknown as DocumentNode<NumberDataUsageQuery, NumberDataUsageQueryVariables>;
export const CreateDistributorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDistributor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDistributorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDistributor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributorProfile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credentials"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accountKey"}},{"kind":"Field","name":{"kind":"Name","value":"accountSecret"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributorProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Distributor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountKey"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<CreateDistributorMutation, CreateDistributorMutationVariables>;
export const UpdateDistributorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDistributor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDistributorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDistributor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distributor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DistributorProfile"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DistributorProfile"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Distributor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"accountKey"}},{"kind":"Field","name":{"kind":"Name","value":"totalAccounts"}},{"kind":"Field","name":{"kind":"Name","value":"billingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mailingAddress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"street1"}},{"kind":"Field","name":{"kind":"Name","value":"street2"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"zip"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}}]}}]} as unknown as DocumentNode<UpdateDistributorMutation, UpdateDistributorMutationVariables>;
export const GuardianOfSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuardianOfSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GuardianOfSubscriberQuery, GuardianOfSubscriberQueryVariables>;
export const GuardianFiltersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuardianFilters"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFilterSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFilterSettings"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"enableTranscription"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcriptionAction"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockInternational"}},{"kind":"Field","name":{"kind":"Name","value":"recordFlaggedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"timeRestrictions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}},{"kind":"Field","name":{"kind":"Name","value":"blockMedia"}}]}}]} as unknown as DocumentNode<GuardianFiltersQuery, GuardianFiltersQueryVariables>;
export const SetGuardianFeaturesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetGuardianFeatures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetGuardianFeaturesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setGuardianFeatures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetGuardianFeaturesMutation, SetGuardianFeaturesMutationVariables>;
export const LinkGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkGuardianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkGuardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LinkGuardianMutation, LinkGuardianMutationVariables>;
export const UnlinkGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnlinkGuardianInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkGuardian"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UnlinkGuardianMutation, UnlinkGuardianMutationVariables>;
export const CreateCallFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCallFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCallFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFilterSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"enableTranscription"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcriptionAction"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockInternational"}},{"kind":"Field","name":{"kind":"Name","value":"recordFlaggedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"timeRestrictions"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateCallFilterMutation, CreateCallFilterMutationVariables>;
export const UpdateCallFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCallFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCallFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CallFilterSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CallFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CallFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"enableTranscription"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"transcriptionAction"}},{"kind":"Field","name":{"kind":"Name","value":"warningMessage"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockInternational"}},{"kind":"Field","name":{"kind":"Name","value":"recordFlaggedCalls"}},{"kind":"Field","name":{"kind":"Name","value":"timeRestrictions"}}]}}]} as unknown as DocumentNode<UpdateCallFilterMutation, UpdateCallFilterMutationVariables>;
export const DeleteCallFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCallFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteCallFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteCallFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteCallFilterMutation, DeleteCallFilterMutationVariables>;
export const AddCallFilterNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCallFilterNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCallFilterNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCallFilterNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}}]}}]}}]}}]} as unknown as DocumentNode<AddCallFilterNumbersMutation, AddCallFilterNumbersMutationVariables>;
export const RemoveCallFilterNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveCallFilterNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveCallFilterNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeCallFilterNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveCallFilterNumbersMutation, RemoveCallFilterNumbersMutationVariables>;
export const CreateMessageFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMessageFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMessageFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFilterSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}},{"kind":"Field","name":{"kind":"Name","value":"blockMedia"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateMessageFilterMutation, CreateMessageFilterMutationVariables>;
export const UpdateMessageFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMessageFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageFilterSettings"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageFilterSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageFilter"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"keywordFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customKeywords"}},{"kind":"Field","name":{"kind":"Name","value":"systemKeywords"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}}]}},{"kind":"Field","name":{"kind":"Name","value":"severities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notificationPhones"}},{"kind":"Field","name":{"kind":"Name","value":"applyToOutbound"}},{"kind":"Field","name":{"kind":"Name","value":"applyToInbound"}},{"kind":"Field","name":{"kind":"Name","value":"blockUnknownNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}},{"kind":"Field","name":{"kind":"Name","value":"blockMedia"}}]}}]} as unknown as DocumentNode<UpdateMessageFilterMutation, UpdateMessageFilterMutationVariables>;
export const DeleteMessageFilterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageFilter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageFilter"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GuardianOfSubscriber"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GuardianOfSubscriber"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMessageFilterMutation, DeleteMessageFilterMutationVariables>;
export const AddMessageFilterContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMessageFilterContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMessageFilterContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMessageFilterContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}}]}}]}}]}}]} as unknown as DocumentNode<AddMessageFilterContactsMutation, AddMessageFilterContactsMutationVariables>;
export const RemoveMessageFilterContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMessageFilterContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMessageFilterContactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMessageFilterContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allowedContacts"}},{"kind":"Field","name":{"kind":"Name","value":"blockedContacts"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMessageFilterContactsMutation, RemoveMessageFilterContactsMutationVariables>;
export const SendMessageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendMessageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SentMessageFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"sender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SentMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}}]}}]} as unknown as DocumentNode<SendMessageMutation, SendMessageMutationVariables>;
export const OutboundMessagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboundMessages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messages"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}},{"kind":"Argument","name":{"kind":"Name","value":"pageSize"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUTBOUND"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SentMessageFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SentMessageFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Message"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}}]}}]} as unknown as DocumentNode<OutboundMessagesQuery, OutboundMessagesQueryVariables>;
export const CreateGatewayMessageRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGatewayMessageRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGatewayMessageRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGatewayMessageRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGatewayMessageRouteMutation, CreateGatewayMessageRouteMutationVariables>;
export const PointMessageRouteAtGatewayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PointMessageRouteAtGateway"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PointMessageRouteAtGatewayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pointMessageRouteAtGateway"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PointMessageRouteAtGatewayMutation, PointMessageRouteAtGatewayMutationVariables>;
export const MessageReceivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaignId"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"mediaUrls"}}]}}]}}]} as unknown as DocumentNode<MessageReceivedSubscription, MessageReceivedSubscriptionVariables>;
export const MessageStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MessageStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phoneNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phoneNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"errorCode"}},{"kind":"Field","name":{"kind":"Name","value":"errorMessage"}}]}}]}}]} as unknown as DocumentNode<MessageStatusChangedSubscription, MessageStatusChangedSubscriptionVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Account"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"accountName"},"name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PhoneNumber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BillingSubscription"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Package"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Order"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NumberDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"purchasedOn"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dataUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"notifyAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleAt"}},{"kind":"Field","name":{"kind":"Name","value":"throttleSpeed"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"throttled"}},{"kind":"Field","name":{"kind":"Name","value":"limitReached"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}}]}}]}}]}}]} as unknown as DocumentNode<NumberDetailsQuery, NumberDetailsQueryVariables>;
export const UpdateNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"messageEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"voiceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateNumberMutation, UpdateNumberMutationVariables>;
export const ChangeNumberStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeNumberStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeNumberStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNumberStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"newNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fee"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"iccid"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeNumberStatusMutation, ChangeNumberStatusMutationVariables>;
export const ReactivateNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReactivateNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReactivateNumbersMutation, ReactivateNumbersMutationVariables>;
export const OrderByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrderById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<OrderByIdQuery, OrderByIdQueryVariables>;
export const OrderStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}}]}}]}}]} as unknown as DocumentNode<OrderStatusChangedSubscription, OrderStatusChangedSubscriptionVariables>;
export const OrderUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OrderUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"orderUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"accountId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<OrderUpdatesSubscription, OrderUpdatesSubscriptionVariables>;
export const CheckPortInEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckPortInEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckPortInEligibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkPortInEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"targetClassification"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<CheckPortInEligibilityMutation, CheckPortInEligibilityMutationVariables>;
export const SubmitPortInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitPortIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitPortInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitPortIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitPortInMutation, SubmitPortInMutationVariables>;
export const UpdatePortInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePortIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePortInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePortIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdatePortInMutation, UpdatePortInMutationVariables>;
export const CancelPortInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelPortIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelPortInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelPortIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusMessage"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelPortInMutation, CancelPortInMutationVariables>;
export const RequestPortOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPortOut"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestPortOutInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestPortOut"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RequestPortOutMutation, RequestPortOutMutationVariables>;
export const ProvisionNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProvisionNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProvisionNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"provisionNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"order"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusText"}},{"kind":"Field","name":{"kind":"Name","value":"orderDate"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"numberType"}},{"kind":"Field","name":{"kind":"Name","value":"messageType"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"voiceEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ProvisionNumberMutation, ProvisionNumberMutationVariables>;
export const NumberProvisioningDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberProvisioning"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"productType"}},{"kind":"Field","name":{"kind":"Name","value":"dataEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"zipCode"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<NumberProvisioningQuery, NumberProvisioningQueryVariables>;
export const RelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Relations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subscriberId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subscriberId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"accountId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"packages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sku"}}]}}]}}]}}]} as unknown as DocumentNode<RelationsQuery, RelationsQueryVariables>;
export const CreateMessageRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMessageRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMessageRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMessageRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageRouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"inboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"outboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<CreateMessageRouteMutation, CreateMessageRouteMutationVariables>;
export const UpdateMessageRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMessageRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMessageRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMessageRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"messageRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageRouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"inboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"outboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<UpdateMessageRouteMutation, UpdateMessageRouteMutationVariables>;
export const DeleteMessageRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMessageRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteMessageRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMessageRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteMessageRouteMutation, DeleteMessageRouteMutationVariables>;
export const CreateVoiceRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVoiceRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVoiceRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVoiceRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voiceRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoiceRouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SipTrunkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SipTrunk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failoverTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhitelist"}},{"kind":"Field","name":{"kind":"Name","value":"headerManipulation"}},{"kind":"Field","name":{"kind":"Name","value":"transferCallerId"}},{"kind":"Field","name":{"kind":"Name","value":"terminationUriSubdomain"}},{"kind":"Field","name":{"kind":"Name","value":"wssUri"}},{"kind":"Field","name":{"kind":"Name","value":"sipReferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"symmetricRtp"}},{"kind":"Field","name":{"kind":"Name","value":"secureTrunkEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pstnTransferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"cnamLookup"}},{"kind":"Field","name":{"kind":"Name","value":"callStreamingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<CreateVoiceRouteMutation, CreateVoiceRouteMutationVariables>;
export const UpdateVoiceRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVoiceRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVoiceRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVoiceRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voiceRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoiceRouteFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SipTrunkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SipTrunk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failoverTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhitelist"}},{"kind":"Field","name":{"kind":"Name","value":"headerManipulation"}},{"kind":"Field","name":{"kind":"Name","value":"transferCallerId"}},{"kind":"Field","name":{"kind":"Name","value":"terminationUriSubdomain"}},{"kind":"Field","name":{"kind":"Name","value":"wssUri"}},{"kind":"Field","name":{"kind":"Name","value":"sipReferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"symmetricRtp"}},{"kind":"Field","name":{"kind":"Name","value":"secureTrunkEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pstnTransferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"cnamLookup"}},{"kind":"Field","name":{"kind":"Name","value":"callStreamingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<UpdateVoiceRouteMutation, UpdateVoiceRouteMutationVariables>;
export const DeleteVoiceRouteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVoiceRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteVoiceRouteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVoiceRoute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"voiceRoutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteVoiceRouteMutation, DeleteVoiceRouteMutationVariables>;
export const MessageRouteByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MessageRouteById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MessageRouteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MessageRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MessageRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrl"}},{"kind":"Field","name":{"kind":"Name","value":"messageUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"callbackAuthenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"inboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"outboundGuardianBypass"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<MessageRouteByIdQuery, MessageRouteByIdQueryVariables>;
export const VoiceRouteByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VoiceRouteById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"VoiceRouteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SipTrunkFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SipTrunk"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"transport"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VoiceRouteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"VoiceRoute"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"routeType"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"trunk"}},{"kind":"Field","name":{"kind":"Name","value":"primaryTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"failoverTrunk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SipTrunkFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrl"}},{"kind":"Field","name":{"kind":"Name","value":"voiceUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrl"}},{"kind":"Field","name":{"kind":"Name","value":"callbackUrlMethod"}},{"kind":"Field","name":{"kind":"Name","value":"forwardNumber"}},{"kind":"Field","name":{"kind":"Name","value":"ipWhitelist"}},{"kind":"Field","name":{"kind":"Name","value":"headerManipulation"}},{"kind":"Field","name":{"kind":"Name","value":"transferCallerId"}},{"kind":"Field","name":{"kind":"Name","value":"terminationUriSubdomain"}},{"kind":"Field","name":{"kind":"Name","value":"wssUri"}},{"kind":"Field","name":{"kind":"Name","value":"sipReferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"symmetricRtp"}},{"kind":"Field","name":{"kind":"Name","value":"secureTrunkEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"pstnTransferEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"cnamLookup"}},{"kind":"Field","name":{"kind":"Name","value":"callStreamingEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"intelligentRoutingEnabled"}}]}}]} as unknown as DocumentNode<VoiceRouteByIdQuery, VoiceRouteByIdQueryVariables>;
export const SubscriberByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriberByIdQuery, SubscriberByIdQueryVariables>;
export const SubscriberGuardianDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberGuardian"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"guardian"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"features"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"messages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"allowedNumbers"}},{"kind":"Field","name":{"kind":"Name","value":"blockedNumbers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"blockLinks"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"child"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"callFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"messageFilter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscriberGuardianQuery, SubscriberGuardianQueryVariables>;
export const CreateSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSubscriberMutation, CreateSubscriberMutationVariables>;
export const UpdateSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateSubscriberMutation, UpdateSubscriberMutationVariables>;
export const TransferSubscriberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransferSubscriber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TransferSubscriberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transferSubscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"toAccount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransferSubscriberMutation, TransferSubscriberMutationVariables>;
export const AssignNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AssignNumbersMutation, AssignNumbersMutationVariables>;
export const UnassignNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnassignNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UnassignNumbersMutation, UnassignNumbersMutationVariables>;
export const SubscriberCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubscriberCard"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubscriberCard"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Subscriber"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<SubscriberCardQuery, SubscriberCardQueryVariables>;
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
export const ActivateVoicemailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ActivateVoicemail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivateVoicemailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activateVoicemail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivateVoicemailMutation, ActivateVoicemailMutationVariables>;
export const UpdateVoicemailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVoicemail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVoicemailInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVoicemail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVoicemailMutation, UpdateVoicemailMutationVariables>;
export const NumberVoicemailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NumberVoicemail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"number"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"number"},"value":{"kind":"Variable","name":{"kind":"Name","value":"number"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"voicemail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}}]}}]}}]}}]} as unknown as DocumentNode<NumberVoicemailQuery, NumberVoicemailQueryVariables>;
export const CreateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"dataFormat"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateWebhookMutation, CreateWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"dataFormat"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const DeleteWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeleteWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeleteWebhookMutation, DeleteWebhookMutationVariables>;
export const AccountWebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountWebhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"dataFormat"}},{"kind":"Field","name":{"kind":"Name","value":"authenticationType"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<AccountWebhooksQuery, AccountWebhooksQueryVariables>;
export const CreateWorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkgroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwarding"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workgroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"announcementText"}},{"kind":"Field","name":{"kind":"Name","value":"announcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"announcementFileId"}},{"kind":"Field","name":{"kind":"Name","value":"internalExtension"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdType"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdOption"}},{"kind":"Field","name":{"kind":"Name","value":"holdMusicId"}},{"kind":"Field","name":{"kind":"Name","value":"waitBetween"}},{"kind":"Field","name":{"kind":"Name","value":"tollFreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"announceWorkgroupCaller"}},{"kind":"Field","name":{"kind":"Name","value":"messaging"}},{"kind":"Field","name":{"kind":"Name","value":"messagingUser"}},{"kind":"Field","name":{"kind":"Name","value":"messagingRespondingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"recordCalls"}},{"kind":"Field","name":{"kind":"Name","value":"transcribeRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"aiRecording"}},{"kind":"Field","name":{"kind":"Name","value":"onHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}}]} as unknown as DocumentNode<CreateWorkgroupMutation, CreateWorkgroupMutationVariables>;
export const UpdateWorkgroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkgroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkgroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkgroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwarding"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workgroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"announcementText"}},{"kind":"Field","name":{"kind":"Name","value":"announcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"announcementFileId"}},{"kind":"Field","name":{"kind":"Name","value":"internalExtension"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdType"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdOption"}},{"kind":"Field","name":{"kind":"Name","value":"holdMusicId"}},{"kind":"Field","name":{"kind":"Name","value":"waitBetween"}},{"kind":"Field","name":{"kind":"Name","value":"tollFreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"announceWorkgroupCaller"}},{"kind":"Field","name":{"kind":"Name","value":"messaging"}},{"kind":"Field","name":{"kind":"Name","value":"messagingUser"}},{"kind":"Field","name":{"kind":"Name","value":"messagingRespondingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"recordCalls"}},{"kind":"Field","name":{"kind":"Name","value":"transcribeRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"aiRecording"}},{"kind":"Field","name":{"kind":"Name","value":"onHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkgroupMutation, UpdateWorkgroupMutationVariables>;
export const AddWorkgroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddWorkgroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddWorkgroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addWorkgroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotification"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotification"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberWorkgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddWorkgroupMemberMutation, AddWorkgroupMemberMutationVariables>;
export const UpdateWorkgroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWorkgroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWorkgroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWorkgroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"member"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotification"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotification"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberWorkgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateWorkgroupMemberMutation, UpdateWorkgroupMemberMutationVariables>;
export const RemoveWorkgroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveWorkgroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveWorkgroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeWorkgroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletedId"}},{"kind":"Field","name":{"kind":"Name","value":"workgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveWorkgroupMemberMutation, RemoveWorkgroupMemberMutationVariables>;
export const CreateScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"weeklyHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"opens"}},{"kind":"Field","name":{"kind":"Name","value":"closes"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"account"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateScheduleMutation, CreateScheduleMutationVariables>;
export const AccountWorkgroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountWorkgroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workgroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkgroupFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ForwardingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupForwarding"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forwarding"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkgroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workgroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleId"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"callOrder"}},{"kind":"Field","name":{"kind":"Name","value":"announcementText"}},{"kind":"Field","name":{"kind":"Name","value":"announcementUrl"}},{"kind":"Field","name":{"kind":"Name","value":"announcementFileId"}},{"kind":"Field","name":{"kind":"Name","value":"internalExtension"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdType"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdName"}},{"kind":"Field","name":{"kind":"Name","value":"callerIdOption"}},{"kind":"Field","name":{"kind":"Name","value":"holdMusicId"}},{"kind":"Field","name":{"kind":"Name","value":"waitBetween"}},{"kind":"Field","name":{"kind":"Name","value":"tollFreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"announceWorkgroupCaller"}},{"kind":"Field","name":{"kind":"Name","value":"messaging"}},{"kind":"Field","name":{"kind":"Name","value":"messagingUser"}},{"kind":"Field","name":{"kind":"Name","value":"messagingRespondingFrom"}},{"kind":"Field","name":{"kind":"Name","value":"recordCalls"}},{"kind":"Field","name":{"kind":"Name","value":"transcribeRecordings"}},{"kind":"Field","name":{"kind":"Name","value":"aiRecording"}},{"kind":"Field","name":{"kind":"Name","value":"onHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ForwardingFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WorkgroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"digitOrder"}},{"kind":"Field","name":{"kind":"Name","value":"phoneNumber"}},{"kind":"Field","name":{"kind":"Name","value":"smsNotification"}},{"kind":"Field","name":{"kind":"Name","value":"emailNotification"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberWorkgroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccountWorkgroupsQuery, AccountWorkgroupsQueryVariables>;