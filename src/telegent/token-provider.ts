import type Keyv from 'keyv';
import { BACKGROUND, type Claimant } from './fair-queue';

export interface MintedToken {
  token: string;
  /** Epoch ms at which upstream stops accepting the token. */
  expiresAtMs: number;
}

/**
 * Bearer tokens per (credential, endpoint): Telegent scopes a token to one ApiEndpoint URL
 * (REFERENCE.md §2.2), so each endpoint path has its own. Tokens live in keyv (in-memory, or
 * Redis shared by all instances) until `refreshSkewMs` before they expire, and are minted lazily,
 * only when a call needs one. Concurrent cold callers for the same endpoint share one mint.
 * Every token this instance mints or reads is also kept in process (one per endpoint), so while
 * the shared store is down reads go on with those, minting only what is missing.
 */
export class TokenProvider {
  private readonly inFlight = new Map<string, Promise<string>>();
  /** The fallback when the shared store fails: this instance's latest token per key. */
  private readonly local = new Map<string, MintedToken>();

  constructor(
    private readonly store: Keyv<MintedToken>,
    /** Identifies the credential without revealing it (a hash of base URL + AccountKey). */
    private readonly credentialId: string,
    /** Mints a token, its request drawing on `claimant`'s share of the quota (whoever needed it first). */
    private readonly mint: (endpointPath: string, claimant: Claimant) => Promise<MintedToken>,
    private readonly refreshSkewMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private key(endpointPath: string): string {
    return `token:${this.credentialId}:${endpointPath.toLowerCase()}`;
  }

  /** The endpoint's token; one minted for it, when needed, is asked for as `claimant`. */
  async get(endpointPath: string, claimant: Claimant = BACKGROUND): Promise<string> {
    const key = this.key(endpointPath);
    const cached = await this.cached(key);
    if (cached && cached.expiresAtMs - this.refreshSkewMs > this.now()) return cached.token;
    let pending = this.inFlight.get(key);
    if (!pending) {
      pending = this.mintAndStore(key, endpointPath, claimant).finally(() => this.inFlight.delete(key));
      this.inFlight.set(key, pending);
    }
    return pending;
  }

  /**
   * Forgets `token` after upstream refused it (401, or 403 for a scope mismatch), so the next
   * `get` mints a fresh one. A newer token another caller already stored is kept.
   */
  async invalidate(endpointPath: string, token: string): Promise<void> {
    const key = this.key(endpointPath);
    if (this.local.get(key)?.token === token) this.local.delete(key);
    try {
      const cached = await this.store.get(key);
      if (cached?.token === token) await this.store.delete(key);
    } catch {
      // The shared store is down: the stale token stays there until it expires or is replaced.
    }
  }

  /** The shared store's token (kept locally too), or this instance's own when the store has none or fails. */
  private async cached(key: string): Promise<MintedToken | undefined> {
    try {
      const shared = await this.store.get(key);
      if (shared) {
        this.local.set(key, shared);
        return shared;
      }
    } catch {
      // The shared store is down (the store logs why): fall back to this instance's tokens.
    }
    return this.local.get(key);
  }

  private async mintAndStore(key: string, endpointPath: string, claimant: Claimant): Promise<string> {
    const minted = await this.mint(endpointPath, claimant);
    this.local.set(key, minted);
    const ttlMs = minted.expiresAtMs - this.refreshSkewMs - this.now();
    // Other instances miss this token while the store is down; this one still has it.
    if (ttlMs > 0) await this.store.set(key, minted, ttlMs).catch(() => undefined);
    return minted.token;
  }
}

/** `MM/dd/yyyy hh:mm:ss AM|PM` in UTC, the token endpoint's `tokenExpiry` (REFERENCE.md §2.1). */
export function parseTokenExpiry(value: string): number | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2}) ?(AM|PM)$/i.exec(value.trim());
  if (!match) return null;
  const [, month, day, year, hour, minute, second, half] = match;
  const hours24 = (Number(hour) % 12) + (half!.toUpperCase() === 'PM' ? 12 : 0);
  return Date.UTC(Number(year), Number(month) - 1, Number(day), hours24, Number(minute), Number(second));
}
