import type { CreateSubscriberInput, TransferSubscriberInput, UpdateSubscriberInput } from '../../graph/schema/subscriber.input';
import { ErrorCode, GatewayError, type UpstreamInfo, domainError, refusalSays } from '../../errors';
import type { Reconciled } from '../../stores/idempotency';
import { type RawSubscriber, UPSTREAM_ROLE } from './mappers';
import { type WriteContext, explainRefusal, performWrite, runIdempotent } from '../write';
import { getSubscriber, listDistributorSubscribers } from './reads';

/** Subscribers: create, change, move between accounts, and their sets of numbers (REFERENCE.md §3.4). */
export class SubscriberWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Creates a subscriber: idempotent with a key, reconciled by e-mail after a lost answer. */
  create(input: CreateSubscriberInput): Promise<RawSubscriber> {
    return runIdempotent(
      this.ctx,
      'createSubscriber',
      input,
      input.idempotencyKey,
      () =>
        explainRefusal(
          () =>
            this.ctx.client.post<RawSubscriber>('/subscribers/create', {
              AccountId: input.accountId,
              Name: input.name.trim(),
              Email: input.email.trim(),
              Role: UPSTREAM_ROLE[input.role],
              Password: input.password,
              PhoneNumbers: input.numbers,
            }),
          (refusal) =>
            refusalSays(refusal, ErrorCode.EMAIL_TAKEN) || upstreamStatus(refusal) === 409
              ? domainError(ErrorCode.EMAIL_TAKEN, `The e-mail ${input.email.trim()} is already registered: e-mails are unique across the whole platform.`, refusal, {
                  field: 'input.email',
                })
              : null,
        ),
      () => this.findCreated(input),
    );
  }

  update(input: UpdateSubscriberInput): Promise<RawSubscriber> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawSubscriber>('/subscribers/update', {
        SubscriberId: input.subscriberId,
        Name: input.name?.trim() ?? undefined,
        Role: input.role ? UPSTREAM_ROLE[input.role] : undefined,
        Password: input.password ?? undefined,
        PhoneNumbers: input.numbers ?? undefined,
      }),
    );
  }

  /** Moves a subscriber; a refusal because it is not in `fromAccountId` says which account it is in. */
  transfer(input: TransferSubscriberInput): Promise<RawSubscriber> {
    return performWrite(this.ctx, () =>
      explainRefusal(
        () =>
          this.ctx.client.post<RawSubscriber>('/subscribers/transfer', {
            SubscriberId: input.subscriberId,
            FromAccountId: input.fromAccountId,
            ToAccountId: input.toAccountId,
          }),
        async (refusal) => {
          const current = (await getSubscriber(this.ctx.client, input.subscriberId)).Account?.AccountId;
          if (!current || current === input.fromAccountId) return null;
          return new GatewayError(
            `Subscriber ${input.subscriberId} is in account ${current}, not ${input.fromAccountId}; nothing was moved.`,
            ErrorCode.BAD_USER_INPUT,
            { field: 'input.fromAccountId', currentAccountId: current, upstream: refusal.extensions.upstream as UpstreamInfo },
          );
        },
      ),
    );
  }

  /** Adds numbers to the subscriber's set (one read of the set, then one update; none when nothing changes). */
  assignNumbers(subscriberId: string, numbers: readonly string[]): Promise<RawSubscriber> {
    return this.changeNumbers(subscriberId, (held) => [...new Set([...held, ...numbers])]);
  }

  /** Removes numbers from the subscriber's set; numbers it does not hold are ignored. */
  unassignNumbers(subscriberId: string, numbers: readonly string[]): Promise<RawSubscriber> {
    return this.changeNumbers(subscriberId, (held) => held.filter((n) => !numbers.includes(n)));
  }

  /**
   * Telegent only replaces a subscriber's whole set, so the set is read and written back changed.
   * A change made by someone else between the two calls is overwritten: the upstream offers no
   * version to guard the write with.
   */
  private async changeNumbers(subscriberId: string, change: (held: string[]) => string[]): Promise<RawSubscriber> {
    const current = await getSubscriber(this.ctx.client, subscriberId);
    const held = (current.PhoneNumbers ?? []).filter((n) => n !== '');
    const next = change(held);
    if (next.length === held.length && next.every((n) => held.includes(n))) return current;
    return performWrite(this.ctx, () => this.ctx.client.post<RawSubscriber>('/subscribers/update', { SubscriberId: subscriberId, PhoneNumbers: next }));
  }

  /**
   * After a lost answer: the subscriber an earlier attempt created. E-mails are unique on the
   * platform, so the e-mail finds it; it counts only in the account asked for, with the name and
   * role asked for. A holder of the e-mail that differs was not made by this attempt: the retry then
   * runs, and Telegent refuses it (EMAIL_TAKEN), which is the truth.
   */
  private async findCreated(input: CreateSubscriberInput): Promise<Reconciled<RawSubscriber>> {
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
