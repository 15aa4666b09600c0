import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { nullWhenNotFound } from '../../errors';
import { checkId } from '../schema/input-rules';
import { Account } from '../schema/account.type';
import { Address } from '../schema/address.type';
import { PageArgs, paginate } from '../schema/connection';
import { AccountConnection, BillingSubscriptionConnection, PhoneNumberConnection, SubscriberConnection } from '../schema/connection-types';
import { SubscriberRole } from '../schema/enums';
import { Package } from '../schema/package.type';
import { Product } from '../schema/product.type';
import { perListItem, perPageItem } from '../schema/query-cost';
import { Subscriber } from '../schema/subscriber.type';
import { MessageRoute, VoiceRoute } from '../schema/route.type';
import { Webhook } from '../schema/webhook.type';
import { Workgroup } from '../schema/workgroup.type';
import { Requires } from '../access';

@Resolver(() => Account)
export class AccountResolver {
  @Requires('read')
  @Query(() => AccountConnection, {
    nullable: true,
    complexity: perPageItem,
    description:
      'The distributor’s accounts within your reach. Telegent cannot list accounts, so these are the accounts its subscriber list ' +
      'names: an account without subscribers does not appear here (`account(id)` still finds one created through the gateway).',
  })
  async accounts(@Args() page: PageArgs, @Ctx() { loaders }: Context): Promise<AccountConnection> {
    return paginate(await loaders.accounts(), page);
  }

  @Requires('read')
  @Query(() => Account, {
    nullable: true,
    description: 'One account by its AID-: one named by a subscriber, or created or updated through the gateway; null otherwise.',
  })
  account(@Arg('id', () => ID, { description: 'The account ID (AID-…).' }) id: string, @Ctx() { loaders }: Context): Promise<Account | null> {
    checkId(id, ['AID'], 'id');
    return loaders.accountById.load(id).catch(nullWhenNotFound);
  }

  @FieldResolver(() => SubscriberConnection, { nullable: true, complexity: perPageItem, description: 'The account’s subscribers, optionally only those with one role.' })
  async subscribers(
    @Root() account: Account,
    @Args() page: PageArgs,
    @Arg('role', () => SubscriberRole, { nullable: true, description: 'Only subscribers with this role.' }) role: SubscriberRole | null,
    @Ctx() { loaders }: Context,
  ): Promise<SubscriberConnection> {
    const subscribers = await loaders.subscribersByAccountId.load(account.id);
    return paginate(role ? subscribers.filter((s) => s.role === role) : subscribers, page);
  }

  @FieldResolver(() => Subscriber, {
    nullable: true,
    description:
      'The account’s Manager: Telegent’s AccountAdmin is the Manager’s e-mail, and one Manager per account is the ' +
      'convention. The first subscriber with the MANAGER role; null when the account has none (`adminEmail` is known before).',
  })
  async admin(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return (await loaders.subscribersByAccountId.load(account.id)).find((s) => s.role === SubscriberRole.MANAGER) ?? null;
  }

  @FieldResolver(() => PhoneNumberConnection, { nullable: true, complexity: perPageItem, description: 'Every number of the account, in inventory order.' })
  async numbers(@Root() account: Account, @Args() page: PageArgs, @Ctx() { loaders }: Context): Promise<PhoneNumberConnection> {
    return paginate(await loaders.numbersByAccountId.load(account.id), page);
  }

  @FieldResolver(() => BillingSubscriptionConnection, {
    nullable: true,
    complexity: perPageItem,
    description: 'The subscriptions of the account’s subscribers, active and ended.',
  })
  async subscriptions(@Root() account: Account, @Args() page: PageArgs, @Ctx() { loaders }: Context): Promise<BillingSubscriptionConnection> {
    return paginate(await loaders.subscriptionsByAccountId.load(account.id), page);
  }

  @FieldResolver(() => [Package], {
    nullable: true,
    complexity: perListItem,
    description: 'The packages the account’s subscribers can be sold. Telegent keeps packages per distributor, so every account sees the same ones.',
  })
  packages(@Ctx() { loaders }: Context): Promise<Package[]> {
    return loaders.packages();
  }

  @FieldResolver(() => [Product], {
    nullable: true,
    complexity: perListItem,
    description: 'The products visible to the account (the distributor’s catalog, as for packages).',
  })
  products(@Ctx() { loaders }: Context): Promise<Product[]> {
    return loaders.products();
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description:
      'Where invoices go. Telegent has no endpoint that reads an account, so the gateway knows the address from the ' +
      'account’s last createAccount or updateAccount through it; null when it has not seen one.',
  })
  async billingAddress(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Address | null> {
    return (await loaders.accountDetailsById.load(account.id)).billingAddress;
  }

  @FieldResolver(() => Address, {
    nullable: true,
    description: 'Where mail goes when it differs from the billing address; known as billingAddress is, null otherwise.',
  })
  async mailingAddress(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Address | null> {
    return (await loaders.accountDetailsById.load(account.id)).mailingAddress;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'E-mail of the account’s Manager (Telegent’s AccountAdmin), where billing and system notices go. Telegent takes it at ' +
      'account creation but never returns it, so the gateway remembers what createAccount sent (updateAccount cannot change ' +
      'it); null for an account not created through the gateway. See `admin` for the Manager subscriber.',
  })
  async adminEmail(@Root() account: Account, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.accountDetailsById.load(account.id)).adminEmail;
  }
}

@Resolver(() => Account)
export class AccountRoutesResolver {
  @FieldResolver(() => [MessageRoute], { nullable: true, complexity: perListItem, description: 'The account’s message routes.' })
  async messageRoutes(@Root() account: Account, @Ctx() { loaders }: Context): Promise<MessageRoute[]> {
    return (await loaders.messageRoutes()).filter((route) => route.accountId === account.id);
  }

  @FieldResolver(() => [VoiceRoute], { nullable: true, complexity: perListItem, description: 'The account’s voice routes.' })
  async voiceRoutes(@Root() account: Account, @Ctx() { loaders }: Context): Promise<VoiceRoute[]> {
    return (await loaders.voiceRoutes()).filter((route) => route.accountId === account.id);
  }

  // Webhooks are the distributor's administration (their URLs and credentials), as their mutations are.
  @Requires('admin')
  @FieldResolver(() => [Webhook], { nullable: true, complexity: perListItem, description: 'The account’s webhooks (operators only).' })
  async webhooks(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Webhook[]> {
    return (await loaders.webhooks()).filter((hook) => hook.accountId === account.id);
  }

  @FieldResolver(() => [Workgroup], { nullable: true, complexity: perListItem, description: 'The account’s call-distribution workgroups.' })
  async workgroups(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Workgroup[]> {
    return (await loaders.workgroups()).filter((group) => group.accountId === account.id);
  }
}
