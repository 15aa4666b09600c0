import type Keyv from 'keyv';

/**
 * What Telegent said in answer to a write that it offers no way to read back: an account's
 * addresses and admin e-mail (no account read exists, REFERENCE.md §3.2), a number's product type,
 * data flag, ZIP code and eSIM QR code (number records do not carry them). Kept in the shared keyv store (Redis when configured, so every instance sees
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

  /**
   * Changes a profile from what is kept (undefined: nothing). Best effort as `remember`, and not
   * atomic: two changes of one profile at once may lose one (they follow rare writes of one object).
   */
  async amend(id: string, change: (profile: T | undefined) => T): Promise<void> {
    const [profile] = await this.getMany([id]);
    await this.remember(id, change(profile));
  }

  /** Unknown (undefined) for every id while the shared store is down: reads go on without the profiles. */
  async getMany(ids: readonly string[]): Promise<(T | undefined)[]> {
    return Promise.all(ids.map((id) => (this.store.get(this.key(id)) as Promise<T | undefined>).catch(() => undefined)));
  }
}

/**
 * What provisioning (and a later `activate` status change) said about a number that its records do
 * not carry. `ProductType` is set only for numbers provisioned through the gateway.
 */
export interface NumberProfile {
  ProductType?: string | null;
  DataEnabled?: boolean | null;
  /** The ZIP code provisioning answered for the number's area. */
  ZipCode?: string | null;
  /** The eSIM activation QR code URL of the latest provisioning or `activate` answer. */
  QRCode?: string | null;
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
