import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { nullWhenNotFound } from '../../errors';
import { Account } from '../schema/account.type';
import { ProductType } from '../schema/enums';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { DataUsage } from '../schema/data-usage.type';
import { assertE164 } from '../schema/e164.scalar';
import { Order } from '../schema/order.type';
import { MessageRoute, VoiceRoute } from '../schema/route.type';
import { PhoneNumber } from '../schema/phone-number.type';
import { Subscriber } from '../schema/subscriber.type';
import { Voicemail } from '../schema/voicemail.type';
import { Requires } from '../access';

@Resolver(() => PhoneNumber)
export class PhoneNumberResolver {
  @Requires('read')
  @Query(() => PhoneNumber, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'One number of the inventory by its E.164 form, or null when it is not yours.' })
  phoneNumber(
    @Arg('number', { description: 'The number in E.164, e.g. +18015551234.' }) number: string,
    @Ctx() { loaders }: Context,
  ): Promise<PhoneNumber | null> {
    assertE164(number, 'number');
    return loaders.numberByE164.load(number).catch(nullWhenNotFound);
  }

  @FieldResolver(() => Account, {
    nullable: true,
    description:
      'The account that owns the number. Telegent’s number records do not name it: it is known when the number was reached ' +
      'through its account, else through its subscriber; null for an unassigned number read on its own.',
  })
  async account(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<Account | null> {
    let accountId = number.accountId;
    if (accountId === null && number.subscriberId !== null) {
      accountId = (await loaders.subscriberById.load(number.subscriberId).catch(nullWhenNotFound))?.accountId ?? null;
    }
    return accountId === null ? null : loaders.accountById.load(accountId).catch(nullWhenNotFound);
  }

  @FieldResolver(() => ProductType, {
    nullable: true,
    description:
      'What the number was provisioned for. Telegent’s number records do not carry it: known for numbers provisioned ' +
      'through the gateway (remembered from provisionNumber), null otherwise.',
  })
  async productType(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<ProductType | null> {
    return (await loaders.provisioningByNumberId.load(number.id)).productType;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the number carries data (Telegent’s DataEnabled, which data limits need). Telegent takes it at provisioning ' +
      'but its number records do not carry it: known for numbers provisioned through the gateway with dataEnabled set, null otherwise.',
  })
  async dataEnabled(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<boolean | null> {
    return (await loaders.provisioningByNumberId.load(number.id)).dataEnabled;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'ZIP code of the area the number was picked in, as provisioning answered (Telegent’s ZipCode). Number records do ' +
      'not carry it: known for numbers provisioned through the gateway, null otherwise.',
  })
  async zipCode(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.provisioningByNumberId.load(number.id)).zipCode;
  }

  // Whoever holds the code can install the line on a device: not for read-only credentials.
  @Requires('numbers:write')
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'eSIM activation QR code image URL (LPA) of the number’s latest provisioning or ACTIVATE status change. Telegent returns ' +
      'it only in those answers, never in a read, so the gateway keeps the latest one (per distributor credential, shared ' +
      'through Redis); null for numbers it has not seen provisioned or activated, and for lines without an eSIM. Sensitive ' +
      '(it installs the line): only for principals that reach the number and hold the numbers:write scope.',
  })
  async qrCode(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.provisioningByNumberId.load(number.id)).qrCode;
  }

  @FieldResolver(() => Subscriber, { nullable: true, description: 'The subscriber the number is bound to; null while it is unassigned.' })
  subscriber(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return number.subscriberId ? loaders.subscriberById.load(number.subscriberId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => BillingSubscription, { nullable: true, description: 'The active subscription billing this number, if any.' })
  subscription(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<BillingSubscription | null> {
    return loaders.subscriptionByNumberId.load(number.id);
  }

  @FieldResolver(() => MessageRoute, { nullable: true, description: 'Where the number’s inbound messages and receipts go.' })
  messageRoute(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<MessageRoute | null> {
    return number.messageRouteId ? loaders.messageRouteById.load(number.messageRouteId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => VoiceRoute, { nullable: true, description: 'Where the number’s inbound calls go.' })
  voiceRoute(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<VoiceRoute | null> {
    return number.voiceRouteId ? loaders.voiceRouteById.load(number.voiceRouteId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => DataUsage, { description: 'Data thresholds and consumption; many numbers are read in one upstream call.' })
  dataUsage(@Root() number: PhoneNumber): DataUsage {
    return { number: number.number };
  }

  @FieldResolver(() => Order, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'The order that brought the number onto the platform (provision or port-in).' })
  order(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<Order | null> {
    return number.orderId ? loaders.orderById.load(number.orderId).catch(nullWhenNotFound) : Promise.resolve(null);
  }

  @FieldResolver(() => Voicemail, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'Voicemail settings (one upstream read per number).' })
  voicemail(@Root() number: PhoneNumber, @Ctx() { loaders }: Context): Promise<Voicemail> {
    return loaders.voicemailByNumber.load(number.number);
  }
}
