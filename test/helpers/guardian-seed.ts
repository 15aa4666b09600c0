import { TestGateway } from './gateway';
import type { TestSandbox } from './sandbox';

/** A seeded subscriber with Guardian on, the line its filters guard, and those filters' IDs. */
export interface GuardedLine {
  subscriberId: string;
  phone: string;
  callFilterId: string;
  messageFilterId: string;
}

/** The demo seed's Guardian data, found through the Guardian endpoints themselves. */
export interface GuardianSeed {
  acmeAccountId: string;
  doeAccountId: string;
  /** Acme subscribers #2..#11 in creation order, each with one call and one message filter. */
  acme: GuardedLine[];
  /** Jimmy Doe: the child of John's "Parent" relation; WHITELIST call filter, CHILD message filter. */
  jimmy: GuardedLine;
  /** John Doe (Manager): Guardian on, no filters. */
  johnId: string;
}

export async function discoverGuardianSeed(sb: TestSandbox): Promise<GuardianSeed> {
  const client = sb.client(0);
  const accounts = await sb.accountIds();
  const acmeAccountId = accounts['Acme Mobile']!;
  const doeAccountId = accounts['Doe Family']!;
  const lines = async (accountId: string): Promise<GuardedLine[]> => {
    const calls = (await client.get('/subscribers/call-filter', { AccountId: accountId })).body as any[];
    const messages = (await client.get('/subscribers/message-filter', { AccountId: accountId })).body as any[];
    return calls.map((call, i) => ({
      subscriberId: call.SubscriberId,
      phone: call.Phone,
      callFilterId: call.FilterId,
      messageFilterId: messages[i].FilterId,
    }));
  };
  const [jimmy] = await lines(doeAccountId);
  const parents = (await client.get('/subscribers/guardians/relation/child', { ChildSubscriberId: jimmy!.subscriberId })).body;
  return { acmeAccountId, doeAccountId, acme: await lines(acmeAccountId), jimmy: jimmy!, johnId: parents[0].ParentSubscriberId };
}

/** A seeded subscriber and the numbers bound to it. */
export interface SeededPerson {
  subscriberId: string;
  phones: string[];
}

/** People of the demo seed by name: the Doe Family (one line each) and "Acme Operations" (ten VoIP lines). */
export async function discoverPeople(sb: TestSandbox): Promise<Record<'John Doe' | 'Jane Doe' | 'Jimmy Doe' | 'Judy Doe' | 'Acme Operations', SeededPerson>> {
  const rows = (await sb.client(0).get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results as { SubscriberId: string; Name: string; PhoneNumbers: string[] }[];
  const person = (name: string): SeededPerson => {
    const row = rows.find((r) => r.Name === name)!;
    return { subscriberId: row.SubscriberId, phones: row.PhoneNumbers };
  };
  return {
    'John Doe': person('John Doe'),
    'Jane Doe': person('Jane Doe'),
    'Jimmy Doe': person('Jimmy Doe'),
    'Judy Doe': person('Judy Doe'),
    'Acme Operations': person('Acme Operations'),
  };
}

/** People of the demo seed these tests use by name. */
export type SeededPeople = Awaited<ReturnType<typeof discoverPeople>>;

/**
 * A gateway for the Guardian mutation tests, with the seed's Guardian data and people. Its
 * sandbox and upstream quota allow the many direct reads and resets the tests make.
 */
export async function startGuardianGateway(): Promise<{ gateway: TestGateway; seed: GuardianSeed; people: SeededPeople }> {
  const gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
  return { gateway, seed: await discoverGuardianSeed(gateway.sandbox), people: await discoverPeople(gateway.sandbox) };
}
