import type { AccountProfiles, NumberProfiles } from '../profile-store';
import { badUserInput } from '../errors';
import type { IdempotencyStore, Reconciled } from '../idempotency';
import type { TelegentApi } from '../telegent-api';
import type { TelegentClient } from '../telegent-client';

/** What every write needs: the client, the shared stores, and the request it serves. */
export interface WriteContext {
  client: TelegentClient;
  api: TelegentApi;
  idempotency: IdempotencyStore;
  accountProfiles: AccountProfiles;
  numberProfiles: NumberProfiles;
  /** The `Idempotency-Key` header of the HTTP request, if any. */
  idempotencyKeyHeader: string | null;
  /** Called after every write that took effect: drops the request's cached reads so later fields see it. */
  onWrite(): void;
}

/** The key from the header or the input field; both present and different is a client bug. */
export function idempotencyKeyOf(ctx: WriteContext, inputKey: string | null | undefined): string | null {
  const header = ctx.idempotencyKeyHeader;
  if (header !== null && inputKey != null && header !== inputKey) {
    throw badUserInput('The Idempotency-Key header and input.idempotencyKey differ; send one key.', 'input.idempotencyKey');
  }
  return inputKey ?? header;
}

/**
 * Runs a write that creates or spends: once per idempotency key when the client sent one,
 * plainly otherwise. `onWrite` runs after it, replayed or not, so the payload reads fresh data.
 */
export async function runIdempotent<T>(
  ctx: WriteContext,
  operation: string,
  input: unknown,
  inputKey: string | null | undefined,
  execute: () => Promise<T>,
  reconcile?: (startedAtMs: number) => Promise<Reconciled<T>>,
): Promise<T> {
  const key = idempotencyKeyOf(ctx, inputKey);
  const result =
    key === null
      ? await execute()
      : await ctx.idempotency.run<T>({
          key,
          operation,
          input,
          execute,
          ...(reconcile ? { reconcile } : {}),
        });
  ctx.onWrite();
  return result;
}
