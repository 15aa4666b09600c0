import { randomUUID } from 'node:crypto';
import {
  BilledSubscriptionDocument,
  type BilledSubscriptionQuery,
  CancelSubscriptionDocument,
  CreateSubscriptionDocument,
  type CreateSubscriptionInput,
  UpdateSubscriptionDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { UNKNOWN_ID, expectRefusedLocally } from '../helpers/mutations';
import { type SeededNumbers, seededNumbers } from '../helpers/numbers';

const CREATE = 'POST /v1.0/subscriptions';

type BilledNode = Extract<NonNullable<BilledSubscriptionQuery['node']>, { __typename?: 'BillingSubscription' }>;

describe('subscription mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  let packages: Record<string, string>;
  /** The seeded subscription of each number, by NID. */
  let subscriptionOf: Record<string, string>;

  const creates = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[CREATE] ?? 0;
  const subscriptionNode = async (id: string): Promise<BilledNode> => (await gateway.query(BilledSubscriptionDocument, { id })).body.data!.node as BilledNode;
  /** Subscriptions as the sandbox lists them (read directly, not through the gateway). */
  const upstreamSubscriptions = async (): Promise<{ SubscriptionId: string; SubscriberId: string; TNID: string | null; PackageId: string; Active: boolean }[]> =>
    (await gateway.sandbox.client().get('/distributor/subscriptions')).body.Results;

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    packages = Object.fromEntries(
      (await gateway.sandbox.client().get('/account/packages')).body.Results.map((p: { PackageName: string; PackageId: string }) => [p.PackageName, p.PackageId]),
    );
    subscriptionOf = Object.fromEntries((await upstreamSubscriptions()).filter((s) => s.TNID).map((s) => [s.TNID!, s.SubscriptionId]));
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.admin('DELETE', 'faults'));

  /** John Doe's line: the Doe Family lines have no subscription in the seed. */
  const johnsLine = (): { subscriberId: string; numberId: string } => ({ subscriberId: seed.doe[0]!.AssignedSubscriberId!, numberId: seed.doe[0]!.Tnid });

  describe('createSubscription', () => {
    let johnsSubscription: string;

    it('should start a subscription on a number, and show it on the subscriber and in later queries', async () => {
      const { subscriberId, numberId } = johnsLine();
      const reply = await gateway.query(CreateSubscriptionDocument, { input: { subscriberId, numberId, packageId: packages['Starter']!, type: 'MVNO' } });
      expect(reply.body.errors).toBeUndefined();
      const { subscription, subscriber } = reply.body.data!.createSubscription;
      expect(subscription).toEqual({
        id: expect.stringMatching(/^SUB-/),
        type: 'Mvno',
        numberType: 'MVNO',
        active: true,
        status: 'ACTIVE',
        iccid: seed.doe[0]!.Iccid,
        number: { id: numberId, number: seed.doe[0]!.Number, numberType: 'MVNO' },
        package: { id: packages['Starter'], name: 'Starter' },
        subscriber: { id: subscriberId, name: 'John Doe' },
      });
      expect(subscriber).toEqual({ id: subscriberId, subscriptions: [{ id: subscription.id, active: true }] });
      expect(await subscriptionNode(subscription.id)).toMatchObject({ id: subscription.id, active: true, features: [], featureAssignments: [] });
      johnsSubscription = subscription.id;
    });

    it.each<[string, Record<string, unknown>, string | undefined]>([
      ['an account ID for the subscriber', { subscriberId: 'AID-1' }, 'input.subscriberId'],
      ['a product ID for the package', { packageId: 'PRID-1' }, 'input.packageId'],
      ['a subscription ID for the number', { numberId: 'SUB-1' }, 'input.numberId'],
      ['a malformed ICCID', { iccid: '8901' }, 'input.iccid'],
      ['a type outside MVNO, IOT and VOIP', { type: 'SIP' }, undefined],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(gateway, CreateSubscriptionDocument, { ...johnsLine(), packageId: 'PID-1', type: 'MVNO', ...change }, field);
    });

    it.each<[string, () => Partial<CreateSubscriptionInput>]>([
      ['an unknown subscriber', () => ({ subscriberId: `TSUID-${UNKNOWN_ID}` })],
      ['an unknown package', () => ({ packageId: `PID-${UNKNOWN_ID}` })],
      ['an unknown number', () => ({ numberId: `NID-${UNKNOWN_ID}` })],
      ['another distributor’s number', () => ({ numberId: seed.initech[0]!.Tnid })],
    ])('should answer NOT_FOUND for %s', async (_, change) => {
      const input = { ...johnsLine(), packageId: packages['Starter']!, type: 'MVNO' as const, ...change() };
      const reply = await gateway.query(CreateSubscriptionDocument, { input });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: CREATE } });
    });

    it('should answer NUMBER_HAS_SUBSCRIPTION, naming it, for a number that has an active subscription', async () => {
      const line = seed.mvno[0]!;
      const reply = await gateway.query(CreateSubscriptionDocument, {
        input: { subscriberId: line.AssignedSubscriberId!, numberId: line.Tnid, packageId: packages['Unlimited']!, type: 'MVNO' },
      });
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        code: 'NUMBER_HAS_SUBSCRIPTION',
        subscriptionId: subscriptionOf[line.Tnid],
        upstream: { status: 400, endpoint: CREATE },
      });
    });

    it('should name input.type when the type is not the number’s kind', async () => {
      const jimmy = seed.doe[2]!;
      const reply = await gateway.query(CreateSubscriptionDocument, {
        input: { subscriberId: jimmy.AssignedSubscriberId!, numberId: jimmy.Tnid, packageId: packages['IoT Fleet']!, type: 'IOT' },
      });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type', upstream: { status: 400, endpoint: CREATE } });
      expect(reply.body.errors![0]!.message).toMatch(/is MVNO/);
    });

    it('should pass on the platform’s refusal of another subscriber’s line and of a number of another account', async () => {
      const cases = [
        { ...johnsLine(), numberId: seed.doe[3]!.Tnid, type: 'MVNO' as const },
        { ...johnsLine(), numberId: seed.voip[15]!.Tnid, type: 'VOIP' as const },
      ];
      for (const input of cases) {
        const reply = await gateway.query(CreateSubscriptionDocument, { input: { ...input, packageId: packages['Starter']! } });
        expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: CREATE } });
      }
    });

    describe('with an idempotency key', () => {
      /** The Acme operations identity runs the first ten VoIP lines, none subscribed in the seed. */
      const opsLine = (i: number): CreateSubscriptionInput => ({
        subscriberId: seed.voip[i]!.AssignedSubscriberId!,
        numberId: seed.voip[i]!.Tnid,
        packageId: packages['Unlimited']!,
        type: 'VOIP',
        idempotencyKey: randomUUID(),
      });

      it('should subscribe once for concurrent calls and replays, and refuse the key for another input', async () => {
        const input = opsLine(1);
        const before = await creates();
        const replies = await Promise.all(Array.from({ length: 10 }, () => gateway.query(CreateSubscriptionDocument, { input })));
        expect(replies.filter((r) => r.body.errors)).toEqual([]);
        expect(new Set(replies.map((r) => r.body.data!.createSubscription.subscription.id)).size).toBe(1);
        const replay = await gateway.query(CreateSubscriptionDocument, { input });
        expect(replay.body.data!.createSubscription.subscription.id).toBe(replies[0]!.body.data!.createSubscription.subscription.id);
        expect(await creates()).toBe(before + 1);

        const reused = await gateway.query(CreateSubscriptionDocument, { input: { ...input, packageId: packages['Starter']! } });
        expect(reused.body.errors![0]!.extensions!.code).toBe('IDEMPOTENCY_KEY_REUSED');
        expect(await creates()).toBe(before + 1);
      });

      it('should free the key after a refusal, for a corrected retry', async () => {
        const input = { ...opsLine(4), type: 'MVNO' as const };
        const refused = await gateway.query(CreateSubscriptionDocument, { input });
        expect(refused.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });
        const corrected = await gateway.query(CreateSubscriptionDocument, { input: { ...input, type: 'VOIP' } });
        expect(corrected.body.errors).toBeUndefined();
      });

      it('should, after a lost answer, find the subscription on the number instead of subscribing twice', async () => {
        const input = opsLine(2);
        const before = await creates();
        await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'after', times: 1 }] });
        const lost = await gateway.query(CreateSubscriptionDocument, { input });
        expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: CREATE } });
        const made = (await upstreamSubscriptions()).find((s) => s.TNID === input.numberId && s.Active)!;
        expect(made).toBeDefined();

        const retry = await gateway.query(CreateSubscriptionDocument, { input });
        expect(retry.body.errors).toBeUndefined();
        expect(retry.body.data!.createSubscription.subscription).toMatchObject({ id: made.SubscriptionId, number: { id: input.numberId } });
        expect(await creates()).toBe(before + 1);
        const replay = await gateway.query(CreateSubscriptionDocument, { input });
        expect(replay.body.data!.createSubscription.subscription.id).toBe(made.SubscriptionId);
        expect(await creates()).toBe(before + 1);
      });

      it('should subscribe on retry when the request was lost before the platform handled it', async () => {
        const input = opsLine(3);
        await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'before', times: 1 }] });
        const lost = await gateway.query(CreateSubscriptionDocument, { input });
        expect(lost.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
        expect((await upstreamSubscriptions()).some((s) => s.TNID === input.numberId)).toBe(false);

        const retry = await gateway.query(CreateSubscriptionDocument, { input });
        expect(retry.body.errors).toBeUndefined();
        expect((await upstreamSubscriptions()).filter((s) => s.TNID === input.numberId)).toHaveLength(1);
      });

      it('should subscribe on retry without a number when nothing like it exists, and say so when it cannot tell', async () => {
        const judy = seed.doe[3]!.AssignedSubscriberId!;
        const input = { subscriberId: judy, packageId: packages['Family 10GB']!, type: 'MVNO' as const, idempotencyKey: randomUUID() };
        await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'before', times: 1 }] });
        expect((await gateway.query(CreateSubscriptionDocument, { input })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
        const retry = await gateway.query(CreateSubscriptionDocument, { input });
        expect(retry.body.errors).toBeUndefined();

        // The same again, but the platform did subscribe: an active numberless subscription of Judy to that package
        // now exists, and Telegent records no creation time, so the gateway cannot tell whether it is this one.
        const again = { ...input, idempotencyKey: randomUUID() };
        await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'after', times: 1 }] });
        expect((await gateway.query(CreateSubscriptionDocument, { input: again })).body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
        const before = await creates();
        const undecided = await gateway.query(CreateSubscriptionDocument, { input: again });
        expect(undecided.body.errors![0]!.extensions!.code).toBe('UPSTREAM_OUTCOME_UNKNOWN');
        expect(undecided.body.errors![0]!.message).toMatch(/cannot tell \(without a number/);
        expect(await creates()).toBe(before);
      });
    });

    describe('updateSubscription', () => {
      it('should swap the package, and show it in later queries', async () => {
        const reply = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: johnsSubscription, packageId: packages['Family 10GB']! } });
        expect(reply.body.errors).toBeUndefined();
        expect(reply.body.data!.updateSubscription).toMatchObject({
          subscription: { id: johnsSubscription, type: 'Mvno', package: { name: 'Family 10GB' }, number: { id: johnsLine().numberId } },
          subscriber: { id: johnsLine().subscriberId },
          previousSubscriber: null,
        });
        expect((await subscriptionNode(johnsSubscription)).package).toEqual({ id: packages['Family 10GB'], name: 'Family 10GB' });
      });

      it('should move a subscription to another subscriber, and answer both subscribers as they are now', async () => {
        const [jane, judy] = [seed.doe[1]!.AssignedSubscriberId!, seed.doe[3]!.AssignedSubscriberId!];
        const created = await gateway.query(CreateSubscriptionDocument, { input: { subscriberId: jane, packageId: packages['Starter']!, type: 'MVNO' } });
        const subscriptionId = created.body.data!.createSubscription.subscription.id;
        const reply = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId, subscriberId: judy } });
        expect(reply.body.errors).toBeUndefined();
        const { subscription, subscriber, previousSubscriber } = reply.body.data!.updateSubscription;
        expect(subscription).toMatchObject({ id: subscriptionId, subscriber: { id: judy }, number: null });
        expect(subscriber!.subscriptions).toContainEqual({ id: subscriptionId, active: true });
        expect(previousSubscriber).toEqual({ id: jane, subscriptions: [] });
      });

      it.each<[string, Record<string, unknown>, string]>([
        ['a schedule-like ID for the subscription', { subscriptionId: 'SID-1' }, 'input.subscriptionId'],
        ['a number ID for the subscriber', { subscriptionId: 'SUB-1', subscriberId: 'NID-1' }, 'input.subscriberId'],
        ['a subscription ID for the package', { subscriptionId: 'SUB-1', packageId: 'SUB-2' }, 'input.packageId'],
        ['a product ID for the number', { subscriptionId: 'SUB-1', numberId: 'PRID-1' }, 'input.numberId'],
        ['a malformed ICCID', { subscriptionId: 'SUB-1', iccid: '89X' }, 'input.iccid'],
      ])('should refuse %s before calling the upstream', async (_, input, field) => {
        await expectRefusedLocally(gateway, UpdateSubscriptionDocument, input, field);
      });

      it('should answer NUMBER_HAS_SUBSCRIPTION when moving a subscription onto a number that has one', async () => {
        const [line, iot] = [seed.mvno[0]!, seed.iot[0]!];
        expect(iot.AssignedSubscriberId).toBe(line.AssignedSubscriberId);
        const reply = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: subscriptionOf[iot.Tnid]!, numberId: line.Tnid, type: 'MVNO' } });
        expect(reply.body.errors![0]!.extensions).toMatchObject({
          code: 'NUMBER_HAS_SUBSCRIPTION',
          subscriptionId: subscriptionOf[line.Tnid],
          upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/update' },
        });
      });

      it('should name the field that breaks the number’s kind: input.type, or input.numberId when only the number changes', async () => {
        const typed = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: johnsSubscription, type: 'VOIP' } });
        expect(typed.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.type' });

        const [line, iot] = [seed.mvno[1]!, seed.iot[1]!];
        await gateway.query(CancelSubscriptionDocument, { input: { subscriptionId: subscriptionOf[iot.Tnid]! } });
        const moved = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: subscriptionOf[line.Tnid]!, numberId: iot.Tnid } });
        expect(moved.body.errors![0]!.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          field: 'input.numberId',
          upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/update' },
        });
      });

      it('should answer NOT_FOUND for an unknown subscription', async () => {
        const reply = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: `SUB-${UNKNOWN_ID}`, packageId: packages['Starter']! } });
        expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/subscriptions/update' } });
      });
    });

    describe('cancelSubscription', () => {
      it('should end the subscription, answer it inactive with its subscriber, and free the number', async () => {
        const reply = await gateway.query(CancelSubscriptionDocument, { input: { subscriptionId: johnsSubscription } });
        expect(reply.body.errors).toBeUndefined();
        expect(reply.body.data!.cancelSubscription).toMatchObject({
          subscription: { id: johnsSubscription, active: false, status: 'INACTIVE', number: { id: johnsLine().numberId } },
          subscriber: { id: johnsLine().subscriberId, subscriptions: [{ id: johnsSubscription, active: false }] },
        });
        expect(await subscriptionNode(johnsSubscription)).toMatchObject({ active: false, status: 'INACTIVE' });

        const renewed = await gateway.query(CreateSubscriptionDocument, { input: { ...johnsLine(), packageId: packages['Unlimited']!, type: 'MVNO' } });
        expect(renewed.body.errors).toBeUndefined();
      });

      it('should answer SUBSCRIPTION_ENDED when cancelling or changing a cancelled subscription', async () => {
        const cancelled = await gateway.query(CancelSubscriptionDocument, { input: { subscriptionId: johnsSubscription } });
        expect(cancelled.body.errors![0]!.extensions).toMatchObject({
          code: 'SUBSCRIPTION_ENDED',
          subscriptionId: johnsSubscription,
          upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/delete' },
        });
        const updated = await gateway.query(UpdateSubscriptionDocument, { input: { subscriptionId: johnsSubscription, packageId: packages['Starter']! } });
        expect(updated.body.errors![0]!.extensions).toMatchObject({ code: 'SUBSCRIPTION_ENDED', upstream: { endpoint: 'POST /v1.0/subscriptions/update' } });
      });

      it('should refuse a subscription ID of the wrong kind before calling the upstream, and answer NOT_FOUND for an unknown one', async () => {
        await expectRefusedLocally(gateway, CancelSubscriptionDocument, { subscriptionId: 'SUBSCRIPTION' }, 'input.subscriptionId');
        const reply = await gateway.query(CancelSubscriptionDocument, { input: { subscriptionId: `SUB-${UNKNOWN_ID}` } });
        expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/subscriptions/delete' } });
      });
    });
  });
});
