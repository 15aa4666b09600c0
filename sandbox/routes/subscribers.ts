import { badRequest, conflict } from '../errors';
import { sha256 } from '../ids';
import { type AccountRecord, type NumberRecord, type NumberStatus, SUBSCRIBER_ROLES, type SubscriberRecord } from '../model';
import type { Route } from '../router';
import type { SandboxState } from '../state';
import { optionalText } from './accounts';

/** `TSUID-`, and the legacy `SID-` many examples still use (REFERENCE.md C5). */
export const SUBSCRIBER_ID_PREFIXES = ['TSUID', 'SID'] as const;

/** A number in one of these states has left service and cannot be given to anyone. */
const RETIRED_STATUSES: readonly NumberStatus[] = ['Cancelled', 'Ported Out'];

/**
 * The Subscriber object of REFERENCE.md §3.4. `PhoneNumbers` is read from the inventory (numbers
 * bound to the subscriber), so number assignment done elsewhere (provision, numbers/update) shows
 * here too. The password is never part of it.
 */
export function toSubscriberWire(state: SandboxState, subscriber: SubscriberRecord) {
  return {
    SubscriberId: subscriber.id,
    Name: subscriber.name,
    Email: subscriber.email,
    PhoneNumbers: state.numbersOfSubscriber(subscriber.id).map((n) => n.number),
    Role: subscriber.role,
    Account: {
      AccountId: subscriber.accountId,
      CompanyName: state.accounts.get(subscriber.accountId)?.name ?? '',
    },
  };
}

/** Emails are unique across the whole platform, every distributor included (REFERENCE.md §4.1 rule 3). */
function isEmailTaken(state: SandboxState, email: string): boolean {
  const wanted = email.toLowerCase();
  return state.subscribers.values().some((s) => s.email.toLowerCase() === wanted);
}

/**
 * The inventory records for `numbers`, checked before anything changes: each must be in the
 * subscriber's account, in service, and free or already bound to this subscriber.
 */
function numbersToBind(
  state: SandboxState,
  accountId: string,
  subscriberId: string | null,
  numbers: readonly string[],
): NumberRecord[] {
  return [...new Set(numbers)].map((e164) => {
    const record = state.numbers.byNumber(e164);
    if (record === undefined || record.accountId !== accountId) {
      throw badRequest(`PhoneNumbers: '${e164}' is not in the inventory of account '${accountId}'.`);
    }
    if (subscriberId !== null && record.assignedSubscriberId === subscriberId) return record;
    if (record.assignedSubscriberId !== null) {
      throw badRequest(`PhoneNumbers: '${e164}' is already assigned to another subscriber.`);
    }
    if (RETIRED_STATUSES.includes(record.status)) {
      throw badRequest(`PhoneNumbers: '${e164}' is ${record.status} and cannot be assigned.`);
    }
    return record;
  });
}

/** Makes `numbers` the subscriber's whole set: numbers left out are unbound (they stay in the account). */
function bindNumbers(state: SandboxState, subscriberId: string, numbers: readonly NumberRecord[]): void {
  const kept = new Set(numbers.map((n) => n.id));
  for (const held of state.numbersOfSubscriber(subscriberId)) {
    if (!kept.has(held.id)) state.numbers.assign(held, null);
  }
  for (const number of numbers) state.numbers.assign(number, subscriberId);
}

/**
 * Moves a subscriber and what hangs off it to `target`. Its numbers go along, since a number must
 * sit in its subscriber's account; so do their message history, the subscriber's subscriptions and
 * Guardian filters. Orders stay in the source account as history.
 */
function moveSubscriber(state: SandboxState, subscriber: SubscriberRecord, target: AccountRecord): void {
  const numbers = state.numbersOfSubscriber(subscriber.id);
  const moved = new Set(numbers.map((n) => n.number));
  subscriber.accountId = target.id;
  for (const number of numbers) state.numbers.moveToAccount(number, target.id);
  for (const message of state.messages.values()) if (moved.has(message.owner)) message.accountId = target.id;
  for (const table of [state.subscriptions, state.callFilters, state.messageFilters] as const) {
    for (const row of table.values()) if (row.subscriberId === subscriber.id) row.accountId = target.id;
  }
}

const createSubscriber: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/create',
  handle({ state, caller, body }) {
    const name = body.string('Name', { required: true }).trim();
    const email = body.email('Email', { required: true });
    // `[]` and `[""]` both mean "no number yet" (the Quick Start sends `[""]`).
    const phoneNumbers = body.strings('PhoneNumbers', { required: true, e164: true }) ?? [];
    const role = body.oneOf('Role', SUBSCRIBER_ROLES, { required: true });
    const password = body.string('Password', { required: true });
    const account = state.resolveAccount(caller.id, body.string('AccountId', { required: true }));
    const numbers = numbersToBind(state, account.id, null, phoneNumbers);
    if (isEmailTaken(state, email)) throw conflict(`Email already exists: '${email}' is already registered.`);
    const subscriber = state.subscribers.insert({
      id: state.entropy.id('TSUID'),
      distributorId: caller.id,
      accountId: account.id,
      name,
      email,
      role,
      passwordHash: sha256(password),
    });
    bindNumbers(state, subscriber.id, numbers);
    return toSubscriberWire(state, subscriber);
  },
};

const updateSubscriber: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/update',
  handle({ state, caller, body }) {
    const subscriber = state.subscribers.owned(body.id('SubscriberId', SUBSCRIBER_ID_PREFIXES, { required: true }), caller.id);
    const name = optionalText(body, 'Name');
    const role = body.oneOf('Role', SUBSCRIBER_ROLES);
    const password = body.string('Password', { allowEmpty: true });
    if (password !== undefined && password.trim() === '') throw badRequest('Password must not be empty.');
    const phoneNumbers = body.strings('PhoneNumbers', { e164: true });

    // Clients that send the whole object back may repeat Email and AccountId; only a change is refused.
    const email = body.string('Email');
    if (email !== undefined && email.trim().toLowerCase() !== subscriber.email.toLowerCase()) {
      throw badRequest('Email cannot be changed with POST /v1.0/subscribers/update.');
    }
    const accountId = body.string('AccountId');
    if (accountId !== undefined && state.accounts.get(accountId)?.id !== subscriber.accountId) {
      throw badRequest('AccountId cannot be changed here; move the subscriber with POST /v1.0/subscribers/transfer.');
    }

    const numbers = phoneNumbers && numbersToBind(state, subscriber.accountId, subscriber.id, phoneNumbers);
    if (name !== undefined) subscriber.name = name;
    if (role !== undefined) subscriber.role = role;
    if (password !== undefined) subscriber.passwordHash = sha256(password);
    if (numbers !== undefined) bindNumbers(state, subscriber.id, numbers);
    return toSubscriberWire(state, subscriber);
  },
};

const getSubscriber: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/get',
  handle({ state, caller, query }) {
    const id = query.id('SubscriberId', SUBSCRIBER_ID_PREFIXES, { required: true });
    return toSubscriberWire(state, state.subscribers.owned(id, caller.id));
  },
};

const transferSubscriber: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/transfer',
  handle({ state, caller, body }) {
    const subscriber = state.subscribers.owned(body.id('SubscriberId', SUBSCRIBER_ID_PREFIXES, { required: true }), caller.id);
    const from = body.string('FromAccountId', { required: true });
    const to = body.string('ToAccountId', { required: true });
    if (state.accounts.get(from)?.id !== subscriber.accountId) {
      throw badRequest(`FromAccountId '${from}' is not the current account of subscriber '${subscriber.id}'.`);
    }
    const target = state.accounts.get(to);
    if (target === undefined || target.distributorId !== caller.id) {
      throw badRequest(`Invalid AccountId: ToAccountId '${to}' is not one of your accounts.`);
    }
    moveSubscriber(state, subscriber, target);
    return toSubscriberWire(state, subscriber);
  },
};

export const subscriberRoutes: Route[] = [createSubscriber, updateSubscriber, getSubscriber, transferSubscriber];
