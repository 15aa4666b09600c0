import type { ActivateVoicemailInput, UpdateVoicemailInput } from '../../graph/schema/voicemail.input';
import type { ActivateVoicemailPayload, UpdateVoicemailPayload } from '../../graph/schema/voicemail.payload';
import { ErrorCode, domainError } from '../../errors';
import { type RawVoicemail, toVoicemail } from './mappers';
import { type WriteContext, runWrite } from '../write';
import { getVoicemail } from './reads';

const ACTIVE = 'active';

/** Voicemail on a number (REFERENCE.md §3.12). The PIN goes to Telegent and nowhere else. */
export class VoicemailWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Turns voicemail on. A second activation is refused upstream: VOICEMAIL_ALREADY_ACTIVE, confirmed by a read. */
  async activate(input: ActivateVoicemailInput): Promise<ActivateVoicemailPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'activateVoicemail',
      changes: () => [],
      targets: { numbers: [input.number] },
      send: () =>
        this.ctx.client.post<RawVoicemail>('/numbers/voicemail/activate', {
          PhoneNumber: input.number,
          PIN: input.pin,
          Email: input.email ?? undefined,
          FirstName: input.firstName ?? undefined,
          LastName: input.lastName ?? undefined,
        }),
      explainRefusal: async (refusal) =>
        (await this.isActive(input.number))
          ? domainError(ErrorCode.VOICEMAIL_ALREADY_ACTIVE, `Voicemail is already active on ${input.number}; change it with updateVoicemail.`, refusal)
          : null,
    });
    return { voicemail: toVoicemail(raw), number: raw.PhoneNumber };
  }

  /** Changes what is sent. Voicemail that is not active is refused upstream: VOICEMAIL_NOT_ACTIVE, confirmed by a read. */
  async update(input: UpdateVoicemailInput): Promise<UpdateVoicemailPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateVoicemail',
      changes: () => [],
      targets: { numbers: [input.number] },
      send: () =>
        this.ctx.client.post<RawVoicemail>('/numbers/voicemail/update', {
          PhoneNumber: input.number,
          PIN: input.pin ?? undefined,
          Email: input.email ?? undefined,
          FirstName: input.firstName ?? undefined,
          LastName: input.lastName ?? undefined,
        }),
      explainRefusal: async (refusal) =>
        (await this.isActive(input.number))
          ? null
          : domainError(ErrorCode.VOICEMAIL_NOT_ACTIVE, `Voicemail is not active on ${input.number}; activate it first with activateVoicemail.`, refusal),
    });
    return { voicemail: toVoicemail(raw), number: raw.PhoneNumber };
  }

  private async isActive(number: string): Promise<boolean> {
    return (await getVoicemail(this.ctx.client, number)).Status.toLowerCase() === ACTIVE;
  }
}
