import { Arg, Args, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM, perListItem } from '../schema/query-cost';
import { badUserInput } from '../../errors';
import { AvailableNumbersArgs } from '../schema/available-numbers.args';
import { AvailableNumbers } from '../schema/available-numbers.type';
import { assertE164 } from '../schema/e164.scalar';
import { checkAreaCode, checkZipCode } from '../schema/input-rules';
import { MessageDirection } from '../schema/enums';
import { MessagePage } from '../schema/message.type';
import { Product } from '../schema/product.type';
import { Service } from '../schema/service.type';
import { SubscriptionFeature } from '../schema/subscription-feature.type';
import { ACCOUNT_ROLES, Requires } from '../access';

/** Both searches page alike: page from 1, pageSize from 1 to 100. */
function checkPaging(page: number, pageSize: number): void {
  if (page < 1) throw badUserInput(`page must be 1 or more, got ${page}.`, 'page');
  if (pageSize < 1 || pageSize > 100) throw badUserInput(`pageSize must be from 1 to 100, got ${pageSize}.`, 'pageSize');
}

/** Root reads that are not reached through an account: number search, catalog, message history. */
@Resolver()
export class CatalogResolver {
  @Requires('read', ACCOUNT_ROLES)
  @Query(() => AvailableNumbers, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'Numbers that can be provisioned, by area code, then ZIP code, else at random.' })
  availableNumbers(@Args() args: AvailableNumbersArgs, @Ctx() { loaders }: Context): Promise<AvailableNumbers> {
    // Checked here with the platform's rules, so a bad search costs no upstream call.
    checkAreaCode(args.areaCode || null, 'areaCode');
    checkZipCode(args.zipCode || null, 'zipCode');
    checkPaging(args.page, args.pageSize);
    return loaders.availableNumbers.load(args);
  }

  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [Product], { nullable: true, complexity: perListItem, description: 'The distributor’s product catalog.' })
  products(@Ctx() { loaders }: Context): Promise<Product[]> {
    return loaders.products();
  }

  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [Service], { nullable: true, complexity: perListItem, description: 'The distributor’s services.' })
  services(@Ctx() { loaders }: Context): Promise<Service[]> {
    return loaders.services();
  }

  @Requires('read', ACCOUNT_ROLES)
  @Query(() => [SubscriptionFeature], { nullable: true, complexity: perListItem, description: 'The add-ons subscriptions can carry, of every account of the distributor.' })
  subscriptionFeatures(@Ctx() { loaders }: Context): Promise<SubscriptionFeature[]> {
    return loaders.features();
  }

  @Requires('read')
  @Query(() => MessagePage, { nullable: true, complexity: ONE_CALL_PER_ITEM, description: 'Messages sent or received by one of your numbers, newest first.' })
  messages(
    @Arg('phoneNumber', { description: 'The number, in E.164.' }) phoneNumber: string,
    @Arg('page', () => Int, { defaultValue: 1, description: 'Page (1-based).' }) page: number,
    @Arg('pageSize', () => Int, { defaultValue: 25, description: 'Messages per page (1 to 100).' }) pageSize: number,
    @Arg('direction', () => MessageDirection, { nullable: true, description: 'Only inbound or only outbound messages.' }) direction: MessageDirection | null | undefined,
    @Ctx() { loaders }: Context,
  ): Promise<MessagePage> {
    assertE164(phoneNumber, 'phoneNumber');
    checkPaging(page, pageSize);
    // An omitted argument arrives as undefined, an explicit null as null: both mean "either way".
    return loaders.messagePage.load({ phoneNumber, page, pageSize, direction: direction ?? null });
  }
}
