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

  /**
   * Best effort: it follows a write that already happened upstream, which must not be reported as
   * failed (nor, under an idempotency key, run again) because the shared store is down.
   */
  async remember(id: string, profile: T): Promise<void> {
    await this.store.set(this.key(id), profile).catch(() => undefined);
  }

  /** Unknown (undefined) for every id while the shared store is down: reads go on without the profiles. */
  async getMany(ids: readonly string[]): Promise<(T | undefined)[]> {
    return Promise.all(ids.map((id) => (this.store.get(this.key(id)) as Promise<T | undefined>).catch(() => undefined)));
  }
}

/** What provisioning said about a number that its inventory record does not. */
export interface NumberProfile {
  ProductType: string;
  DataEnabled: boolean | null;
}
export type NumberProfiles = ProfileStore<NumberProfile>;

/**
 * The account an order was placed for, as the write that placed it or its account's webhook said:
 * Telegent's order reads do not name it, and a port-in's number joins an inventory only once ported.
 * It decides, with the order's numbers, whose reach the order is in.
 */
export interface OrderProfile {
  AccountId: string;
}
export type OrderProfiles = ProfileStore<OrderProfile>;
