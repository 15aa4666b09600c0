import { createHash, createHmac, randomUUID } from 'node:crypto';
import type Keyv from 'keyv';
import { ErrorCode, GatewayError, badUserInput, storeUnavailable } from '../errors';
import type { LeaseStore } from './leases';

/** How long a key is remembered (README "Idempotency"). */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60_000;
/** An attempt holds its key this long between heartbeats; a crashed instance frees it after this. */
const LEASE_MS = 30_000;
const HEARTBEAT_MS = 10_000;
const POLL_MS = 50;

/** Clock difference tolerated between the gateway and Telegent when matching what Telegent recorded to an attempt. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/** What a reconciliation found out about a write whose outcome was lost. */
export type Reconciled<T> = { found: T } | { absent: true } | { undecidable: string };

export interface IdempotentCall<T> {
  /** The client's key (header or input field). */
  key: string;
  /**
   * Who sent it (`Principal.id`): keys are the principal's own, so another principal reusing one
   * never gets this principal's result replayed, nor waits for it.
   */
  principal: string;
  /** The mutation's name: the same key used for another mutation is a reuse. */
  operation: string;
  /** What the client asked for, compared by value across attempts. */
  input: unknown;
  /** Performs the write; its result must be plain JSON (it is stored and replayed). */
  execute(): Promise<T>;
  /**
   * Finds out from the upstream what became of an earlier attempt that ended with
   * UPSTREAM_OUTCOME_UNKNOWN (or whose instance died). Without it such a key stays unknown.
   */
  reconcile?(startedAtMs: number): Promise<Reconciled<T>>;
  /**
   * Names the writes `reconcile` could not tell apart (for provisionNumber: one account, one
   * configuration). At most one write of a name runs at a time, across instances (a lease), from
   * its send to the reconciliation of a lost answer, which then happens at once: only one result
   * can match it, and it is stored for the retry to replay. Without it writes run side by side.
   */
  exclusive?: string;
}

interface IdempotencyRecord<T> {
  fingerprint: string;
  state: 'started' | 'completed' | 'unknown';
  startedAtMs: number;
  result?: T;
}

/**
 * Idempotency keys for writes that create or spend, each principal's its own. The first attempt
 * runs; any attempt by the same principal with the same key and input gets its stored result
 * without an upstream call; one arriving while it runs
 * waits for it (a lease excludes other instances too); the same key with another input is refused.
 * Records live 24 hours in the shared keyv store, so a retry landing on another instance, or after
 * a restart, is recognised when Redis is configured.
 *
 * Nothing is sent upstream unless the record says 'started' first: while the store fails, a keyed
 * write is refused at once with STORE_UNAVAILABLE. Once the write was sent, a store failure never
 * turns its outcome into an error (the record then stays 'started', and a retry reconciles).
 */
export class IdempotencyStore {
  private readonly inFlight = new Map<string, { fingerprint: string; result: Promise<unknown> }>();
  private readonly instanceId = randomUUID();

  constructor(
    private readonly store: Keyv,
    private readonly leases: LeaseStore,
    /** The upstream credential's non-secret id: keys of different distributors never meet. */
    private readonly scope: string,
    /**
     * Keys the input fingerprints (HMAC-SHA-256). Inputs hold secrets (passwords, PINs); keyed
     * with something the store does not hold, a fingerprint in Redis reveals nothing about them,
     * while every instance with the same credentials still computes the same one.
     */
    private readonly fingerprintKey: string,
    /** How long an attempt waits for another one holding the key. @default 60_000 */
    private readonly waitMs = 60_000,
  ) {}

  async run<T>(call: IdempotentCall<T>): Promise<T> {
    checkKey(call.key);
    const recordKey = `idempotency:${this.scope}:${principalSegment(call.principal)}:${call.key}`;
    const fingerprint = fingerprintOf(this.fingerprintKey, call.operation, call.input);
    const local = this.inFlight.get(recordKey);
    if (local) {
      if (local.fingerprint !== fingerprint) throw keyReused(call.key);
      return local.result as Promise<T>;
    }
    const result = this.runShared(recordKey, fingerprint, call);
    this.inFlight.set(recordKey, { fingerprint, result });
    try {
      return await result;
    } finally {
      this.inFlight.delete(recordKey);
    }
  }

  /**
   * A write sent without a key that keyed ones of `exclusive` could be mistaken for: it waits its
   * turn like them, and after a lost answer what it did is looked up at once, so that (for
   * provisionNumber: the number it bought becomes known) a keyed write's reconciliation never
   * counts it. It still fails with UPSTREAM_OUTCOME_UNKNOWN, as any write without a key does.
   */
  async runUnkeyed<T>(call: Pick<IdempotentCall<T>, 'operation' | 'execute' | 'reconcile'> & { exclusive: string }): Promise<T> {
    return this.exclusively(call, async () => {
      const startedAtMs = Date.now();
      try {
        return await call.execute();
      } catch (error) {
        if (error instanceof GatewayError && error.code === ErrorCode.UPSTREAM_OUTCOME_UNKNOWN) await call.reconcile?.(startedAtMs).catch(() => null);
        throw error;
      }
    });
  }

  /** Waits for the key's lease (another instance may hold it), then runs under it. */
  private async runShared<T>(recordKey: string, fingerprint: string, call: IdempotentCall<T>): Promise<T> {
    const ownerId = `${this.instanceId}:${randomUUID()}`;
    const deadline = Date.now() + this.waitMs;
    for (;;) {
      const record = await this.read<T>(recordKey);
      if (record && record.fingerprint !== fingerprint) throw keyReused(call.key);
      if (record?.state === 'completed') return record.result as T;
      if (await this.acquire(recordKey, ownerId)) {
        return this.holding(recordKey, ownerId, () => this.runClaimed(recordKey, fingerprint, call));
      }
      if (Date.now() > deadline) {
        throw new GatewayError(
          `Another request with idempotency key '${call.key}' is still running; retry with the same key later.`,
          ErrorCode.IDEMPOTENCY_KEY_IN_USE,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  /** Runs `work` under a lease `ownerId` holds on `leaseKey`, kept alive by a heartbeat, released after. */
  private async holding<R>(leaseKey: string, ownerId: string, work: () => Promise<R>): Promise<R> {
    const heartbeat = setInterval(() => void this.leases.extend(leaseKey, ownerId, LEASE_MS).catch(() => undefined), HEARTBEAT_MS);
    try {
      return await work();
    } finally {
      clearInterval(heartbeat);
      await this.leases.release(leaseKey, ownerId).catch(() => undefined);
    }
  }

  /** Runs `work` once no other write of `call.exclusive` runs on any instance (waits up to `waitMs`); at once without it. */
  private async exclusively<R>(call: Pick<IdempotentCall<unknown>, 'operation' | 'exclusive'>, work: () => Promise<R>): Promise<R> {
    if (call.exclusive === undefined) return work();
    const leaseKey = `idempotency-exclusive:${this.scope}:${call.exclusive}`;
    const ownerId = `${this.instanceId}:${randomUUID()}`;
    const deadline = Date.now() + this.waitMs;
    while (!(await this.acquire(leaseKey, ownerId))) {
      if (Date.now() > deadline) {
        throw new GatewayError(
          `Another ${call.operation} that could not be told apart from this one (same account and configuration) is still running; ` +
            `retry later (with the same idempotency key, if it had one).`,
          ErrorCode.IDEMPOTENCY_KEY_IN_USE,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    return this.holding(leaseKey, ownerId, work);
  }

  private async runClaimed<T>(recordKey: string, fingerprint: string, call: IdempotentCall<T>): Promise<T> {
    const record = await this.read<T>(recordKey);
    if (record && record.fingerprint !== fingerprint) throw keyReused(call.key);
    if (record?.state === 'completed') return record.result as T;
    if (record) {
      // 'unknown', or 'started' with nobody holding the lease: the earlier attempt's answer was lost.
      const reconcile = call.reconcile;
      const reconciled: Reconciled<T> = reconcile
        ? await this.exclusively(call, () => reconcile(record.startedAtMs))
        : { undecidable: `${call.operation} cannot be looked up upstream` };
      if ('found' in reconciled) {
        await this.saveAfterSending(recordKey, { fingerprint, state: 'completed', startedAtMs: record.startedAtMs, result: reconciled.found });
        return reconciled.found;
      }
      if ('undecidable' in reconciled) {
        await this.saveAfterSending(recordKey, { fingerprint, state: 'unknown', startedAtMs: record.startedAtMs });
        throw new GatewayError(
          `The earlier ${call.operation} with idempotency key '${call.key}' may or may not have taken effect, and the gateway ` +
            `cannot tell (${reconciled.undecidable}). Check before retrying with a new key.`,
          ErrorCode.UPSTREAM_OUTCOME_UNKNOWN,
        );
      }
      // Absent: the earlier attempt never took effect, so this one may.
    }
    return this.exclusively(call, () => this.execute(recordKey, fingerprint, call));
  }

  private async execute<T>(recordKey: string, fingerprint: string, call: IdempotentCall<T>): Promise<T> {
    const startedAtMs = Date.now();
    // The last moment a store failure may refuse the write: nothing has been sent yet.
    await this.save(recordKey, { fingerprint, state: 'started', startedAtMs }).catch(() => {
      // A timed-out SET may still land (a hung Redis that resumes): a DELETE sent after it on the
      // same connection runs after it, so the refused attempt leaves no 'started' record behind.
      void this.store.delete(recordKey).catch(() => undefined);
      throw storeUnavailable('record the idempotency key');
    });
    try {
      const result = await call.execute();
      await this.saveAfterSending(recordKey, { fingerprint, state: 'completed', startedAtMs, result });
      return result;
    } catch (error) {
      if (error instanceof GatewayError && error.code === ErrorCode.UPSTREAM_OUTCOME_UNKNOWN) {
        // Under the exclusive lease nothing the answer could be mistaken for is in flight: settle it
        // now and store what was found for the retry. An absence is not trusted yet (the request may
        // still land): the retry looks again.
        const settled = call.exclusive !== undefined && call.reconcile ? await call.reconcile(startedAtMs).catch(() => null) : null;
        await this.saveAfterSending(
          recordKey,
          settled !== null && 'found' in settled
            ? { fingerprint, state: 'completed', startedAtMs, result: settled.found }
            : { fingerprint, state: 'unknown', startedAtMs },
        );
      } else {
        // A definite failure changed nothing upstream: the key is free for a corrected retry
        // (if the store fails now, the 'started' record makes the retry reconcile first).
        await this.store.delete(recordKey).catch(() => undefined);
      }
      throw error;
    }
  }

  /** The key's record; STORE_UNAVAILABLE when the store cannot say (a missing record would mean "never used"). */
  private async read<T>(recordKey: string): Promise<IdempotencyRecord<T> | undefined> {
    try {
      return (await this.store.get(recordKey)) as IdempotencyRecord<T> | undefined;
    } catch {
      throw storeUnavailable('check the idempotency key');
    }
  }

  /** Takes a lease (a key's, or an exclusive one); STORE_UNAVAILABLE when the store cannot say. */
  private async acquire(leaseKey: string, ownerId: string): Promise<boolean> {
    try {
      return await this.leases.acquire(leaseKey, ownerId, LEASE_MS);
    } catch {
      // A timed-out SET NX may still have landed: give back what may be ours.
      void this.leases.release(leaseKey, ownerId).catch(() => undefined);
      throw storeUnavailable('take the idempotency key’s lease');
    }
  }

  private async save<T>(recordKey: string, record: IdempotencyRecord<T>): Promise<void> {
    await this.store.set(recordKey, record, IDEMPOTENCY_TTL_MS);
  }

  /**
   * Records what a write that was sent came to. A store failure here must not fail the request:
   * the write happened (or may have), and the record left as 'started' makes a retry reconcile.
   */
  private async saveAfterSending<T>(recordKey: string, record: IdempotencyRecord<T>): Promise<void> {
    await this.save(recordKey, record).catch(() => undefined);
  }
}

/** A fixed-length segment per principal, so no principal ID and key can be read as another's. */
function principalSegment(principal: string): string {
  return createHash('sha256').update(principal).digest('hex').slice(0, 32);
}

/** Client keys: 1 to 255 visible ASCII characters (a UUID is the usual choice). */
function checkKey(key: string): void {
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) {
    throw badUserInput('idempotencyKey must be 1 to 255 visible ASCII characters (a UUID, for example).', 'idempotencyKey');
  }
}

function keyReused(key: string): GatewayError {
  return new GatewayError(
    `Idempotency key '${key}' was already used for a different request; use a new key for a new request.`,
    ErrorCode.IDEMPOTENCY_KEY_REUSED,
  );
}

/** A keyed digest of the operation and its input by value: key order and absent fields do not matter. */
function fingerprintOf(key: string, operation: string, input: unknown): string {
  return createHmac('sha256', key).update(`${operation}\n${canonicalJson(input)}`).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key, v]) => v !== undefined && key !== 'idempotencyKey')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
}
