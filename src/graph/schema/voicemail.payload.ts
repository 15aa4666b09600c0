import { Field, ObjectType } from 'type-graphql';
import { Voicemail } from './voicemail.type';

@ObjectType({ description: 'The result of activateVoicemail: the mailbox as Telegent answered, and its number.' })
export class ActivateVoicemailPayload {
  @Field(() => Voicemail, { description: 'The voicemail now active (its PIN is never shown).' })
  voicemail!: Voicemail;

  /** The number, for `phoneNumber`. */
  number!: string;
}

@ObjectType({ description: 'The result of updateVoicemail: the mailbox as Telegent answered, and its number.' })
export class UpdateVoicemailPayload {
  @Field(() => Voicemail, { description: 'The voicemail as it is now (its PIN is never shown).' })
  voicemail!: Voicemail;

  /** The number, for `phoneNumber`. */
  number!: string;
}
