import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { CreateAccountInput, UpdateAccountInput } from '../schema/account.input';
import { CreateAccountPayload, UpdateAccountPayload } from '../schema/account.payload';
import { ACCOUNT_ROLES, OPERATOR_ONLY, Requires } from '../access';

@Resolver()
export class AccountMutationResolver {
  @Requires('subscribers:write', OPERATOR_ONLY)
  @Mutation(() => CreateAccountPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Creates an account (a family or business) under the distributor. Idempotent with a key.',
  })
  async createAccount(@Arg('input', () => CreateAccountInput, { description: 'The account to create.' }) input: CreateAccountInput, @Ctx() { writes }: Context): Promise<CreateAccountPayload> {
    return { account: await writes.accounts.create(input) };
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => UpdateAccountPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Renames an account or replaces its addresses.' })
  async updateAccount(@Arg('input', () => UpdateAccountInput, { description: 'The account and what to change.' }) input: UpdateAccountInput, @Ctx() { writes }: Context): Promise<UpdateAccountPayload> {
    return { account: await writes.accounts.update(input) };
  }
}
