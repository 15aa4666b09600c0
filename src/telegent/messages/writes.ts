import type { SendMessageInput } from '../../graph/schema/send-message.input';
import type { SendMessagePayload } from '../../graph/schema/send-message.payload';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { getNumber } from '../numbers/reads';
import { type WriteContext, runWrite } from '../write';
import { type RawOutboundMessage, toOutboundSend } from './mappers';
import { type SendRequest, reconcileSend } from './search';

/** Why a number cannot send, read from its record (the refusal's wording is not relied on). */
function whySenderCannot(number: { Status?: string | null; MessageEnabled?: boolean | null; MessageRouteId?: string | null }): string | null {
  if (number.Status && number.Status !== 'Active') return 'NOT_ACTIVE';
  if (number.MessageEnabled === false) return 'MESSAGING_DISABLED';
  if (!number.MessageRouteId) return 'NO_MESSAGE_ROUTE';
  return null;
}

/** Sending SMS/MMS (REFERENCE.md §3.7). */
export class MessageWrites {
  constructor(private readonly ctx: WriteContext) {}

  /**
   * Sends one message to every recipient. Spends money: idempotent with a key, and after a lost
   * answer reconciled with the sender's outbound messages in message search.
   */
  async send(input: SendMessageInput): Promise<SendMessagePayload> {
    const request: SendRequest = {
      from: input.from,
      recipients: input.to,
      body: input.body,
      campaignId: input.campaignId ?? null,
      mediaUrls: input.mediaUrls ?? [],
    };
    const send = await runWrite(this.ctx, {
      operation: 'sendMessage',
      changes: () => [],
      targets: { numbers: [input.from] },
      send: async () =>
        toOutboundSend(
          await this.ctx.client.post<RawOutboundMessage>('/message/outbound', {
            From: input.from,
            To: input.to.map((Number) => ({ Number })),
            Body: input.body,
            CampaignId: input.campaignId ?? undefined,
            MmsMedia: input.mediaUrls?.length ? input.mediaUrls.map((MediaUrl) => ({ MediaUrl })) : undefined,
            MmsBase64: input.media?.length ? input.media.map((m) => ({ Base64: m.base64, BaseType: m.mimeType })) : undefined,
          }),
        ),
      explainRefusal: (refusal) => this.senderCannotMessage(refusal, input.from),
      idempotent: {
        input,
        key: input.idempotencyKey,
        reconcile: (startedAtMs) => reconcileSend(this.ctx.client, request, startedAtMs, this.ctx.messageSearchLagMs),
      },
    });
    return { send, recipients: send.recipients, cost: send.cost };
  }

  /** A refused send from a number that cannot send now, confirmed by reading the number. */
  private async senderCannotMessage(refusal: GatewayError, from: string): Promise<GatewayError | null> {
    const number = await getNumber(this.ctx.client, from);
    const reason = whySenderCannot(number);
    if (reason === null) return null;
    return domainError(ErrorCode.SENDER_CANNOT_MESSAGE, `${from} cannot send messages now (${reason}).`, refusal, { reason, status: number.Status ?? null });
  }
}
