import type { AddressInput } from '../../graph/schema/address.input';
import type { CreateAccountInput, UpdateAccountInput } from '../../graph/schema/account.input';
import type { RawAccount, RawAddress } from './mappers';
import { type WriteContext, performWrite, runIdempotent } from '../write';

/** The upstream's Address object from an input; parts left out are sent as null (REFERENCE.md §3.2). */
export function toRawAddress(address: AddressInput | null | undefined): RawAddress | undefined {
  if (!address) return undefined;
  return {
    Street1: address.street1 ?? null,
    Street2: address.street2 ?? null,
    City: address.city ?? null,
    State: address.state ?? null,
    Zip: address.zip ?? null,
    Country: address.country ?? null,
  };
}

/** account/create and account/update; their answers are remembered, Telegent offers no read. */
export class AccountWrites {
  constructor(private readonly ctx: WriteContext) {}

  create(input: CreateAccountInput): Promise<RawAccount> {
    return runIdempotent(this.ctx, 'createAccount', input, input.idempotencyKey, async () => {
      const account = await this.ctx.client.post<RawAccount>('/account/create', {
        AccountName: input.name.trim(),
        AccountAdmin: input.adminEmail,
        BillingAddress: toRawAddress(input.billingAddress),
        MailingAddress: toRawAddress(input.mailingAddress),
      });
      await this.ctx.accountProfiles.remember(account.AccountId, account);
      return account;
    });
  }

  update(input: UpdateAccountInput): Promise<RawAccount> {
    return performWrite(this.ctx, async () => {
      const account = await this.ctx.client.post<RawAccount>('/account/update', {
        AccountId: input.accountId,
        AccountName: input.name?.trim() ?? undefined,
        BillingAddress: toRawAddress(input.billingAddress),
        MailingAddress: toRawAddress(input.mailingAddress),
      });
      await this.ctx.accountProfiles.remember(account.AccountId, account);
      return account;
    });
  }
}
