import { AccountWrites } from './account-writes';
import { MessageWrites } from './message-writes';
import { NumberWrites } from './number-writes';
import { RouteWrites } from './route-writes';
import { WebhookWrites } from './webhook-writes';
import { WorkgroupWrites } from './workgroup-writes';
import type { WriteContext } from './write-context';

/** The writes of one request, by area; each runs through the shared client, stores and idempotency. */
export function createWrites(ctx: WriteContext) {
  return {
    accounts: new AccountWrites(ctx),
    numbers: new NumberWrites(ctx),
    routes: new RouteWrites(ctx),
    messages: new MessageWrites(ctx),
    webhooks: new WebhookWrites(ctx),
    workgroups: new WorkgroupWrites(ctx),
  };
}

export type Writes = ReturnType<typeof createWrites>;
export type { WriteContext } from './write-context';
