import type { Account } from '../../graph/schema/account.type';
import type { CreateAccountInput, UpdateAccountInput } from '../../graph/schema/account.input';
import { type RawAccount, fromAccountProfile, toRawAddress } from './mappers';
import { sameId } from '../../ids';
import type { CacheChange } from '../read-cache/collection';
import { DIRECTORY } from '../subscribers/reads';
import { type WriteContext, runWrite } from '../write';

/** account/create and account/update; their answers are remembered, Telegent offers no read. */
export class AccountWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Idempotent with a key; the idempotency record keeps Telegent's answer, mapped again on a replay. */
  async create(input: CreateAccountInput): Promise<Account> {
    const account = await runWrite(this.ctx, {
      operation: 'createAccount',
      // A new account has no subscriber or number yet: no cached list names it.
      changes: () => [],
      // A new account is the distributor's: only a principal that reaches it all creates one.
      targets: { distributor: true },
      idempotent: { input, key: input.idempotencyKey },
      send: async () => {
        const answer = await this.ctx.client.post<RawAccount>('/account/create', {
          AccountName: input.name.trim(),
          AccountAdmin: input.adminEmail,
          BillingAddress: toRawAddress(input.billingAddress),
          MailingAddress: toRawAddress(input.mailingAddress),
        });
        // The answer does not echo AccountAdmin (REFERENCE.md §3.2): the e-mail sent is remembered with it (an echo would win).
        const raw: RawAccount = { ...answer, AccountAdmin: answer.AccountAdmin ?? input.adminEmail };
        await this.ctx.accountProfiles.remember(raw.AccountId, raw);
        return raw;
      },
    });
    return fromAccountProfile(account);
  }

  async update(input: UpdateAccountInput): Promise<Account> {
    const account = await runWrite(this.ctx, {
      operation: 'updateAccount',
      changes: (raw) => (input.name == null ? [] : this.renamed(input.accountId, raw.AccountName ?? input.name.trim())),
      targets: { accounts: [input.accountId] },
      send: async () => {
        const answer = await this.ctx.client.post<RawAccount>('/account/update', {
          AccountId: input.accountId,
          AccountName: input.name?.trim() ?? undefined,
          BillingAddress: toRawAddress(input.billingAddress),
          MailingAddress: toRawAddress(input.mailingAddress),
        });
        // account/update cannot change AccountAdmin: the e-mail remembered from createAccount stays.
        const [previous] = await this.ctx.accountProfiles.getMany([answer.AccountId]);
        const raw: RawAccount = { ...answer, AccountAdmin: answer.AccountAdmin ?? previous?.AccountAdmin ?? null };
        await this.ctx.accountProfiles.remember(raw.AccountId, raw);
        return raw;
      },
    });
    return fromAccountProfile(account);
  }

  /**
   * Every directory record of the account's subscribers names the account's company name: they
   * are put back with the new one, from the directory as cached (no subscriber is read again).
   */
  private async renamed(accountId: string, name: string): Promise<CacheChange[]> {
    const records = (await this.ctx.cache.read(DIRECTORY)).list().filter((s) => s.Account && sameId(s.Account.AccountId, accountId));
    if (records.length === 0) return [];
    return [{ entry: DIRECTORY, upsert: records.map((s) => ({ ...s, Account: { ...s.Account!, CompanyName: name } })) }];
  }
}
