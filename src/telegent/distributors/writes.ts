import type { CreateDistributorInput, UpdateDistributorInput } from '../../graph/schema/distributor.input';
import type { CreateDistributorPayload } from '../../graph/schema/distributor.payload';
import type { Distributor } from '../../graph/schema/distributor.type';
import { ErrorCode, GatewayError } from '../../errors';
import { toRawAddress } from '../accounts/mappers';
import { type RawDistributor, toDistributor } from './mappers';
import { type WriteContext, runWrite } from '../write';

/**
 * distributor/create and distributor/update (REFERENCE.md §3.3). Both answers carry the API secret
 * in clear; it is read once, on create, into the credentials handed to the caller, and dropped
 * everywhere else. That is also why create takes no idempotency key: a replay would need the
 * secret stored, and the gateway keeps no copy of it.
 */
export class DistributorWrites {
  constructor(private readonly ctx: WriteContext) {}

  create(input: CreateDistributorInput): Promise<CreateDistributorPayload> {
    return runWrite(this.ctx, {
      operation: 'createDistributor',
      changes: () => [],
      targets: { distributor: true },
      send: async () => {
        const raw = await this.ctx.client.post<RawDistributor>('/distributor/create', {
          DistributorName: input.name.trim(),
          BillingAddress: toRawAddress(input.billingAddress),
          MailingAddress: toRawAddress(input.mailingAddress),
        });
        const distributor = toDistributor(raw);
        if (!raw.Secret) {
          throw new GatewayError(
            `Telegent created distributor ${distributor.id} but its answer holds no secret, so its credentials cannot be shown.`,
            ErrorCode.UPSTREAM_ERROR,
            { upstream: { status: 200, endpoint: 'POST /v1.0/distributor/create' } },
          );
        }
        return { distributor, credentials: { accountKey: distributor.accountKey, accountSecret: raw.Secret } };
      },
    });
  }

  update(input: UpdateDistributorInput): Promise<Distributor> {
    return runWrite(this.ctx, {
      operation: 'updateDistributor',
      changes: () => [],
      targets: { distributor: true },
      send: async () =>
        toDistributor(
          await this.ctx.client.post<RawDistributor>('/distributor/update', {
            DistributorId: input.distributorId,
            DistributorName: input.name?.trim() ?? undefined,
            BillingAddress: toRawAddress(input.billingAddress),
            MailingAddress: toRawAddress(input.mailingAddress),
          }),
        ),
    });
  }
}
