import { registerEnumType } from 'type-graphql';

/**
 * Where a number order stands (REFERENCE.md §2.6, C15). Telegent words it differently by order type
 * and document (`Complete` and `Completed`, `Error` and `Failed`): one value per meaning here, the
 * word itself in `statusText`. A word Telegent adds later is OTHER until the gateway learns it.
 */
export enum OrderStatus {
  SUBMITTED = 'SUBMITTED',
  PENDING = 'PENDING',
  PROCESSING = 'PROCESSING',
  PENDING_CARRIER_APPROVAL = 'PENDING_CARRIER_APPROVAL',
  SCHEDULED = 'SCHEDULED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
  ERROR = 'ERROR',
  OTHER = 'OTHER',
}
registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where a number order stands. COMPLETED, REJECTED, CANCELLED and ERROR are final.',
  valuesConfig: {
    SUBMITTED: { description: 'Placed (Telegent: Submitted).' },
    PENDING: { description: 'Accepted, waiting to be worked on (Pending); a status change with a future effectiveDate waits here.' },
    PROCESSING: { description: 'Being worked on (Processing).' },
    PENDING_CARRIER_APPROVAL: { description: 'Port-in: waiting for the losing carrier (Pending Carrier Approval); a wireline number waits here for a portInDate.' },
    SCHEDULED: { description: 'Port-in: the carrier agreed a date (Scheduled).' },
    COMPLETED: { description: 'Done (Telegent: Complete for provisioning, updates and status changes; Completed for port-ins; Port Out Complete). Final.' },
    REJECTED: { description: 'Port-in: the losing carrier refused it (Rejected); statusMessage says why. Final.' },
    CANCELLED: { description: 'Cancelled (Cancelled). Final.' },
    ERROR: { description: 'Failed (Telegent: Error, or Failed in older documents); statusMessage says why. Final.' },
    OTHER: { description: 'A status this gateway does not know yet: statusText has Telegent’s word. Not final as far as the gateway knows.' },
  },
});
