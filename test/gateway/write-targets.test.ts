import { randomUUID } from 'node:crypto';
import { TestGateway } from '../helpers/gateway';
import { type SeededNumbers, acmeProvisionInput, seededNumbers } from '../helpers/numbers';
import { portableNumber } from '../helpers/porting';
import { type TestPrincipal, testPrincipal } from '../helpers/principals';

const UPDATE_NUMBER = 'mutation($input: UpdateNumberInput!) { updateNumber(input: $input) { order { id } } }';
const PROVISION = 'mutation($input: ProvisionNumberInput!) { provisionNumber(input: $input) { order { id } } }';
const TRANSFER = 'mutation($input: TransferSubscriberInput!) { transferSubscriber(input: $input) { subscriber { id } } }';
const SUBMIT_PORT_IN = 'mutation($input: SubmitPortInInput!) { submitPortIn(input: $input) { order { id } } }';
const CANCEL_PORT_IN = 'mutation($input: CancelPortInInput!) { cancelPortIn(input: $input) { order { id status } } }';
const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { recipients } }';
const GUARDIAN_FEATURES = 'mutation($input: SetGuardianFeaturesInput!) { setGuardianFeatures(input: $input) { features { calls messages } } }';
const CREATE_CALL_FILTER = 'mutation($input: CreateCallFilterInput!) { createCallFilter(input: $input) { callFilter { id } } }';
const UNLINK = 'mutation($input: UnlinkGuardianInput!) { unlinkGuardian(input: $input) { relation { relation } } }';

const PORT_IN_DETAILS = {
  currentCarrierName: 'Verizon',
  currentAccountNumber: '46512222',
  currentAccountPassword: '0000',
  currentBillingAddress: { street1: '1 Main St', city: 'Lehi', state: 'UT', zip: '84043' },
};

describe('write targets within reach', () => {
  let gateway: TestGateway;
  let seeded: SeededNumbers;
  /** The Doe Family by name: John (Manager, Guardian parent of Jimmy), Jane, Jimmy, Judy; each has one of `seeded.doe`'s lines, in that order. */
  let doe: Record<'John' | 'Jane' | 'Jimmy' | 'Judy', string>;
  let john: TestPrincipal;
  let jimmy: TestPrincipal;
  let partnerOfAcme: TestPrincipal;
  let managerOfAcme: TestPrincipal;
  let managerOfDoe: TestPrincipal;

  /** Upstream calls to one endpoint so far. */
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;

  /** Sends as `who` and expects the answer an unknown target gets, with no call to `endpoint`. */
  const expectUnknown = async (who: TestPrincipal, query: string, input: unknown, endpoint: string, message: string): Promise<void> => {
    const before = await calls(endpoint);
    const reply = await gateway.query(query, { input }, who.headers);
    expect(reply.body.errors).toEqual([expect.objectContaining({ message, extensions: { code: 'NOT_FOUND', requestId: expect.any(String) } })]);
    expect(await calls(endpoint)).toBe(before);
  };

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seeded = await seededNumbers(gateway.sandbox);
    const subscribers = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 500 })).body.Results as { SubscriberId: string; Name: string }[];
    const id = (name: string): string => subscribers.find((s) => s.Name === `${name} Doe`)!.SubscriberId;
    doe = { John: id('John'), Jane: id('Jane'), Jimmy: id('Jimmy'), Judy: id('Judy') };
    [john, jimmy, partnerOfAcme, managerOfAcme, managerOfDoe] = await Promise.all([
      testPrincipal('John Doe', { role: 'subscriber', sub: 'john', subscriber: doe.John }),
      testPrincipal('Jimmy Doe', { role: 'subscriber', sub: 'jimmy', subscriber: doe.Jimmy }),
      testPrincipal('partner of Acme', { role: 'partner', sub: 'partner', accounts: [seeded.acmeId] }),
      testPrincipal('manager of Acme', { role: 'manager', sub: 'acme-manager', accounts: [seeded.acmeId] }),
      testPrincipal('manager of the Does', { role: 'manager', sub: 'doe-manager', accounts: [seeded.doeId] }),
    ]);
  });
  afterAll(() => gateway.stop());

  describe('numbers', () => {
    it('should let a subscriber change its own number', async () => {
      const reply = await gateway.query(UPDATE_NUMBER, { input: { number: seeded.doe[0]!.Number, callerIdName: 'John Doe' } }, john.headers);
      expect(reply.body.errors).toBeUndefined();
    });

    it('should refuse a subscriber’s updateNumber of someone else’s number exactly as one of an unknown number, before any write', async () => {
      const janes = seeded.doe[1]!.Number;
      await expectUnknown(john, UPDATE_NUMBER, { number: janes, callerIdName: 'x' }, 'POST /v1.0/numbers/update', `Phone number ${janes} was not found.`);
      await expectUnknown(john, UPDATE_NUMBER, { number: '+18015550199', callerIdName: 'x' }, 'POST /v1.0/numbers/update', 'Phone number +18015550199 was not found.');
    });

    it('should refuse a subscriber binding its number to another subscriber', async () => {
      const input = { number: seeded.doe[0]!.Number, subscriberId: doe.Jane };
      await expectUnknown(john, UPDATE_NUMBER, input, 'POST /v1.0/numbers/update', `Subscriber ${doe.Jane} was not found.`);
    });

    it('should refuse a partner’s provisionNumber into an account it is not listed for, and one that names no account', async () => {
      const input = { ...(await acmeProvisionInput(gateway.sandbox)), accountId: seeded.doeId, messageRouteId: seeded.doeRouteId, voiceEnabled: false, voiceRouteId: null };
      await expectUnknown(partnerOfAcme, PROVISION, input, 'POST /v1.0/numbers/provision', `Account ${seeded.doeId} was not found.`);
      const before = await calls('POST /v1.0/numbers/provision');
      const unnamed = await gateway.query(PROVISION, { input: { ...input, accountId: null } }, partnerOfAcme.headers);
      expect(unnamed.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', field: 'input.accountId' });
      expect(await calls('POST /v1.0/numbers/provision')).toBe(before);
    });

    it('should refuse a partner’s provisionNumber onto another account’s route', async () => {
      const input = { ...(await acmeProvisionInput(gateway.sandbox)), messageRouteId: seeded.doeRouteId };
      await expectUnknown(partnerOfAcme, PROVISION, input, 'POST /v1.0/numbers/provision', `Message route ${seeded.doeRouteId} was not found.`);
    });
  });

  describe('subscribers', () => {
    it('should refuse a manager’s transferSubscriber to an account outside its reach', async () => {
      const input = { subscriberId: seeded.mvno[0]!.AssignedSubscriberId, fromAccountId: seeded.acmeId, toAccountId: seeded.doeId };
      await expectUnknown(managerOfAcme, TRANSFER, input, 'POST /v1.0/subscribers/transfer', `Account ${seeded.doeId} was not found.`);
    });

    it('should refuse a manager’s transferSubscriber of another account’s subscriber into its own', async () => {
      const input = { subscriberId: doe.Jane, fromAccountId: seeded.doeId, toAccountId: seeded.acmeId };
      await expectUnknown(managerOfAcme, TRANSFER, input, 'POST /v1.0/subscribers/transfer', `Account ${seeded.doeId} was not found.`);
      // Named as coming from its own account, the subscriber itself is what is out of reach.
      const disguised = { subscriberId: doe.Jane, fromAccountId: seeded.acmeId, toAccountId: seeded.acmeId };
      await expectUnknown(managerOfAcme, TRANSFER, disguised, 'POST /v1.0/subscribers/transfer', `Subscriber ${doe.Jane} was not found.`);
    });
  });

  describe('porting', () => {
    it('should refuse a manager’s submitPortIn into another account', async () => {
      const input = { ...PORT_IN_DETAILS, number: portableNumber('801'), accountId: seeded.acmeId };
      await expectUnknown(managerOfDoe, SUBMIT_PORT_IN, input, 'POST /v1.0/numbers/portin', `Account ${seeded.acmeId} was not found.`);
    });

    it('should let only the managers of the account a port-in was placed for cancel it, though its number is in no inventory yet', async () => {
      const submitted = await gateway.query(SUBMIT_PORT_IN, { input: { ...PORT_IN_DETAILS, number: portableNumber('801'), accountId: seeded.acmeId } });
      const orderId = submitted.body.data!.submitPortIn.order.id as string;
      await expectUnknown(managerOfDoe, CANCEL_PORT_IN, { orderId }, 'POST /v1.0/numbers/portin/cancel', `Order ${orderId} was not found.`);
      const cancelled = await gateway.query(CANCEL_PORT_IN, { input: { orderId } }, managerOfAcme.headers);
      expect(cancelled.body.data).toEqual({ cancelPortIn: { order: { id: orderId, status: 'CANCELLED' } } });
    });
  });

  describe('messages', () => {
    it('should refuse sendMessage from a number outside the sender’s reach', async () => {
      const input = (from: string) => ({ from, to: ['+18015550123'], body: 'hello' });
      const janes = seeded.doe[1]!.Number;
      await expectUnknown(john, SEND, input(janes), 'POST /v1.0/message/outbound', `Phone number ${janes} was not found.`);
      await expectUnknown(managerOfAcme, SEND, input(janes), 'POST /v1.0/message/outbound', `Phone number ${janes} was not found.`);
    });
  });

  describe('Guardian', () => {
    it('should let a subscriber change the Guardian settings of itself and of its Guardian child', async () => {
      for (const subscriberId of [doe.John, doe.Jimmy]) {
        const reply = await gateway.query(GUARDIAN_FEATURES, { input: { subscriberId, calls: true, messages: true } }, john.headers);
        expect(reply.body.errors).toBeUndefined();
      }
    });

    it('should refuse a subscriber’s Guardian writes on a subscriber that is not its child', async () => {
      const features = { subscriberId: doe.Jane, calls: true };
      await expectUnknown(john, GUARDIAN_FEATURES, features, 'POST /v1.0/subscribers/guardian-features', `Subscriber ${doe.Jane} was not found.`);
      const filter = { subscriberId: doe.Jane, phone: seeded.doe[1]!.Number, mode: 'BLACKLIST' };
      await expectUnknown(john, CREATE_CALL_FILTER, filter, 'POST /v1.0/subscribers/call-filter', `Subscriber ${doe.Jane} was not found.`);
    });

    it('should refuse a child’s unlinking of its Guardian parent', async () => {
      const input = { parentSubscriberId: doe.John, childSubscriberId: doe.Jimmy };
      await expectUnknown(jimmy, UNLINK, input, 'POST /v1.0/subscribers/guardians/relation/delete', `Subscriber ${doe.John} was not found.`);
    });
  });

  describe('idempotency keys', () => {
    it('should keep each principal’s idempotency keys its own: the same key from another principal buys its own number', async () => {
      const key = randomUUID();
      const input = { ...(await acmeProvisionInput(gateway.sandbox)), idempotencyKey: key };
      const before = await calls('POST /v1.0/numbers/provision');
      const operator = await gateway.query(PROVISION, { input });
      const partner = await gateway.query(PROVISION, { input }, partnerOfAcme.headers);
      expect(operator.body.errors).toBeUndefined();
      expect(partner.body.errors).toBeUndefined();
      expect(partner.body.data.provisionNumber.order.id).not.toBe(operator.body.data.provisionNumber.order.id);
      expect(await calls('POST /v1.0/numbers/provision')).toBe(before + 2);
      // Each principal's own retry is still a replay.
      const retry = await gateway.query(PROVISION, { input }, partnerOfAcme.headers);
      expect(retry.body.data).toEqual(partner.body.data);
      expect(await calls('POST /v1.0/numbers/provision')).toBe(before + 2);
    });
  });
});
