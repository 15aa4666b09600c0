import { Field, ObjectType } from 'type-graphql';
import { Account } from './account.type';

@ObjectType({ description: 'The result of createAccount.' })
export class CreateAccountPayload {
  @Field(() => Account, { description: 'The new account, with its addresses.' })
  account!: Account;
}

@ObjectType({ description: 'The result of updateAccount.' })
export class UpdateAccountPayload {
  @Field(() => Account, { description: 'The account as it is now.' })
  account!: Account;
}
