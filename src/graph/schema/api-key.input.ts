import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { ROLE_SCOPES } from '../../principal';
import { type ValidatedInput, checkEach, checkId, checkListSize, checkNonEmptyDistinct, checkText, inputField } from './input-rules';

/** The longest name a key may have. */
const MAX_NAME = 100;
/** The most accounts one key may reach (a key for more is an operator's job). */
const MAX_ACCOUNTS = 100;

@InputType({ description: 'A new API key for a partner: its name, the accounts it reaches, what it may do there, and optionally when it expires.' })
export class CreateApiKeyInput implements ValidatedInput {
  @Field({ description: 'What the key is for (the partner, the integration): 1 to 100 characters, shown by apiKeys.' })
  name!: string;

  @Field(() => [ID], { description: 'The accounts (AID-…) the key reaches: 1 to 100, each once. Nothing else of the distributor is visible to it.' })
  accountIds!: string[];

  @Field(() => [String], {
    description:
      'What the key may do within its accounts, each once: read, numbers:provision, numbers:write, porting:write, ' +
      'subscribers:write, messages:send, guardian:write, routes:write (a partner holds no catalog:write or admin).',
  })
  scopes!: string[];

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key stops working (in the future); left out: it works until revoked.' })
  expiresAt?: Date | null;

  validate(): void {
    checkText(this.name, MAX_NAME, inputField('name'));
    checkListSize(this.accountIds, 1, MAX_ACCOUNTS, inputField('accountIds'));
    checkNonEmptyDistinct(this.accountIds, inputField('accountIds'));
    checkEach(this.accountIds, inputField('accountIds'), (id, field) => checkId(id, ['AID'], field));
    checkNonEmptyDistinct(this.scopes, inputField('scopes'));
    const allowed: readonly string[] = ROLE_SCOPES.partner;
    checkEach(this.scopes, inputField('scopes'), (scope, field) => {
      if (!allowed.includes(scope)) throw badUserInput(`${field} must be one of ${allowed.join(', ')} (the scopes a partner can hold), got '${scope}'.`, field);
    });
    if (this.expiresAt && this.expiresAt.getTime() <= Date.now()) {
      throw badUserInput(`${inputField('expiresAt')} must be in the future, got ${this.expiresAt.toISOString()}.`, inputField('expiresAt'));
    }
  }
}

@InputType({ description: 'The API key to revoke: it stops working on every instance within seconds, and stays listed.' })
export class RevokeApiKeyInput implements ValidatedInput {
  @Field(() => ID, { description: 'The key’s ID (APIKEY-…, as apiKeys lists it), not the key itself.' })
  id!: string;

  validate(): void {
    checkId(this.id, ['APIKEY'], inputField('id'));
  }
}
