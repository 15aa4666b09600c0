import type Keyv from 'keyv';
import type { RawAccount } from './mappers';

/**
 * What Telegent said about an account when it was created or updated through the gateway.
 * The platform has no endpoint that reads an account (REFERENCE.md §3.2), so its addresses are
 * known only from those answers; they are kept in the shared keyv store (Redis when configured,
 * so every instance sees them) under the credential that owns the account.
 */
export class AccountProfiles {
  constructor(
    private readonly store: Keyv,
    /** The upstream credential's non-secret id: one distributor never reads another's profiles. */
    private readonly credentialId: string,
  ) {}

  private key(accountId: string): string {
    return `account:${this.credentialId}:${accountId}`;
  }

  async remember(account: RawAccount): Promise<void> {
    await this.store.set(this.key(account.AccountId), account);
  }

  async getMany(accountIds: readonly string[]): Promise<(RawAccount | undefined)[]> {
    return Promise.all(accountIds.map((id) => this.store.get(this.key(id)) as Promise<RawAccount | undefined>));
  }
}
