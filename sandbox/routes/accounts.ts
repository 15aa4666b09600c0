import { badRequest } from '../errors';
import { type Input, emptyAddress } from '../input';
import type { AccountRecord } from '../model';
import type { Route } from '../router';
import type { SandboxState } from '../state';

/** The Account object of REFERENCE.md §3.2. `AccountAdmin` is stored but, as upstream, not echoed. */
export function toAccountWire(state: SandboxState, account: AccountRecord) {
  return {
    AccountId: account.id,
    AccountName: account.name,
    TotalSubscribers: state.subscribers.values().filter((s) => s.accountId === account.id).length,
    BillingAddress: { ...account.billingAddress },
    MailingAddress: { ...account.mailingAddress },
  };
}

/** A text field that may be omitted but, when sent, must not be blank (the core reads blank as absent). */
export function optionalText(body: Input, field: string): string | undefined {
  const value = body.string(field, { allowEmpty: true });
  if (value !== undefined && value.trim() === '') throw badRequest(`${field} must not be empty.`);
  return value?.trim();
}

const createAccount: Route = {
  method: 'POST',
  path: '/v1.0/account/create',
  handle({ state, caller, body }) {
    const name = body.string('AccountName', { required: true }).trim();
    const admin = body.email('AccountAdmin', { required: true });
    // Echo what was sent; the vendor example's `Country: null` after sending "USA" reads as a doc slip.
    const billingAddress = body.address('BillingAddress') ?? emptyAddress();
    const mailingAddress = body.address('MailingAddress') ?? emptyAddress();
    const account = state.accounts.insert({
      id: state.entropy.id('AID'),
      distributorId: caller.id,
      name,
      admin,
      billingAddress,
      mailingAddress,
    });
    return toAccountWire(state, account);
  },
};

const updateAccount: Route = {
  method: 'POST',
  path: '/v1.0/account/update',
  handle({ state, caller, body }) {
    const account = state.resolveAccount(caller.id, body.string('AccountId'));
    const name = optionalText(body, 'AccountName');
    const billing = body.address('BillingAddress');
    const mailing = body.address('MailingAddress');
    if (name !== undefined) account.name = name;
    // A sent address replaces the stored one whole: parts left out become null, as a bound DTO would.
    if (billing !== undefined) account.billingAddress = billing;
    if (mailing !== undefined) account.mailingAddress = mailing;
    return toAccountWire(state, account);
  },
};

export const accountRoutes: Route[] = [createAccount, updateAccount];
