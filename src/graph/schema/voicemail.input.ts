import { Field, InputType } from 'type-graphql';
import { type ValidatedInput, checkE164, checkEmail, checkLength, checkNotBlank, checkSecret, inputField } from './input-rules';

/** The PIN Telegent takes for retrieving messages (the sandbox enforces the same). */
const PIN_RULE = { min: 4, max: 10, pattern: /^\d+$/, shape: '4 to 10 digits' };
/** Telegent keeps at most 100 characters of each name. */
const NAME_MAX = 100;

@InputType({ description: 'Turns voicemail on for a number (Telegent numbers/voicemail/activate).' })
export class ActivateVoicemailInput implements ValidatedInput {
  @Field({ description: 'An Active, voice-enabled number of the inventory, in E.164.' })
  number!: string;

  @Field({ description: 'PIN for retrieving messages: 4 to 10 digits. Write-only: never shown, logged or kept by the gateway.' })
  pin!: string;

  @Field(() => String, { nullable: true, description: 'Where new-message notices are e-mailed.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Mailbox owner’s first name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'Mailbox owner’s last name.' })
  lastName?: string | null;

  validate(): void {
    checkE164(this.number, inputField('number'));
    checkSecret(this.pin, PIN_RULE, inputField('pin'));
    checkVoicemailOwner(this);
  }
}

@InputType({ description: 'Changes to a number’s voicemail; fields left out stay as they are (Telegent numbers/voicemail/update).' })
export class UpdateVoicemailInput implements ValidatedInput {
  @Field({ description: 'The number, in E.164; its voicemail must be active.' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'New PIN: 4 to 10 digits. Write-only: never shown, logged or kept by the gateway.' })
  pin?: string | null;

  @Field(() => String, { nullable: true, description: 'New notification e-mail.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'New first name.' })
  firstName?: string | null;

  @Field(() => String, { nullable: true, description: 'New last name.' })
  lastName?: string | null;

  validate(): void {
    checkE164(this.number, inputField('number'));
    checkSecret(this.pin, PIN_RULE, inputField('pin'));
    checkVoicemailOwner(this);
  }
}

function checkVoicemailOwner(input: { email?: string | null; firstName?: string | null; lastName?: string | null }): void {
  checkEmail(input.email, inputField('email'));
  for (const name of ['firstName', 'lastName'] as const) {
    checkNotBlank(input[name], inputField(name));
    checkLength(input[name], NAME_MAX, inputField(name));
  }
}
