import type { SendMessageInput } from '../../graph/schema/send-message.input';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { type OutboundSend, type RawOutboundMessage, toOutboundSend } from './mappers';
import { type SendRequest, reconcileSend } from './sent-messages';
import { type WriteContext, explainRefusal, runIdempotent } from '../write';
import { getNumber } from '../numbers/reads';

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
  send(input: SendMessageInput): Promise<OutboundSend> {
    const request: SendRequest = {
      from: input.from,
      recipients: input.to,
      body: input.body,
      campaignId: input.campaignId ?? null,
      mediaUrls: input.mediaUrls ?? [],
    };
    return runIdempotent(
      this.ctx,
      'sendMessage',
      input,
      input.idempotencyKey,
      async () => {
        const answer = await explainRefusal(
          () =>
            this.ctx.client.post<RawOutboundMessage>('/message/outbound', {
              From: input.from,
              To: input.to.map((Number) => ({ Number })),
              Body: input.body,
              CampaignId: input.campaignId ?? undefined,
              MmsMedia: input.mediaUrls?.length ? input.mediaUrls.map((MediaUrl) => ({ MediaUrl })) : undefined,
              MmsBase64: input.media?.length ? input.media.map((m) => ({ Base64: m.base64, BaseType: m.mimeType })) : undefined,
            }),
          (refusal) => this.senderCannotMessage(refusal, input.from),
        );
        return toOutboundSend(answer);
      },
      (startedAtMs) => reconcileSend(this.ctx.client, request, startedAtMs, this.ctx.messageSearchLagMs),
    );
  }

  /** A refused send from a number that cannot send now, confirmed by reading the number. */
  private async senderCannotMessage(refusal: GatewayError, from: string): Promise<GatewayError | null> {
    const number = await getNumber(this.ctx.client, from);
    const reason = whySenderCannot(number);
    if (reason === null) return null;
    return domainError(ErrorCode.SENDER_CANNOT_MESSAGE, `${from} cannot send messages now (${reason}).`, refusal, { reason, status: number.Status ?? null });
  }
}
