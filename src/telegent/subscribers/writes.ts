import type { AssignNumbersPayload, TransferSubscriberPayload, UnassignNumbersPayload } from '../../graph/schema/subscriber.payload';
import type { AssignNumbersInput, CreateSubscriberInput, TransferSubscriberInput, UnassignNumbersInput, UpdateSubscriberInput } from '../../graph/schema/subscriber.input';
import type { Subscriber } from '../../graph/schema/subscriber.type';
import { ErrorCode, GatewayError, type UpstreamInfo, domainError, refusalSays } from '../../errors';
import type { Reconciled } from '../../stores/idempotency';
import { numbersChanged } from '../numbers/cache-changes';
import type { CacheChange } from '../read-cache/collection';
import { inventoryOf } from '../numbers/reads';
import { type RawSubscriber, UPSTREAM_ROLE, toSubscriber } from './mappers';
import { type WriteContext, checkWriteTargets, runWrite } from '../write';
import { DIRECTORY, getSubscriber, listDistributorSubscribers } from './reads';

/** What subscribers/update changes; a part left out stays as it is. */
interface SubscriberUpdate {
  subscriberId: string;
  name?: string;
  role?: string;
  password?: string;
  /** The whole new set: Telegent replaces the set, it cannot add or remove one number. */
  numbers?: string[];
}

/** A list of numbers without Telegent's "none" (`""`, as in the guide's `PhoneNumbers: [""]`). */
const withoutBlanks = (numbers: readonly string[]): string[] => numbers.filter((n) => n !== '');

/** The numbers a subscriber's record lists ("" is Telegent's "none yet"). */
const numbersOf = (subscriber: RawSubscriber): string[] => withoutBlanks(subscriber.PhoneNumbers ?? []);

/**
 * A subscriber's set of numbers replaced: its record as the answer shows it, and the numbers that
 * joined or left the set (their binding) read again wherever an inventory holds them.
 */
function setChanged(answer: RawSubscriber, before: readonly string[]): CacheChange[] {
  const after = numbersOf(answer);
  return [{ entry: DIRECTORY, upsert: [answer] }, ...numbersChanged([...before.filter((n) => !after.includes(n)), ...after.filter((n) => !before.includes(n))])];
}

/** Subscribers: create, change, move between accounts, and their sets of numbers (REFERENCE.md §3.4). */
export class SubscriberWrites {
  constructor(private readonly ctx: WriteContext) {}

  /**
   * Creates a subscriber: idempotent with a key, reconciled by e-mail after a lost answer. The
   * idempotency record keeps Telegent's answer, mapped again on a replay.
   */
  async create(asked: CreateSubscriberInput): Promise<Subscriber> {
    const input = { ...asked, numbers: withoutBlanks(asked.numbers) };
    const created = await runWrite(this.ctx, {
      operation: 'createSubscriber',
      // The answer is the directory's record; the numbers it names are bound to it now.
      changes: (created) => setChanged(created, []),
      targets: { accounts: [input.accountId], numbers: input.numbers ?? [] },
      send: () =>
        this.ctx.client.post<RawSubscriber>('/subscribers/create', {
          AccountId: input.accountId,
          Name: input.name.trim(),
          Email: input.email.trim(),
          Role: UPSTREAM_ROLE[input.role],
          Password: input.password,
          PhoneNumbers: input.numbers,
        }),
      explainRefusal: (refusal) =>
        refusalSays(refusal, ErrorCode.EMAIL_TAKEN) || upstreamStatus(refusal) === 409
          ? domainError(ErrorCode.EMAIL_TAKEN, `The e-mail ${input.email.trim()} is already registered: e-mails are unique across the whole platform.`, refusal, {
              field: 'input.email',
            })
          : null,
      idempotent: { input, key: input.idempotencyKey, reconcile: () => this.findCreated(input) },
    });
    return toSubscriber(created);
  }

  /** A new set of numbers reads the set it replaces first (one call): the numbers it leaves are unbound, and only that read names them. */
  async update(asked: UpdateSubscriberInput): Promise<Subscriber> {
    const input = { ...asked, numbers: asked.numbers && withoutBlanks(asked.numbers) };
    const targets = { subscribers: [input.subscriberId], numbers: input.numbers ?? [] };
    let before: string[] = [];
    if (input.numbers) {
      // Before the read of the set: what that read finds must not tell a subscriber outside the reach from an unknown one.
      await checkWriteTargets(this.ctx, targets);
      before = numbersOf(await getSubscriber(this.ctx.client, input.subscriberId));
    }
    const updated = await runWrite(this.ctx, {
      operation: 'updateSubscriber',
      changes: (answer) => (input.numbers ? setChanged(answer, before) : [{ entry: DIRECTORY, upsert: [answer] }]),
      targets,
      send: () =>
        this.sendUpdate({
          subscriberId: input.subscriberId,
          name: input.name?.trim() ?? undefined,
          role: input.role ? UPSTREAM_ROLE[input.role] : undefined,
          password: input.password ?? undefined,
          numbers: input.numbers ?? undefined,
        }),
    });
    return toSubscriber(updated);
  }

  /** Moves a subscriber; a refusal because it is not in `fromAccountId` says which account it is in. */
  async transfer(input: TransferSubscriberInput): Promise<TransferSubscriberPayload> {
    const moved = await runWrite(this.ctx, {
      operation: 'transferSubscriber',
      // Its numbers go along (a number sits in its subscriber's account): they leave one inventory and join the other.
      changes: (answer) => {
        const numbers = numbersOf(answer);
        return [
          { entry: DIRECTORY, upsert: [answer] },
          ...(numbers.length === 0 ? [] : [{ entry: inventoryOf(input.fromAccountId), remove: numbers }, { entry: inventoryOf(input.toAccountId), invalidate: true as const }]),
        ];
      },
      targets: { subscribers: [input.subscriberId], accounts: [input.fromAccountId, input.toAccountId] },
      send: () =>
        this.ctx.client.post<RawSubscriber>('/subscribers/transfer', {
          SubscriberId: input.subscriberId,
          FromAccountId: input.fromAccountId,
          ToAccountId: input.toAccountId,
        }),
      explainRefusal: async (refusal) => {
        const current = (await getSubscriber(this.ctx.client, input.subscriberId)).Account?.AccountId;
        if (!current || current === input.fromAccountId) return null;
        return new GatewayError(
          `Subscriber ${input.subscriberId} is in account ${current}, not ${input.fromAccountId}; nothing was moved.`,
          ErrorCode.BAD_USER_INPUT,
          { field: 'input.fromAccountId', currentAccountId: current, upstream: refusal.extensions.upstream as UpstreamInfo },
        );
      },
    });
    const subscriber = toSubscriber(moved);
    return { subscriber, fromAccountId: input.fromAccountId, toAccountId: subscriber.accountId ?? input.toAccountId };
  }

  /** Adds numbers to the subscriber's set (one read of the set, then one update; none when nothing changes). */
  async assignNumbers(input: AssignNumbersInput): Promise<AssignNumbersPayload> {
    const subscriber = await this.changeNumbers('assignNumbers', input, (held) => [...new Set([...held, ...input.numbers])]);
    return { subscriber, requested: [...new Set(input.numbers)] };
  }

  /** Removes numbers from the subscriber's set; numbers it does not hold are ignored. */
  async unassignNumbers(input: UnassignNumbersInput): Promise<UnassignNumbersPayload> {
    const subscriber = await this.changeNumbers('unassignNumbers', input, (held) => held.filter((n) => !input.numbers.includes(n)));
    return { subscriber, requested: [...new Set(input.numbers)] };
  }

  /**
   * Telegent only replaces a subscriber's whole set, so the set is read and written back changed.
   * A change made by someone else between the two calls is overwritten: the upstream offers no
   * version to guard the write with.
   */
  private async changeNumbers(operation: string, input: { subscriberId: string; numbers: string[] }, change: (held: string[]) => string[]): Promise<Subscriber> {
    const { subscriberId } = input;
    const targets = { subscribers: [subscriberId], numbers: input.numbers };
    // Before the read of the set: what that read finds must not tell a subscriber outside the reach from an unknown one.
    await checkWriteTargets(this.ctx, targets);
    const current = await getSubscriber(this.ctx.client, subscriberId);
    const held = numbersOf(current);
    const next = change(held);
    if (next.length === held.length && next.every((n) => held.includes(n))) return toSubscriber(current);
    return toSubscriber(await runWrite(this.ctx, { operation, changes: (answer) => setChanged(answer, held), targets, send: () => this.sendUpdate({ subscriberId, numbers: next }) }));
  }

  private sendUpdate(update: SubscriberUpdate): Promise<RawSubscriber> {
    return this.ctx.client.post<RawSubscriber>('/subscribers/update', {
      SubscriberId: update.subscriberId,
      Name: update.name,
      Role: update.role,
      Password: update.password,
      PhoneNumbers: update.numbers,
    });
  }

  /**
   * After a lost answer: the subscriber an earlier attempt created. E-mails are unique on the
   * platform, so the e-mail finds it; it counts only in the account asked for, with the name and
   * role asked for. A holder of the e-mail that differs was not made by this attempt: the retry then
   * runs, and Telegent refuses it (EMAIL_TAKEN), which is the truth.
   */
  private async findCreated(input: Pick<CreateSubscriberInput, 'email' | 'accountId' | 'name' | 'role'>): Promise<Reconciled<RawSubscriber>> {
    const email = input.email.trim().toLowerCase();
    const holder = (await listDistributorSubscribers(this.ctx.client)).find((s) => s.Email.toLowerCase() === email);
    const created =
      holder !== undefined &&
      holder.Account?.AccountId === input.accountId &&
      holder.Name === input.name.trim() &&
      holder.Role.toLowerCase() === UPSTREAM_ROLE[input.role].toLowerCase();
    return created ? { found: holder } : { absent: true };
  }
}

function upstreamStatus(error: GatewayError): number | null {
  return (error.extensions.upstream as UpstreamInfo | undefined)?.status ?? null;
}
