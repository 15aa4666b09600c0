import { SubmitPortInDocument } from '../__generated__/operations';
import type { TestGateway } from './gateway';
import type { SubscriptionLog } from './subscriptions';

/** The sandbox's default port-in step on its clock (SANDBOX_PORTIN_STEP_SECONDS). */
export const PORT_IN_STEP_SEC = 60;

let sequence = 0;
/**
 * A number not yet on the platform, unique within the test run. In the sandbox a port-in's outcome
 * follows the number's last digit (…1 ports, …7 is wireline, …9 is rejected, …0 is not portable).
 */
export function portableNumber(areaCode: string, last: '0' | '1' | '7' | '9' = '1'): string {
  sequence += 1;
  return `+1${areaCode}555${String(sequence % 1000).padStart(3, '0')}${last}`;
}

/** Submits a port-in for a seeded account (Acme Mobile unless named) through the gateway, as the operator; returns the order ID. */
export async function submitPortIn(gateway: Pick<TestGateway, 'sandbox' | 'query'>, number: string, accountName = 'Acme Mobile'): Promise<string> {
  const accountId = (await gateway.sandbox.accountIds())[accountName]!;
  const reply = await gateway.query(SubmitPortInDocument, {
    input: {
      number,
      currentCarrierName: 'Verizon',
      currentAccountNumber: '46512222',
      currentAccountPassword: '0000',
      currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
      accountId,
    },
  });
  if (reply.body.errors) throw new Error(JSON.stringify(reply.body.errors));
  return reply.body.data!.submitPortIn.order.id;
}

/**
 * Moves the sandbox clock one port-in step at a time, waiting after each for the subscription's
 * next status: `steps` statuses after the one it has now.
 */
export async function stepThroughPortIn(gateway: TestGateway, log: SubscriptionLog, steps: number, timeoutMs = 5_000): Promise<void> {
  const start = log.data.length;
  for (let step = 1; step <= steps; step += 1) {
    await gateway.sandbox.advanceClock(PORT_IN_STEP_SEC);
    await log.until((l) => l.data.length === start + step, timeoutMs);
  }
}
