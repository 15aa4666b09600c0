import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AssignFeatureDocument,
  BilledSubscriptionDocument,
  type BilledSubscriptionQuery,
  CreateSubscriptionFeatureDocument,
  SubscriptionFeaturesDocument,
  UnassignFeatureDocument,
  UpdateFeatureAssignmentDocument,
  UpdateSubscriptionFeatureDocument,
} from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { UNKNOWN_ID, expectRefusedLocally } from '../helpers/mutations';
import { type SeededNumbers, seededNumbers } from '../helpers/numbers';

type BilledNode = Extract<NonNullable<BilledSubscriptionQuery['node']>, { __typename?: 'BillingSubscription' }>;

describe('subscription feature mutations', () => {
  let gateway: TestGateway;
  let seed: SeededNumbers;
  /** The seeded subscription of each number, by NID. */
  let subscriptionOf: Record<string, string>;
  /** "International Roaming", assigned in the seed to the subscriptions of the first five mvno lines. */
  let roamingId: string;
  let featureId: string;

  const subscriptionNode = async (id: string): Promise<BilledNode> => (await gateway.query(BilledSubscriptionDocument, { id })).body.data!.node as BilledNode;
  const subscriptionOfLine = (i: number): string => subscriptionOf[seed.mvno[i]!.Tnid]!;

  beforeAll(async () => {
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    seed = await seededNumbers(gateway.sandbox);
    const subscriptions = (await gateway.sandbox.client().get('/distributor/subscriptions')).body.Results as { SubscriptionId: string; TNID: string | null }[];
    subscriptionOf = Object.fromEntries(subscriptions.filter((s) => s.TNID).map((s) => [s.TNID!, s.SubscriptionId]));
    roamingId = (await gateway.sandbox.client().get('/subscriptions/features')).body[0].FeatureId;
  });
  afterAll(() => gateway.stop());

  describe('createSubscriptionFeature / updateSubscriptionFeature', () => {
    it('should create features for one account or for all, and list them later', async () => {
      const own = await gateway.query(CreateSubscriptionFeatureDocument, {
        input: { accountId: seed.acmeId, name: '5G Priority', type: 'Data', description: 'Priority data on 5G cells.' },
      });
      expect(own.body.errors).toBeUndefined();
      const feature = own.body.data!.createSubscriptionFeature.feature;
      expect(feature).toEqual({
        id: expect.stringMatching(/^FEID-/),
        name: '5G Priority',
        type: 'Data',
        description: 'Priority data on 5G cells.',
        active: true,
        account: { id: seed.acmeId, name: 'Acme Mobile' },
      });
      featureId = feature.id;

      const shared = await gateway.query(CreateSubscriptionFeatureDocument, { input: { name: 'Voicemail to e-mail' } });
      expect(shared.body.data!.createSubscriptionFeature.feature).toMatchObject({ name: 'Voicemail to e-mail', type: null, description: null, account: null });
      const listed = (await gateway.query(SubscriptionFeaturesDocument)).body.data!.subscriptionFeatures;
      expect(listed).toEqual(expect.arrayContaining([feature, shared.body.data!.createSubscriptionFeature.feature]));
    });

    it('should change only the fields sent', async () => {
      const reply = await gateway.query(UpdateSubscriptionFeatureDocument, { input: { featureId, name: '5G Priority Plus' } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateSubscriptionFeature.feature).toMatchObject({ id: featureId, name: '5G Priority Plus', type: 'Data', description: 'Priority data on 5G cells.' });
      expect((await gateway.query(SubscriptionFeaturesDocument)).body.data!.subscriptionFeatures).toContainEqual(reply.body.data!.updateSubscriptionFeature.feature);
    });

    it.each<[string, TypedDocumentNode<any, any>, Record<string, unknown>, string]>([
      ['a subscriber ID for the account', CreateSubscriptionFeatureDocument, { accountId: 'TSUID-1' }, 'input.accountId'],
      ['a blank name', CreateSubscriptionFeatureDocument, { name: ' ' }, 'input.name'],
      ['a name over 255 characters', CreateSubscriptionFeatureDocument, { name: 'n'.repeat(256) }, 'input.name'],
      ['a type over 100 characters', CreateSubscriptionFeatureDocument, { type: 't'.repeat(101) }, 'input.type'],
      ['a description over 1000 characters', CreateSubscriptionFeatureDocument, { description: 'd'.repeat(1001) }, 'input.description'],
      ['an assignment ID for the feature', UpdateSubscriptionFeatureDocument, { featureId: 'FAID-1', name: 'X' }, 'input.featureId'],
      ['a blank type', UpdateSubscriptionFeatureDocument, { featureId: 'FEID-1', type: '' }, 'input.type'],
    ])('should refuse %s (%#) before calling the upstream', async (_, document, input, field) => {
      await expectRefusedLocally(gateway, document, input, field);
    });

    it('should pass on the platform’s refusal of another distributor’s account, and NOT_FOUND for an unknown feature', async () => {
      const foreign = await gateway.query(CreateSubscriptionFeatureDocument, { input: { accountId: seed.initechId, name: 'X' } });
      expect(foreign.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/features/add' } });
      const unknown = await gateway.query(UpdateSubscriptionFeatureDocument, { input: { featureId: `FEID-${UNKNOWN_ID}`, name: 'X' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/subscriptions/features/update' } });
    });
  });

  describe('assignFeature / updateFeatureAssignment / unassignFeature', () => {
    let assignmentId: string;

    it('should attach a feature, and answer the assignment with the subscription now carrying it', async () => {
      const subscriptionId = subscriptionOfLine(5);
      const reply = await gateway.query(AssignFeatureDocument, { input: { featureId, subscriptionId } });
      expect(reply.body.errors).toBeUndefined();
      const { assignment, subscription } = reply.body.data!.assignFeature;
      expect(assignment).toEqual({ id: expect.stringMatching(/^FAID-/), active: true, feature: { id: featureId, name: '5G Priority Plus' }, subscription: { id: subscriptionId } });
      expect(subscription).toEqual({ id: subscriptionId, features: [{ id: featureId, name: '5G Priority Plus' }], featureAssignments: [{ id: assignment.id }] });
      expect((await subscriptionNode(subscriptionId)).featureAssignments).toEqual([assignment]);
      assignmentId = assignment.id;
    });

    it('should answer FEATURE_ALREADY_ASSIGNED, naming the assignment, for a feature the subscription carries', async () => {
      const reply = await gateway.query(AssignFeatureDocument, { input: { featureId, subscriptionId: subscriptionOfLine(5) } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        code: 'FEATURE_ALREADY_ASSIGNED',
        featureAssignmentId: assignmentId,
        upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/features/assignments/add' },
      });
    });

    it('should pass on the refusal of a subscription of another account, and NOT_FOUND for an unknown subscription', async () => {
      const jimmy = seed.doe[2]!;
      const doe = await gateway.sandbox.client().post('/subscriptions', { SubscriberId: jimmy.AssignedSubscriberId, PackageId: (await gateway.sandbox.client().get('/account/packages')).body.Results[0].PackageId, TNID: jimmy.Tnid, Type: 'Mvno' });
      const foreign = await gateway.query(AssignFeatureDocument, { input: { featureId, subscriptionId: doe.body.SubscriptionId } });
      expect(foreign.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'BAD_USER_INPUT', upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/features/assignments/add' } });
      const unknown = await gateway.query(AssignFeatureDocument, { input: { featureId, subscriptionId: `SUB-${UNKNOWN_ID}` } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404 } });
    });

    it('should move an assignment to another subscription, and show both subscriptions as they are now', async () => {
      const [from, to] = [subscriptionOfLine(5), subscriptionOfLine(6)];
      const reply = await gateway.query(UpdateFeatureAssignmentDocument, { input: { featureAssignmentId: assignmentId, subscriptionId: to } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateFeatureAssignment).toEqual({
        assignment: { id: assignmentId, active: true, feature: { id: featureId, name: '5G Priority Plus' }, subscription: { id: to } },
        subscription: { id: to, features: [{ id: featureId, name: '5G Priority Plus' }], featureAssignments: [{ id: assignmentId }] },
        previousSubscription: { id: from, features: [], featureAssignments: [] },
      });
      expect((await subscriptionNode(from)).featureAssignments).toEqual([]);
    });

    it('should answer FEATURE_ALREADY_ASSIGNED when an update would assign a feature twice', async () => {
      // The seed attaches roaming to the subscriptions of lines 0 to 4.
      const seeded = (await subscriptionNode(subscriptionOfLine(0))).featureAssignments![0]!;
      expect(seeded.feature).toEqual({ id: roamingId, name: 'International Roaming' });
      const reply = await gateway.query(UpdateFeatureAssignmentDocument, { input: { featureAssignmentId: seeded.id, subscriptionId: subscriptionOfLine(1) } });
      const carried = (await subscriptionNode(subscriptionOfLine(1))).featureAssignments![0]!;
      expect(reply.body.errors![0]!.extensions).toMatchObject({
        code: 'FEATURE_ALREADY_ASSIGNED',
        featureAssignmentId: carried.id,
        upstream: { status: 400, endpoint: 'POST /v1.0/subscriptions/features/assignments/update' },
      });
    });

    it('should detach a feature, answer the subscription without it, and keep the feature', async () => {
      const subscriptionId = subscriptionOfLine(6);
      const reply = await gateway.query(UnassignFeatureDocument, { input: { featureAssignmentId: assignmentId } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.unassignFeature).toEqual({ deletedId: assignmentId, subscription: { id: subscriptionId, features: [], featureAssignments: [] } });
      expect((await subscriptionNode(subscriptionId)).features).toEqual([]);
      expect((await gateway.query(SubscriptionFeaturesDocument)).body.data!.subscriptionFeatures!.map((f) => f.id)).toContain(featureId);
    });

    it('should answer NOT_FOUND for an unknown assignment, without deleting anything', async () => {
      const deletes = async (): Promise<number> => (await gateway.sandbox.stats()).byEndpoint['POST /v1.0/subscriptions/features/assignments/delete'] ?? 0;
      const before = await deletes();
      const reply = await gateway.query(UnassignFeatureDocument, { input: { featureAssignmentId: assignmentId } });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'GET /v1.0/subscriptions/features/assignments' } });
      const moved = await gateway.query(UpdateFeatureAssignmentDocument, { input: { featureAssignmentId: `FAID-${UNKNOWN_ID}`, featureId } });
      expect(moved.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/subscriptions/features/assignments/update' } });
      expect(await deletes()).toBe(before);
    });

    it.each<[string, TypedDocumentNode<any, any>, Record<string, unknown>, string]>([
      ['an assignment ID for the feature', AssignFeatureDocument, { featureId: 'FAID-1', subscriptionId: 'SUB-1' }, 'input.featureId'],
      ['a subscriber ID for the subscription', AssignFeatureDocument, { featureId: 'FEID-1', subscriptionId: 'TSUID-1' }, 'input.subscriptionId'],
      ['a feature ID for the assignment', UpdateFeatureAssignmentDocument, { featureAssignmentId: 'FEID-1' }, 'input.featureAssignmentId'],
      ['a malformed feature ID', UpdateFeatureAssignmentDocument, { featureAssignmentId: 'FAID-1', featureId: 'FEID' }, 'input.featureId'],
      ['a package ID for the subscription', UpdateFeatureAssignmentDocument, { featureAssignmentId: 'FAID-1', subscriptionId: 'PID-1' }, 'input.subscriptionId'],
      ['a subscription ID for the assignment', UnassignFeatureDocument, { featureAssignmentId: 'SUB-1' }, 'input.featureAssignmentId'],
    ])('should refuse %s (%#) before calling the upstream', async (_, document, input, field) => {
      await expectRefusedLocally(gateway, document, input, field);
    });
  });
});
