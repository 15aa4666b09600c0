import { registerEnumType } from 'type-graphql';

/** Where an outbound message stands, as Telegent's delivery receipts say (REFERENCE.md §2.7, §3.7). */
export enum DeliveryStatus {
  QUEUED = 'QUEUED',
  SENT = 'SENT',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
  UNDELIVERED = 'UNDELIVERED',
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
  },
});
