import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadNumbers, payloadRelation } from './payload-relations';
import { Account } from '../schema/account.type';
import { AssignNumbersInput, CreateSubscriberInput, TransferSubscriberInput, UnassignNumbersInput, UpdateSubscriberInput } from '../schema/subscriber.input';
import {
  AssignNumbersPayload,
  CreateSubscriberPayload,
  TransferSubscriberPayload,
  UnassignNumbersPayload,
  UpdateSubscriberPayload,
} from '../schema/subscriber.payload';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class SubscriberMutationResolver {
  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => CreateSubscriberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Creates a subscriber in an account, optionally binding numbers to it. EMAIL_TAKEN when the e-mail is registered ' +
      'anywhere on the platform. Idempotent with a key; after UPSTREAM_OUTCOME_UNKNOWN a retry finds the subscriber by e-mail.',
  })
  async createSubscriber(
    @Arg('input', () => CreateSubscriberInput, { description: 'The subscriber to create.' }) input: CreateSubscriberInput,
    @Ctx() { writes }: Context,
  ): Promise<CreateSubscriberPayload> {
    return { subscriber: await writes.subscribers.create(input) };
  }

  @Requires('subscribers:write')
  @Mutation(() => UpdateSubscriberPayload, { complexity: ONE_CALL_PER_ITEM, description: 'Changes a subscriber’s name, role, password or whole set of numbers.' })
  async updateSubscriber(
    @Arg('input', () => UpdateSubscriberInput, { description: 'The subscriber and what to change.' }) input: UpdateSubscriberInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateSubscriberPayload> {
    return { subscriber: await writes.subscribers.update(input) };
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => TransferSubscriberPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Moves a subscriber to another account of the distributor. Its numbers (with their data limits, voicemail and messages), ' +
      'subscriptions and Guardian filters go with it; orders stay with the old account.',
  })
  transferSubscriber(
    @Arg('input', () => TransferSubscriberInput, { description: 'The subscriber and both accounts.' }) input: TransferSubscriberInput,
    @Ctx() { writes }: Context,
  ): Promise<TransferSubscriberPayload> {
    return writes.subscribers.transfer(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => AssignNumbersPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Binds numbers of its account to a subscriber, keeping the ones it has (reads its set, then writes it back; no write when nothing changes).',
  })
  assignNumbers(
    @Arg('input', () => AssignNumbersInput, { description: 'The subscriber and the numbers to add.' }) input: AssignNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<AssignNumbersPayload> {
    return writes.subscribers.assignNumbers(input);
  }

  @Requires('subscribers:write', ACCOUNT_ROLES)
  @Mutation(() => UnassignNumbersPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Unbinds numbers from a subscriber; they stay in the account, unassigned (reads its set, then writes it back; no write when nothing changes).',
  })
  unassignNumbers(
    @Arg('input', () => UnassignNumbersInput, { description: 'The subscriber and the numbers to remove.' }) input: UnassignNumbersInput,
    @Ctx() { writes }: Context,
  ): Promise<UnassignNumbersPayload> {
    return writes.subscribers.unassignNumbers(input);
  }
}

const NAMED_NUMBERS = 'The numbers named in the input (once each), as they are now.';

/** The relations of the subscriber payloads. */
export const SUBSCRIBER_PAYLOAD_RESOLVERS = [
  payloadRelation(TransferSubscriberPayload, { name: 'fromAccount', type: Account, description: 'The account the subscriber left.' }, (root, { loaders }) =>
    loaders.accountById.load(root.fromAccountId),
  ),
  payloadRelation(TransferSubscriberPayload, { name: 'toAccount', type: Account, description: 'The account the subscriber is in now.' }, (root, { loaders }) =>
    loaders.accountById.load(root.toAccountId),
  ),
  payloadNumbers(AssignNumbersPayload, NAMED_NUMBERS),
  payloadNumbers(UnassignNumbersPayload, NAMED_NUMBERS),
] as const;
