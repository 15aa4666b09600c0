import { randomBytes } from 'node:crypto';
import { notFound } from '../errors';
import { emptyAddress } from '../input';
import type { DistributorRecord } from '../model';
import type { Route } from '../router';
import type { SandboxState } from '../state';
import { optionalText } from './accounts';
import { toSubscriberWire } from './subscribers';

/** Page size of distributor/subscribers when `TotalPerPage` is not sent. */
export const DEFAULT_SUBSCRIBERS_PER_PAGE = 50;
export const MAX_SUBSCRIBERS_PER_PAGE = 500;

/**
 * The Distributor object of REFERENCE.md §3.3. Upstream returns the API secret in clear on
 * create and update, so this does too; nothing else ever shows it.
 */
export function toDistributorWire(state: SandboxState, distributor: DistributorRecord) {
  return {
    DistributorId: distributor.id,
    DistributorName: distributor.name,
    AccountKey: distributor.accountKey,
    Secret: distributor.secret,
    TotalAccounts: state.accountsOf(distributor.id).length,
    BillingAddress: { ...distributor.billingAddress },
    MailingAddress: { ...distributor.mailingAddress },
  };
}

const createDistributor: Route = {
  method: 'POST',
  path: '/v1.0/distributor/create',
  handle({ state, caller, body }) {
    const name = body.string('DistributorName', { required: true }).trim();
    const billingAddress = body.address('BillingAddress') ?? emptyAddress();
    const mailingAddress = body.address('MailingAddress') ?? emptyAddress();
    const id = state.entropy.id('DID');
    const distributor = state.distributors.insert({
      id,
      distributorId: id,
      name,
      // The key is the Distributor ID (REFERENCE.md §2.2).
      accountKey: id,
      // Real randomness, not the seeded entropy: a secret must not be predictable from the seed.
      secret: randomBytes(12).toString('hex'),
      aggregatorId: caller.aggregatorId,
      createdBy: caller.id,
      billingAddress,
      mailingAddress,
    });
    return toDistributorWire(state, distributor);
  },
};

const updateDistributor: Route = {
  method: 'POST',
  path: '/v1.0/distributor/update',
  handle({ state, caller, body }) {
    const id = body.string('DistributorId', { required: true });
    // Upstream's AccountKey is the Distributor ID; the seeded keys are not, so both name a distributor.
    const distributor = state.distributors.get(id) ?? state.distributors.values().find((d) => d.accountKey === id);
    // A caller manages itself and the distributors it created; any other is hidden.
    if (distributor === undefined || (distributor.id !== caller.id && distributor.createdBy !== caller.id)) {
      throw notFound(`distributor '${id}'`);
    }
    const name = optionalText(body, 'DistributorName');
    const billing = body.address('BillingAddress');
    const mailing = body.address('MailingAddress');
    if (name !== undefined) distributor.name = name;
    // As for accounts, a sent address replaces the stored one whole.
    if (billing !== undefined) distributor.billingAddress = billing;
    if (mailing !== undefined) distributor.mailingAddress = mailing;
    return toDistributorWire(state, distributor);
  },
};

const listDistributorSubscribers: Route = {
  method: 'GET',
  path: '/v1.0/distributor/subscribers',
  handle({ state, caller, query }) {
    const pageNumber = query.number('PageNumber', { integer: true, min: 1 }) ?? 1;
    const perPage =
      query.number('TotalPerPage', { integer: true, min: 1, max: MAX_SUBSCRIBERS_PER_PAGE }) ??
      DEFAULT_SUBSCRIBERS_PER_PAGE;
    // Creation order, so pages are stable while nothing is added.
    const page = state.subscribers.pageOf(caller.id, (pageNumber - 1) * perPage, perPage);
    return {
      DistributorId: caller.id,
      TotalSubscribers: state.subscribers.countOf(caller.id),
      PageNumber: pageNumber,
      Results: page.map((subscriber) => toSubscriberWire(state, subscriber)),
    };
  },
};

export const distributorRoutes: Route[] = [createDistributor, updateDistributor, listDistributorSubscribers];
