import { MessageDirection, MessageKind } from '../../schema/enums';
import type { Message } from '../../schema/message.type';
import { instant } from './dates';

/** Messages (REFERENCE.md §3.7). */

export interface RawMessageSearchItem {
  MessageId?: string;
  MessageID?: string;
  Direction: string;
  Type: string;
  Status: string;
  To: { Number: string }[];
  From: string;
  Body: string;
  CreatedOn?: string | null;
  MessageType?: string | null;
}

export interface RawMessageSearch {
  PhoneNumber: string;
  ResultsTotalRecords: number;
  ResultsPages: number;
  Results: RawMessageSearchItem[];
}

export function toMessage(raw: RawMessageSearchItem): Message {
  return {
    id: (raw.MessageId ?? raw.MessageID)!,
    direction: raw.Direction.toUpperCase() === 'INBOUND' ? MessageDirection.INBOUND : MessageDirection.OUTBOUND,
    from: raw.From,
    to: raw.To[0]?.Number ?? '',
    body: raw.Body,
    status: raw.Status,
    kind: (raw.MessageType ?? 'sms').toUpperCase() === 'MMS' ? MessageKind.MMS : MessageKind.SMS,
    sentAt: raw.CreatedOn ? instant(raw.CreatedOn) : null,
  };
}
