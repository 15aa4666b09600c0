import { AccountWrites } from './account-writes';
import { DataUsageWrites } from './data-usage-writes';
import { DistributorWrites } from './distributor-writes';
import { NumberWrites } from './number-writes';
import { SubscriberWrites } from './subscriber-writes';
import { VoicemailWrites } from './voicemail-writes';
import type { WriteContext } from './write-context';

/** The writes of one request, by area; each runs through the shared client, stores and idempotency. */
export function createWrites(ctx: WriteContext) {
  return {
    accounts: new AccountWrites(ctx),
    numbers: new NumberWrites(ctx),
    subscribers: new SubscriberWrites(ctx),
    distributors: new DistributorWrites(ctx),
    dataUsage: new DataUsageWrites(ctx),
    voicemail: new VoicemailWrites(ctx),
  };
}

export type Writes = ReturnType<typeof createWrites>;
export type { WriteContext } from './write-context';
