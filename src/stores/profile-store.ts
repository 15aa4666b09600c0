import type Keyv from 'keyv';

/**
 * What Telegent said in answer to a write that it offers no way to read back: an account's
 * addresses (no account read exists, REFERENCE.md §3.2), a number's product type (number records
 * do not carry it). Kept in the shared keyv store (Redis when configured, so every instance sees
 * it) under the credential that owns the object, so one distributor never reads another's.
 */
export class ProfileStore<T> {
  constructor(
    private readonly store: Keyv,
    /** The upstream credential's non-secret id. */
    private readonly credentialId: string,
    /** Key prefix naming what is kept: `account`, `number`. */
    private readonly kind: string,
  ) {}

  private key(id: string): string {
    return `${this.kind}:${this.credentialId}:${id}`;
  }

  async remember(id: string, profile: T): Promise<void> {
    await this.store.set(this.key(id), profile);
  }

  async getMany(ids: readonly string[]): Promise<(T | undefined)[]> {
    return Promise.all(ids.map((id) => this.store.get(this.key(id)) as Promise<T | undefined>));
  }
}

/** What provisioning said about a number that its inventory record does not. */
export interface NumberProfile {
  ProductType: string;
  DataEnabled: boolean | null;
}
export type NumberProfiles = ProfileStore<NumberProfile>;
