import type { Account } from '../../graph/schema/account.type';
import type { CreateAccountInput, UpdateAccountInput } from '../../graph/schema/account.input';
import { type RawAccount, fromAccountProfile, toRawAddress } from './mappers';
import { type WriteContext, runWrite } from '../write';

/** account/create and account/update; their answers are remembered, Telegent offers no read. */
export class AccountWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Idempotent with a key; the idempotency record keeps Telegent's answer, mapped again on a replay. */
  async create(input: CreateAccountInput): Promise<Account> {
    const account = await runWrite(this.ctx, {
      operation: 'createAccount',
      changes: () => [], // TODO(changes)
      // A new account is the distributor's: only a principal that reaches it all creates one.
      targets: { distributor: true },
      idempotent: { input, key: input.idempotencyKey },
      send: async () => {
        const raw = await this.ctx.client.post<RawAccount>('/account/create', {
          AccountName: input.name.trim(),
          AccountAdmin: input.adminEmail,
          BillingAddress: toRawAddress(input.billingAddress),
          MailingAddress: toRawAddress(input.mailingAddress),
        });
        await this.ctx.accountProfiles.remember(raw.AccountId, raw);
        return raw;
      },
    });
    return fromAccountProfile(account);
  }

  async update(input: UpdateAccountInput): Promise<Account> {
    const account = await runWrite(this.ctx, {
      operation: 'updateAccount',
      changes: () => [], // TODO(changes)
      targets: { accounts: [input.accountId] },
      send: async () => {
        const raw = await this.ctx.client.post<RawAccount>('/account/update', {
          AccountId: input.accountId,
          AccountName: input.name?.trim() ?? undefined,
          BillingAddress: toRawAddress(input.billingAddress),
          MailingAddress: toRawAddress(input.mailingAddress),
        });
        await this.ctx.accountProfiles.remember(raw.AccountId, raw);
        return raw;
      },
    });
    return fromAccountProfile(account);
  }
}
