/** Messages: SMS/MMS sent through Telegent, message search, and what message routes deliver (REFERENCE.md §3.7). */

import type { DeliveryReceipt } from '../../graph/schema/delivery-receipt.type';
import type { DeliveryStatus } from '../../graph/schema/delivery-status.enum';
import { MessageDirection, MessageKind } from '../../graph/schema/enums';
import { MessageStatus } from '../../graph/schema/message-status.enum';
import type { Message } from '../../graph/schema/message.type';
import type { OutboundSend } from '../../graph/schema/send-message.payload';
import { instant } from '../dates';
import { enumOrFallback } from '../enums';

export interface RawMessageSearchItem {
  MessageId?: string;
  MessageID?: string;
  Direction: string;
  Type: string;
  CampaignId?: string | null;
  /** A formatted string in search results (`"$0.0045"`). */
  Cost?: string | number | null;
  Status: string;
  To: { Number: string }[];
  From: string;
  Body: string;
  CreatedOn?: string | null;
  MessageType?: string | null;
  MmsMedia?: { MediaUrl?: string; MediaURL?: string }[] | null;
}

export interface RawMessageSearch {
  PhoneNumber: string;
  ResultsTotalRecords: number;
  ResultsPages: number;
  Results: RawMessageSearchItem[];
}

/** The answer of message/outbound: the first recipient's message ID, every recipient, the total cost (REFERENCE.md §3.7, C9). */
export type RawOutboundMessage = RawMessageSearchItem & { MessageId: string; Cost: number };

/** `"$0.0045"`, `0.0045` → 0.0045; null when absent or unreadable. */
export function toAmount(cost: string | number | null | undefined): number | null {
  if (cost === null || cost === undefined) return null;
  const amount = typeof cost === 'number' ? cost : Number(cost.replace(/[$,\s]/g, ''));
  return Number.isFinite(amount) ? amount : null;
}

/** Message status words of message search and route deliveries (REFERENCE.md §3.7, C21). */
const UPSTREAM_MESSAGE_STATUS: Record<Exclude<MessageStatus, MessageStatus.OTHER>, string> = {
  [MessageStatus.QUEUED]: 'Queued',
  [MessageStatus.SENT]: 'Sent',
  [MessageStatus.DELIVERED]: 'Delivered',
  [MessageStatus.FAILED]: 'Failed',
  [MessageStatus.UNDELIVERED]: 'Undelivered',
  [MessageStatus.RECEIVED]: 'Received',
};

/** Telegent's word for a message's status as the graph's MessageStatus; OTHER for a word it has not used before. */
export function messageStatusOf(word: string | null | undefined): MessageStatus {
  return enumOrFallback(UPSTREAM_MESSAGE_STATUS, word, MessageStatus.OTHER);
}

export function messageIdOf(raw: RawMessageSearchItem): string {
  return (raw.MessageId ?? raw.MessageID)!;
}

export function toMessage(raw: RawMessageSearchItem): Message {
  return {
    id: messageIdOf(raw),
    direction: raw.Direction.toUpperCase() === 'INBOUND' ? MessageDirection.INBOUND : MessageDirection.OUTBOUND,
    from: raw.From,
    to: raw.To[0]?.Number ?? '',
    body: raw.Body,
    status: messageStatusOf(raw.Status),
    statusText: raw.Status,
    kind: (raw.MessageType ?? 'sms').toUpperCase() === 'MMS' ? MessageKind.MMS : MessageKind.SMS,
    sentAt: raw.CreatedOn ? instant(raw.CreatedOn) : null,
    campaignId: raw.CampaignId ?? null,
    cost: toAmount(raw.Cost),
    mediaUrls: (raw.MmsMedia ?? []).map((m) => (m.MediaUrl ?? m.MediaURL)!).filter(Boolean),
  };
}

export function toOutboundSend(raw: RawOutboundMessage): OutboundSend {
  return {
    firstMessageId: raw.MessageId,
    from: raw.From,
    recipients: raw.To.map((to) => to.Number),
    body: raw.Body,
    campaignId: raw.CampaignId ?? null,
    cost: raw.Cost,
    createdOn: null,
  };
}

/** An inbound message a route delivered (already normalized by the receiver) as the graph's Message. */
export function toInboundMessage(event: InboundMessageEvent): Message {
  return {
    id: event.messageId,
    direction: MessageDirection.INBOUND,
    from: event.from,
    to: event.to,
    body: event.body,
    status: messageStatusOf(event.status),
    statusText: event.status,
    kind: event.kind === 'MMS' ? MessageKind.MMS : MessageKind.SMS,
    sentAt: new Date(event.receivedAt),
    campaignId: null,
    // The route's delivery does not say; message search does.
    cost: null,
    mediaUrls: event.mediaUrls,
  };
}

export function toDeliveryReceipt(event: MessageStatusEvent): DeliveryReceipt {
  return {
    messageId: event.messageId,
    status: event.status as DeliveryStatus,
    statusText: event.statusText,
    from: event.from,
    to: event.to,
    at: new Date(event.at),
    errorCode: event.errorCode,
    errorMessage: event.errorMessage,
  };
}
/** An inbound message as a message route delivered it to the gateway (src/realtime/receivers/message-events.ts). */

export interface InboundMessageEvent {
  messageId: string;
  /** The platform number that received it (the route's number). */
  to: string;
  from: string;
  body: string;
  kind: 'SMS' | 'MMS';
  /** Media sent by URL (GET routes carry none: Telegent sends only scalar fields as query parameters). */
  mediaUrls: string[];
  /** Telegent's word for an inbound message: Received. */
  status: string;
  /** ISO 8601: Telegent's timestamp, or the time the gateway received it when Telegent gave none. */
  receivedAt: string;
}
/** A delivery receipt (message status) as a message route's callback delivered it. */

export interface MessageStatusEvent {
  messageId: string;
  /** The platform number that sent the message. */
  from: string;
  to: string;
  /** The DeliveryStatus value (QUEUED, SENT, DELIVERED, FAILED, UNDELIVERED, or OTHER for a word the gateway does not know). */
  status: string;
  /** Telegent's word, as delivered. */
  statusText: string;
  /** ISO 8601: Telegent's timestamp, or the time the gateway received it when Telegent gave none. */
  at: string;
  errorCode: number | null;
  errorMessage: string | null;
}
