import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { LinkGuardianInput, SetGuardianFeaturesInput, UnlinkGuardianInput } from '../schema/guardian.input';
import { LinkGuardianPayload, SetGuardianFeaturesPayload, UnlinkGuardianPayload } from '../schema/guardian.payload';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { payloadSubscriber } from './payload-relations';
import { ACCOUNT_ROLES, Requires } from '../access';

@Resolver()
export class GuardianMutationResolver {
  @Requires('guardian:write')
  @Mutation(() => SetGuardianFeaturesPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Turns AI Guardian for calls and/or messages on or off. Filters stay when it is turned off, but act only while it is on.',
  })
  setGuardianFeatures(
    @Arg('input', () => SetGuardianFeaturesInput, { description: 'The subscriber and the flags to set.' }) input: SetGuardianFeaturesInput,
    @Ctx() { writes }: Context,
  ): Promise<SetGuardianFeaturesPayload> {
    return writes.guardian.setFeatures(input);
  }

  @Requires('guardian:write', ACCOUNT_ROLES)
  @Mutation(() => LinkGuardianPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Links a guardian to a child. Fails with GUARDIAN_NOT_ENABLED when either has Guardian off, GUARDIAN_RELATION_EXISTS when they are already linked.',
  })
  linkGuardian(
    @Arg('input', () => LinkGuardianInput, { description: 'The parent, the child and what the parent is to the child.' }) input: LinkGuardianInput,
    @Ctx() { writes }: Context,
  ): Promise<LinkGuardianPayload> {
    return writes.guardian.link(input);
  }

  @Requires('guardian:write')
  @Mutation(() => UnlinkGuardianPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Removes a guardian link. Filters stay, including age presets created while it existed.',
  })
  unlinkGuardian(
    @Arg('input', () => UnlinkGuardianInput, { description: 'The parent and the child to unlink.' }) input: UnlinkGuardianInput,
    @Ctx() { writes }: Context,
  ): Promise<UnlinkGuardianPayload> {
    return writes.guardian.unlink(input);
  }
}

export const GUARDIAN_PAYLOAD_RESOLVERS = [payloadSubscriber(SetGuardianFeaturesPayload, 'The subscriber, whose Guardian shows the flags.')] as const;
