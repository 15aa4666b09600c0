import type { ActivateVoicemailInput, UpdateVoicemailInput } from '../../graph/schema/voicemail.input';
import { ErrorCode, domainError } from '../../errors';
import type { RawVoicemail } from './mappers';
import { type WriteContext, explainRefusal, performWrite } from '../write';
import { getVoicemail } from './reads';

const ACTIVE = 'active';

/** Voicemail on a number (REFERENCE.md §3.12). The PIN goes to Telegent and nowhere else. */
export class VoicemailWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Turns voicemail on. A second activation is refused upstream: VOICEMAIL_ALREADY_ACTIVE, confirmed by a read. */
  activate(input: ActivateVoicemailInput): Promise<RawVoicemail> {
    return performWrite(this.ctx, () =>
      explainRefusal(
        () =>
          this.ctx.client.post<RawVoicemail>('/numbers/voicemail/activate', {
            PhoneNumber: input.number,
            PIN: input.pin,
            Email: input.email ?? undefined,
            FirstName: input.firstName ?? undefined,
            LastName: input.lastName ?? undefined,
          }),
        async (refusal) =>
          (await this.isActive(input.number))
            ? domainError(ErrorCode.VOICEMAIL_ALREADY_ACTIVE, `Voicemail is already active on ${input.number}; change it with updateVoicemail.`, refusal)
            : null,
      ),
    );
  }

  /** Changes what is sent. Voicemail that is not active is refused upstream: VOICEMAIL_NOT_ACTIVE, confirmed by a read. */
  update(input: UpdateVoicemailInput): Promise<RawVoicemail> {
    return performWrite(this.ctx, () =>
      explainRefusal(
        () =>
          this.ctx.client.post<RawVoicemail>('/numbers/voicemail/update', {
            PhoneNumber: input.number,
            PIN: input.pin ?? undefined,
            Email: input.email ?? undefined,
            FirstName: input.firstName ?? undefined,
            LastName: input.lastName ?? undefined,
          }),
        async (refusal) =>
          (await this.isActive(input.number))
            ? null
            : domainError(ErrorCode.VOICEMAIL_NOT_ACTIVE, `Voicemail is not active on ${input.number}; activate it first with activateVoicemail.`, refusal),
      ),
    );
  }

  private async isActive(number: string): Promise<boolean> {
    return (await getVoicemail(this.ctx.client, number)).Status.toLowerCase() === ACTIVE;
  }
}
