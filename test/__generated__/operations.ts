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
  /** A phone number in E.164 form: "+", country code and subscriber number, e.g. +18015551234. */
  E164: { input: string; output: string; }
  /** A field whose value conforms to the standard internet email address format as specified in HTML Spec: https://html.spec.whatwg.org/multipage/input.html#valid-e-mail-address. */
  EmailAddress: { input: string; output: string; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
};

/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account). */
export type Account = Node & {
  __typename?: 'Account';
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Display name of the family or business (Telegent’s CompanyName). */
  name?: Maybe<Scalars['String']['output']>;
  /** Every number of the account, in inventory order. */
  numbers: PhoneNumberConnection;
  /** The account’s subscribers, optionally only those with one role. */
  subscribers: SubscriberConnection;
  /** The subscriptions of the account’s subscribers, active and ended. */
  subscriptions: Array<BillingSubscription>;
};


/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account). */
export type AccountNumbersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A family or business under the distributor: one Manager, any number of Subscribers, and their numbers. Telegent has no endpoint that lists or reads accounts, so the gateway knows an account through the subscribers that belong to it (the distributor’s subscriber list carries each one’s account). */
export type AccountSubscribersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  role?: InputMaybe<SubscriberRole>;
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

/** A Telegent "Subscription": the billing relationship of one subscriber, one package and (usually) one number. Named BillingSubscription so it does not clash with GraphQL’s root Subscription type. */
export type BillingSubscription = Node & {
  __typename?: 'BillingSubscription';
  /** Whether the subscription is active (deleted subscriptions stay readable, inactive). */
  active: Scalars['Boolean']['output'];
  /** ICCID of the SIM bound to the subscription. */
  iccid?: Maybe<Scalars['String']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** The number the subscription bills, if it has one. */
  number?: Maybe<PhoneNumber>;
  /** The package the subscriber pays for. */
  package?: Maybe<Package>;
  /** The subscriber billed. */
  subscriber?: Maybe<Subscriber>;
  /** The kind of number it bills: Mvno, Iot or Voip, as Telegent records it. */
  type: Scalars['String']['output'];
};

/** The messaging class of a number. */
export type MessageType =
  /** Application-to-person. */
  | 'A2P'
  /** Person-to-person. */
  | 'P2P';

/** An object with a Telegent ID; `Query.node` fetches any of them by ID. */
export type Node = {
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
};

/** The platform classification of a number. */
export type NumberClassification =
  /** IoT line: data and P2P messaging only, never A2P. */
  | 'IOT'
  /** Mobile line: messaging (A2P or P2P), voice and data. */
  | 'MVNO'
  /** VoIP number: A2P messaging only. */
  | 'VOIP';

/** Whether a number is a mobile line (MVNO or IoT) or a VoIP number. */
export type NumberType =
  /** A mobile line (classification MVNO or IOT) on a SIM or eSIM. */
  | 'MOBILE'
  /** A VoIP number, without a SIM. */
  | 'VOIP';

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
  items: Array<PackageItem>;
  /** Whether the price recurs monthly. */
  monthly: Scalars['Boolean']['output'];
  /** Display name, e.g. "Family 10GB". */
  name: Scalars['String']['output'];
  /** Price the subscriber pays, in USD. */
  price: Scalars['Float']['output'];
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
  price: Scalars['Float']['output'];
  /** The product (PRID-) this item sells. */
  productId?: Maybe<Scalars['String']['output']>;
  /** Item kind, e.g. esim, data, sms. */
  type?: Maybe<Scalars['String']['output']>;
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
  /** Caller-ID name (CNAM) shown to called parties. */
  callerIdName?: Maybe<Scalars['String']['output']>;
  /** MVNO, IOT or VOIP: what the number may carry. */
  classification: NumberClassification;
  /** ICCID of the SIM or eSIM profile bound to the number. */
  iccid?: Maybe<Scalars['String']['output']>;
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Whether SMS/MMS is enabled. */
  messageEnabled: Scalars['Boolean']['output'];
  /** A2P or P2P messaging. */
  messageType?: Maybe<MessageType>;
  /** The number in E.164, e.g. +18015551234. */
  number: Scalars['E164']['output'];
  /** Mobile line or VoIP number. */
  numberType: NumberType;
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

/** Reads across the Telegent graph: Account → Subscribers → Numbers → Subscription / Guardian, and every other resource. */
export type Query = {
  __typename?: 'Query';
  /** One account by its AID-, or null when the distributor has no such account. */
  account?: Maybe<Account>;
  /** The distributor’s accounts. Telegent cannot list accounts, so these are the accounts its subscriber list names: an account without subscribers does not appear. */
  accounts: AccountConnection;
  /** Any object by its Telegent ID (the prefix names its type); null when it does not exist. */
  node?: Maybe<Node>;
  /** The distributor’s package catalog. */
  packages: Array<Package>;
  /** One number of the inventory by its E.164 form, or null when it is not yours. */
  phoneNumber?: Maybe<PhoneNumber>;
  /** One subscriber by its TSUID- (legacy SID- accepted), or null. */
  subscriber?: Maybe<Subscriber>;
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
export type QueryNodeArgs = {
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

/** A person (or service identity) of an account, holding numbers and subscriptions. */
export type Subscriber = Node & {
  __typename?: 'Subscriber';
  /** The account the subscriber belongs to. */
  account?: Maybe<Account>;
  /** E-mail address, unique across the whole platform. */
  email: Scalars['EmailAddress']['output'];
  /** The Telegent ID, e.g. AID-…, TSUID-…, NID-…; its prefix names the type. */
  id: Scalars['ID']['output'];
  /** Display name. */
  name: Scalars['String']['output'];
  /** The numbers bound to the subscriber. */
  numbers: Array<PhoneNumber>;
  /** What the subscriber may do in its account. */
  role: SubscriberRole;
  /** The subscriber’s subscriptions (one per number), active and ended. */
  subscriptions: Array<BillingSubscription>;
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

export type AccountScreenQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type AccountScreenQuery = { __typename?: 'Query', account?: { __typename?: 'Account', name?: string | null, subscribers: { __typename?: 'SubscriberConnection', totalCount: number, edges: Array<{ __typename?: 'SubscriberEdge', node: { __typename?: 'Subscriber', id: string, name: string, numbers: Array<{ __typename?: 'PhoneNumber', number: string, subscription?: { __typename?: 'BillingSubscription', id: string, type: string, package?: { __typename?: 'Package', id: string, name: string, price: number } | null } | null }> } }> } } | null };

export type SubscriberByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubscriberByIdQuery = { __typename?: 'Query', subscriber?: { __typename?: 'Subscriber', id: string, name: string } | null };


export const AccountScreenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccountScreen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"account"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"subscribers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"numbers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"subscription"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"price"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccountScreenQuery, AccountScreenQueryVariables>;
export const SubscriberByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubscriberById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscriber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SubscriberByIdQuery, SubscriberByIdQueryVariables>;