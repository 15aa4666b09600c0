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
