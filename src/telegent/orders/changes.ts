import type { RequestPriority } from '../rate-limiter';

/** What a write or a webhook says about an order; the order watcher (realtime/) is told of each. */
export interface OrderChange {
  orderId: string;
  /** The account the order was placed for, when the write or the webhook names it: remembered as the order's, for tenancy. */
  accountId: string | null;
  /** The status the write's answer or the webhook reported, if any: a final one is not remembered as open. */
  status?: string | null;
  /** Interactive for a mutation (its subscribers hear at once), background for a webhook. @default Interactive */
  priority?: RequestPriority;
  /**
   * Telegent reported it (a webhook), not a write through the gateway: what the order changed in
   * the read cache, if it completed, was declared by no write. @default false
   */
  reported?: boolean;
}
