import { registerEnumType } from 'type-graphql';

/** Where an outbound message stands, as Telegent's delivery receipts say (REFERENCE.md §2.7, §3.7). */
export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  UNDELIVERED = 'UNDELIVERED',
  /** A status Telegent adds later: `statusText` has its word (a receipt is never dropped for it). */
  OTHER = 'OTHER',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  description: 'Where an outbound message stands.',
  valuesConfig: {
    QUEUED: { description: 'Accepted by Telegent, not yet handed to the carrier.' },
    SENT: { description: 'Handed to the carrier.' },
    DELIVERED: { description: 'The carrier confirmed delivery to the handset.' },
    FAILED: { description: 'Could not be sent (errorCode and errorMessage say why).' },
    UNDELIVERED: { description: 'Sent, but the carrier could not deliver it (errorCode and errorMessage say why).' },
    OTHER: { description: 'A status this gateway does not know yet: statusText has Telegent’s word.' },
  },
});
