import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ONE_CALL_PER_ITEM } from '../schema/query-cost';
import { ActivateVoicemailInput, UpdateVoicemailInput } from '../schema/voicemail.input';
import { ActivateVoicemailPayload, UpdateVoicemailPayload } from '../schema/voicemail.payload';
import { payloadPhoneNumber } from './payload-relations';
import { Requires } from '../access';

@Resolver(() => ActivateVoicemailPayload)
export class ActivateVoicemailMutationResolver extends payloadPhoneNumber(ActivateVoicemailPayload) {
  @Requires('numbers:write')
  @Mutation(() => ActivateVoicemailPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description:
      'Turns voicemail on for an Active, voice-enabled number: unanswered calls go to the mailbox, notices are e-mailed, ' +
      'and the PIN retrieves messages. VOICEMAIL_ALREADY_ACTIVE when it is on already (use updateVoicemail).',
  })
  activateVoicemail(
    @Arg('input', () => ActivateVoicemailInput, { description: 'The number, its PIN and the mailbox owner.' }) input: ActivateVoicemailInput,
    @Ctx() { writes }: Context,
  ): Promise<ActivateVoicemailPayload> {
    return writes.voicemail.activate(input);
  }
}

@Resolver(() => UpdateVoicemailPayload)
export class UpdateVoicemailMutationResolver extends payloadPhoneNumber(UpdateVoicemailPayload) {
  @Requires('numbers:write')
  @Mutation(() => UpdateVoicemailPayload, {
    complexity: ONE_CALL_PER_ITEM,
    description: 'Changes a number’s voicemail PIN, e-mail or owner name. VOICEMAIL_NOT_ACTIVE when it was never activated.',
  })
  updateVoicemail(
    @Arg('input', () => UpdateVoicemailInput, { description: 'The number and what to change.' }) input: UpdateVoicemailInput,
    @Ctx() { writes }: Context,
  ): Promise<UpdateVoicemailPayload> {
    return writes.voicemail.update(input);
  }
}
