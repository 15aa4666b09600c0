import { createHmac } from 'node:crypto';

/** What a derived secret is for; each purpose gets its own. */
export type SecretPurpose = 'idempotency-fingerprints' | 'account-webhook-token' | 'message-route-credentials' | 'api-keys';

/**
 * A secret derived from the upstream secret (HMAC-SHA-256): every instance with the same
 * credentials derives the same one, nobody without the upstream secret can, and it reveals
 * nothing about the upstream secret itself.
 */
export function deriveSecret(accountSecret: string, purpose: SecretPurpose): string {
  return createHmac('sha256', accountSecret).update(`telegent-graph:${purpose}`).digest('hex');
}
