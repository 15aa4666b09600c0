import {
  CreateCallFilterDocument,
  CreateMessageFilterDocument,
  GuardianOfSubscriberDocument,
  GuardianFiltersDocument,
  LinkGuardianDocument,
  SetGuardianFeaturesDocument,
  UnlinkGuardianDocument,
} from '../__generated__/operations';
import type { TestGateway } from '../helpers/gateway';
import { type SeededPeople, type SeededPerson, startGuardianGateway } from '../helpers/guardian-seed';
import { expectRefusedLocally, firstError } from '../helpers/mutations';

const UNKNOWN_SUBSCRIBER = 'TSUID-00000000-0000-4000-8000-000000000000';
const RELATION = 'POST /v1.0/subscribers/guardians/relation';
const RELATION_DELETE = 'POST /v1.0/subscribers/guardians/relation/delete';
const FEATURES = 'POST /v1.0/subscribers/guardian-features';

describe('Guardian flags and relations', () => {
  let gateway: TestGateway;
  let john: SeededPerson;
  let jane: SeededPerson;
  let jimmy: SeededPerson;
  let judy: SeededPerson;
  /** The legacy form of an ID Telegent also accepts. */
  const legacy = (id: string): string => id.replace(/^TSUID-/, 'SID-');
  const writes = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;

  beforeAll(async () => {
    let people: SeededPeople;
    ({ gateway, people } = await startGuardianGateway());
    ({ 'John Doe': john, 'Jane Doe': jane, 'Jimmy Doe': jimmy, 'Judy Doe': judy } = people);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.reset());

  describe('setGuardianFeatures', () => {
    it('should turn one flag on, keep the other, and show both in the payload and in a later query', async () => {
      const reply = await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: jane.subscriberId, calls: true } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.setGuardianFeatures).toMatchObject({
        features: { calls: true, messages: false },
        subscriber: { id: jane.subscriberId, guardian: { features: { calls: true, messages: false } } },
      });
      expect(await writes(FEATURES)).toBe(1);

      const off = await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: legacy(jane.subscriberId), calls: false, messages: true } });
      expect(off.body.data!.setGuardianFeatures.features).toEqual({ calls: false, messages: true });
      const later = await gateway.query(GuardianOfSubscriberDocument, { id: jane.subscriberId });
      expect(later.body.data!.subscriber!.guardian.features).toEqual({ calls: false, messages: true });
    });

    it('should leave a subscriber’s filters in place when its flags are turned off', async () => {
      await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: jimmy.subscriberId, calls: false, messages: false } });
      const filters = await gateway.query(GuardianFiltersDocument, { id: jimmy.subscriberId });
      expect(filters.body.data!.subscriber!.guardian).toMatchObject({ callFilters: [{ mode: 'WHITELIST' }], messageFilters: [{ level: 'CHILD' }] });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a subscriber ID of another kind', { subscriberId: 'AID-123', calls: true }, 'input.subscriberId'],
      ['neither flag', { subscriberId: 'TSUID-123' }, 'input.calls'],
      ['null flags', { subscriberId: 'TSUID-123', calls: null, messages: null }, 'input.calls'],
    ])('should refuse %s before calling the upstream', async (_, input, field) => {
      await expectRefusedLocally(gateway, SetGuardianFeaturesDocument, input, field);
    });

    it('should let a filter be created only while its flag is on, failing with GUARDIAN_NOT_ENABLED otherwise', async () => {
      const phone = jane.phones[0]!;
      await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: jane.subscriberId, messages: true } });
      const call = await gateway.query(CreateCallFilterDocument, { input: { subscriberId: jane.subscriberId, phone, mode: 'BLACKLIST' } });
      expect(firstError(call)).toMatchObject({
        code: 'GUARDIAN_NOT_ENABLED',
        endpoint: 'POST /v1.0/subscribers/call-filter',
        extensions: { subscriberId: jane.subscriberId, feature: 'CALLS', upstream: { status: 400 } },
      });
      const message = await gateway.query(CreateMessageFilterDocument, { input: { subscriberId: jane.subscriberId, phone, mode: 'ACTIVE' } });
      expect(message.body.errors).toBeUndefined();

      await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: judy.subscriberId, calls: true } });
      const refused = await gateway.query(CreateMessageFilterDocument, { input: { subscriberId: judy.subscriberId, phone: judy.phones[0]!, mode: 'ACTIVE' } });
      expect(firstError(refused)).toMatchObject({
        code: 'GUARDIAN_NOT_ENABLED',
        endpoint: 'POST /v1.0/subscribers/message-filter',
        extensions: { subscriberId: judy.subscriberId, feature: 'MESSAGES' },
      });
    });

    it('should answer NOT_FOUND for a subscriber Telegent does not know', async () => {
      const reply = await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: UNKNOWN_SUBSCRIBER, messages: true } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: FEATURES });
    });
  });

  describe('linkGuardian', () => {
    it('should link a guardian to a child and show the relation from both ends', async () => {
      await gateway.query(SetGuardianFeaturesDocument, { input: { subscriberId: jane.subscriberId, messages: true } });
      const reply = await gateway.query(LinkGuardianDocument, {
        input: { parentSubscriberId: john.subscriberId, childSubscriberId: jane.subscriberId, relation: ' Guardian ' },
      });
      expect(reply.body.errors).toBeUndefined();
      const { relation } = reply.body.data!.linkGuardian;
      expect(relation.relation).toBe('Guardian');
      expect(relation.parent!.guardian.children).toEqual([
        { relation: 'Parent', child: { id: jimmy.subscriberId } },
        { relation: 'Guardian', child: { id: jane.subscriberId } },
      ]);
      expect(relation.child!.guardian.parents).toEqual([{ relation: 'Guardian', parent: { id: john.subscriberId } }]);

      const later = await gateway.query(GuardianOfSubscriberDocument, { id: jane.subscriberId });
      expect(later.body.data!.subscriber!.guardian.parents).toEqual([{ relation: 'Guardian', parent: { id: john.subscriberId } }]);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a parent ID of another kind', { parentSubscriberId: 'CFID-1', childSubscriberId: 'TSUID-2', relation: 'Parent' }, 'input.parentSubscriberId'],
      ['a child ID of another kind', { parentSubscriberId: 'TSUID-1', childSubscriberId: 'MFID-2', relation: 'Parent' }, 'input.childSubscriberId'],
      ['a subscriber as its own guardian', { parentSubscriberId: 'TSUID-abc', childSubscriberId: 'SID-abc', relation: 'Parent' }, 'input.childSubscriberId'],
      ['a blank relation', { parentSubscriberId: 'TSUID-1', childSubscriberId: 'TSUID-2', relation: '  ' }, 'input.relation'],
    ])('should refuse %s before calling the upstream', async (_, input, field) => {
      await expectRefusedLocally(gateway, LinkGuardianDocument, input, field);
    });

    it('should fail with GUARDIAN_NOT_ENABLED, naming the subscriber, when one end has Guardian off', async () => {
      const reply = await gateway.query(LinkGuardianDocument, {
        input: { parentSubscriberId: john.subscriberId, childSubscriberId: judy.subscriberId, relation: 'Parent' },
      });
      expect(firstError(reply)).toMatchObject({
        code: 'GUARDIAN_NOT_ENABLED',
        endpoint: RELATION,
        extensions: { subscriberId: judy.subscriberId, feature: 'CALLS_OR_MESSAGES', upstream: { status: 400 } },
      });
      expect(reply.body.data).toBeNull();
    });

    it('should fail with GUARDIAN_RELATION_EXISTS when the two are already linked, either way round', async () => {
      const again = await gateway.query(LinkGuardianDocument, {
        input: { parentSubscriberId: legacy(john.subscriberId), childSubscriberId: jimmy.subscriberId, relation: 'Guardian' },
      });
      const existing = { relation: 'Parent', parentSubscriberId: john.subscriberId, childSubscriberId: jimmy.subscriberId };
      expect(firstError(again)).toMatchObject({ code: 'GUARDIAN_RELATION_EXISTS', endpoint: RELATION, extensions: existing });

      const reversed = await gateway.query(LinkGuardianDocument, {
        input: { parentSubscriberId: jimmy.subscriberId, childSubscriberId: john.subscriberId, relation: 'Parent' },
      });
      expect(firstError(reversed)).toMatchObject({ code: 'GUARDIAN_RELATION_EXISTS', extensions: existing });
    });

    it('should answer NOT_FOUND for a subscriber Telegent does not know', async () => {
      const reply = await gateway.query(LinkGuardianDocument, {
        input: { parentSubscriberId: john.subscriberId, childSubscriberId: UNKNOWN_SUBSCRIBER, relation: 'Parent' },
      });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: RELATION });
    });
  });

  describe('unlinkGuardian', () => {
    it('should remove the relation, answer what it was, and leave the child’s filters', async () => {
      const reply = await gateway.query(UnlinkGuardianDocument, { input: { parentSubscriberId: john.subscriberId, childSubscriberId: jimmy.subscriberId } });
      expect(reply.body.errors).toBeUndefined();
      const { relation } = reply.body.data!.unlinkGuardian;
      expect(relation).toMatchObject({
        relation: 'Parent',
        parent: { id: john.subscriberId, guardian: { children: [] } },
        child: { id: jimmy.subscriberId, guardian: { parents: [], callFilters: [{ id: expect.stringMatching(/^CFID-/) }] } },
      });
      expect(await writes(RELATION_DELETE)).toBe(1);
    });

    it('should refuse an ID of another kind before calling the upstream', async () => {
      await expectRefusedLocally(gateway, UnlinkGuardianDocument, { parentSubscriberId: 'AID-1', childSubscriberId: 'TSUID-2' }, 'input.parentSubscriberId');
      await expectRefusedLocally(gateway, UnlinkGuardianDocument, { parentSubscriberId: 'TSUID-1', childSubscriberId: 'TSUID-1' }, 'input.childSubscriberId');
    });

    it('should answer NOT_FOUND for two subscribers that are not linked', async () => {
      const reply = await gateway.query(UnlinkGuardianDocument, { input: { parentSubscriberId: john.subscriberId, childSubscriberId: jane.subscriberId } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: RELATION_DELETE });
    });
  });
});
