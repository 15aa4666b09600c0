import { ObjectType } from 'type-graphql';
import { Account } from './account.type';
import { BillingSubscription } from './billing-subscription.type';
import { Connection } from './connection';
import { PhoneNumber } from './phone-number.type';
import { Subscriber } from './subscriber.type';

@ObjectType({ description: 'A page of accounts.' })
export class AccountConnection extends Connection(Account, 'Account') {}

@ObjectType({ description: 'A page of subscribers.' })
export class SubscriberConnection extends Connection(Subscriber, 'Subscriber') {}

@ObjectType({ description: 'A page of phone numbers.' })
export class PhoneNumberConnection extends Connection(PhoneNumber, 'PhoneNumber') {}

@ObjectType({ description: 'A page of subscriptions.' })
export class BillingSubscriptionConnection extends Connection(BillingSubscription, 'BillingSubscription') {}
