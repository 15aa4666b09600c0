import { registerEnumType } from 'type-graphql';

/**
 * Where a message stands, as message search and message routes word it (REFERENCE.md §3.7: Queued,
 * Sent, Delivered, Failed, Undelivered, and Received for inbound). A word Telegent adds later is
 * OTHER, with the word itself in `statusText`.
 */
export enum MessageStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  UNDELIVERED = 'UNDELIVERED',
  RECEIVED = 'RECEIVED',
  OTHER = 'OTHER',
}
registerEnumType(MessageStatus, {
  name: 'MessageStatus',
  description: 'Where a message stands.',
  valuesConfig: {
    QUEUED: { description: 'Outbound: accepted by Telegent, not yet handed to the carrier (every send starts here).' },
    SENT: { description: 'Outbound: handed to the carrier.' },
    DELIVERED: { description: 'Outbound: the carrier confirmed delivery to the handset.' },
    FAILED: { description: 'Outbound: could not be sent.' },
    UNDELIVERED: { description: 'Outbound: sent, but the carrier could not deliver it.' },
    RECEIVED: { description: 'Inbound: received by the platform number.' },
    OTHER: { description: 'A status this gateway does not know yet: statusText has Telegent’s word.' },
  },
});
