import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { nullWhenNotFound } from '../datasources/errors';
import { Account } from '../schema/account.type';
import { BillingSubscription } from '../schema/billing-subscription.type';
import { PageArgs, paginate } from '../schema/connection';
import { AccountConnection, PhoneNumberConnection, SubscriberConnection } from '../schema/connections';
import { SubscriberRole } from '../schema/enums';
import { Subscriber } from '../schema/subscriber.type';
import { MessageRoute, VoiceRoute } from '../schema/route.type';
import { Webhook } from '../schema/webhook.type';
import { Workgroup } from '../schema/workgroup.type';

@Resolver(() => Account)
export class AccountResolver {
  @Query(() => AccountConnection, {
    nullable: true,
    description:
      'The distributor’s accounts. Telegent cannot list accounts, so these are the accounts its subscriber list ' +
      'names: an account without subscribers does not appear.',
  })
  async accounts(@Args() page: PageArgs, @Ctx() { loaders }: Context): Promise<AccountConnection> {
    return paginate(await loaders.accounts(), page);
  }

  @Query(() => Account, { nullable: true, description: 'One account by its AID-, or null when the distributor has no such account.' })
  account(@Arg('id', () => ID, { description: 'The account ID (AID-…).' }) id: string, @Ctx() { loaders }: Context): Promise<Account | null> {
    return loaders.accountById.load(id).catch(nullWhenNotFound);
  }

  @FieldResolver(() => SubscriberConnection, { nullable: true, description: 'The account’s subscribers, optionally only those with one role.' })
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
      'convention. The first subscriber with the MANAGER role; null when the account has none.',
  })
  async admin(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Subscriber | null> {
    return (await loaders.subscribersByAccountId.load(account.id)).find((s) => s.role === SubscriberRole.MANAGER) ?? null;
  }

  @FieldResolver(() => PhoneNumberConnection, { nullable: true, description: 'Every number of the account, in inventory order.' })
  async numbers(@Root() account: Account, @Args() page: PageArgs, @Ctx() { loaders }: Context): Promise<PhoneNumberConnection> {
    return paginate(await loaders.numbersByAccountId.load(account.id), page);
  }

  @FieldResolver(() => [BillingSubscription], { nullable: true, description: 'The subscriptions of the account’s subscribers, active and ended.' })
  subscriptions(@Root() account: Account, @Ctx() { loaders }: Context): Promise<BillingSubscription[]> {
    return loaders.subscriptionsByAccountId.load(account.id);
  }
}

@Resolver(() => Account)
export class AccountRoutesResolver {
  @FieldResolver(() => [MessageRoute], { nullable: true, description: 'The account’s message routes.' })
  async messageRoutes(@Root() account: Account, @Ctx() { loaders }: Context): Promise<MessageRoute[]> {
    return (await loaders.messageRoutes()).filter((route) => route.accountId === account.id);
  }

  @FieldResolver(() => [VoiceRoute], { nullable: true, description: 'The account’s voice routes.' })
  async voiceRoutes(@Root() account: Account, @Ctx() { loaders }: Context): Promise<VoiceRoute[]> {
    return (await loaders.voiceRoutes()).filter((route) => route.accountId === account.id);
  }

  @FieldResolver(() => [Webhook], { nullable: true, description: 'The account’s webhooks.' })
  async webhooks(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Webhook[]> {
    return (await loaders.webhooks()).filter((hook) => hook.accountId === account.id);
  }

  @FieldResolver(() => [Workgroup], { nullable: true, description: 'The account’s call-distribution workgroups.' })
  async workgroups(@Root() account: Account, @Ctx() { loaders }: Context): Promise<Workgroup[]> {
    return (await loaders.workgroups()).filter((group) => group.accountId === account.id);
  }
}
