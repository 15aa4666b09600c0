import type { NumberProfiles } from '../stores/profile-store';
import type { AccountProfiles } from './accounts/mappers';
import { ErrorCode, GatewayError, badUserInput, isUpstreamRefusal } from '../errors';
import type { IdempotencyStore, Reconciled } from '../stores/idempotency';
import type { OrderChange } from './orders/changes';
import type { MessageRouteReceivers } from '../stores/message-route-receivers';
import type { TelegentClient } from './client';
import type { Loaders } from './loaders';
import type { OrderProfiles } from '../stores/profile-store';
import type { Reach } from './reach';
import type { CacheChange } from './read-cache/collection';
import type { CacheView, ReadCache } from './read-cache/read-cache';
import { type WriteTargets, checkTargets } from './write-targets';

/** What every write needs: the client, the shared stores, and the request it serves. */
export interface WriteContext {
  client: TelegentClient;
  /** Told what each write changed, before its answer leaves (README "Read-your-writes"). */
  readCache: ReadCache;
  /** The read cache as this request reads it: a write that derives its changes from cached records reads them here. */
  cache: CacheView;
  /** What the request's principal may reach: a write's targets must be within it. */
  reach: Reach;
  /** The request's reads (renewed in place after each write), which find whom a write's targets belong to. */
  loaders: Loaders;
  /** Whom orders placed through the gateway were placed for. */
  orderProfiles: OrderProfiles;
  idempotency: IdempotencyStore;
  accountProfiles: AccountProfiles;
  numberProfiles: NumberProfiles;
  /** How long Telegent's message search may lag behind a send: an absence seen sooner proves nothing. */
  messageSearchLagMs: number;
  /** The `Idempotency-Key` header of the HTTP request, if any. */
  idempotencyKeyHeader: string | null;
  /** Told of every order a write creates or changes, so subscribers hear of it at once (OrderWatcher). */
  orders: { changed(change: OrderChange): void };
  /** The receivers message routes can point at (their keys and credential hashes). */
  messageRouteReceivers: MessageRouteReceivers;
  /** The gateway's URL as Telegent reaches it (PUBLIC_URL, or its own in sandbox mode); null when there is none. */
  publicUrl(): string | null;
  /** Called after every write that took effect: drops the request's cached reads so later fields see it. */
  onWrite(): void;
  /** Aborted once the client gave up on the request; null when the transport cannot tell. */
  abandoned: AbortSignal | null;
}

/** The key from the header or the input field; both present and different is a client bug. */
function idempotencyKeyOf(ctx: WriteContext, inputKey: string | null | undefined): string | null {
  const header = ctx.idempotencyKeyHeader;
  if (header !== null && inputKey != null && header !== inputKey) {
    throw badUserInput('The Idempotency-Key header and input.idempotencyKey differ; send one key.', 'input.idempotencyKey');
  }
  return inputKey ?? header;
}

/** How one write is carried out: declared once per mutation, run by `runWrite`. */
export interface WriteSpec<T> {
  /** The mutation's name; idempotency records are kept per operation. */
  operation: string;
  /**
   * What the write acts on, as its input names it: each must be within the principal's reach, or
   * the write is refused before anything is sent, as for an unknown ID (NOT_FOUND). `{}` for a
   * write that names nothing an account or subscriber owns.
   */
  targets: WriteTargets;
  /** Sends the write (and records what the gateway keeps of it). */
  send(): Promise<T>;
  /**
   * What the write changed in the lists the read cache keeps (README "The read cache"), from its
   * answer: recorded for every instance before the answer leaves, so the next read anywhere sees
   * it. `[]` for a write that changes nothing cached.
   */
  changes(result: T): readonly CacheChange[] | Promise<readonly CacheChange[]>;
  /**
   * When Telegent refuses the write (400/409): the business reason, often after one read that
   * confirms it (the order is final, the number is not portable). Null keeps the refusal as it is;
   * a read that fails while explaining never hides the refusal itself.
   */
  explainRefusal?(refusal: GatewayError): Promise<GatewayError | null> | GatewayError | null;
  /**
   * For writes that create or spend: with an idempotency key (header or `key`) the write happens
   * once per principal; the principal's retry replays its result, waits for it while it runs, or, after an answer was lost,
   * asks `reconcile` what the first attempt did. Absent: the write is simply sent.
   */
  idempotent?: {
    input: unknown;
    key: string | null | undefined;
    reconcile?(startedAtMs: number): Promise<Reconciled<T>>;
    /** Names the writes `reconcile` could not tell apart: they run one at a time, with a key or without (IdempotentCall.exclusive). */
    exclusive?: string;
  };
}

/**
 * Refuses a write whose targets are not all within the request's reach (NOT_FOUND, as for an
 * unknown ID), before anything is sent. `runWrite` does it first; a write that reads its target
 * before `runWrite` calls it before that read, so the read cannot tell what is outside the reach.
 */
export function checkWriteTargets(ctx: WriteContext, targets: WriteTargets): Promise<void> {
  return checkTargets(targets, { reach: ctx.reach, loaders: ctx.loaders, client: ctx.client, });
}

/**
 * Runs one write: its targets' reach first, then idempotency (when declared, per principal)
 * around the refusal explanation around the send; then the request's reads are renewed, replayed
 * or not, so the payload shows the write's effect.
 */
export async function runWrite<T>(ctx: WriteContext, spec: WriteSpec<T>): Promise<T> {
  await checkWriteTargets(ctx, spec.targets);
  const explainedSend = spec.explainRefusal ? () => explained(spec.send, spec.explainRefusal!) : spec.send;
  // The last check before Telegent hears of it (after any wait for the key's lease): a write whose
  // client already gave up is not sent, since nobody could be told what it did.
  const send = async (): Promise<T> => {
    if (ctx.abandoned?.aborted) {
      throw new GatewayError(`The client closed the request before ${spec.operation} was sent; nothing was sent to Telegent.`, ErrorCode.REQUEST_ABANDONED);
    }
    return explainedSend();
  };
  const key = spec.idempotent ? idempotencyKeyOf(ctx, spec.idempotent.key) : null;
  const { idempotent } = spec;
  let result: T;
  if (idempotent && key !== null) {
    result = await ctx.idempotency.run<T>({
      key,
      principal: ctx.reach.principal.id,
      operation: spec.operation,
      input: idempotent.input,
      execute: send,
      ...(idempotent.reconcile ? { reconcile: idempotent.reconcile } : {}),
      ...(idempotent.exclusive !== undefined ? { exclusive: idempotent.exclusive } : {}),
    });
  } else if (idempotent?.exclusive !== undefined) {
    result = await ctx.idempotency.runUnkeyed<T>({
      operation: spec.operation,
      execute: send,
      exclusive: idempotent.exclusive,
      ...(idempotent.reconcile ? { reconcile: idempotent.reconcile } : {}),
    });
  } else {
    result = await send();
  }
  await ctx.readCache.change(await spec.changes(result));
  ctx.onWrite();
  return result;
}

async function explained<T>(send: () => Promise<T>, explain: NonNullable<WriteSpec<T>['explainRefusal']>): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!isUpstreamRefusal(error)) throw error;
    const explanation = await Promise.resolve()
      .then(() => explain(error))
      .catch(() => null);
    throw explanation ?? error;
  }
}
