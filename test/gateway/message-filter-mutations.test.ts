import {
  AddMessageFilterContactsDocument,
  CreateMessageFilterDocument,
  type CreateMessageFilterInput,
  DeleteMessageFilterDocument,
  GuardianFiltersDocument,
  RemoveMessageFilterContactsDocument,
  UpdateMessageFilterDocument,
} from '../__generated__/operations';
import type { TestGateway } from '../helpers/gateway';
import { type GuardianSeed, type SeededPeople, type SeededPerson, startGuardianGateway } from '../helpers/guardian-seed';
import { expectRefusedLocally, firstError } from '../helpers/mutations';
import type { SandboxClient } from '../helpers/sandbox';

const CREATE = 'POST /v1.0/subscribers/message-filter';
const UPDATE = 'POST /v1.0/subscribers/message-filter/update';
const DELETE = 'POST /v1.0/subscribers/message-filter/delete';
const UNKNOWN_FILTER = 'MFID-00000000-0000-4000-8000-000000000000';

describe('message filter mutations', () => {
  let gateway: TestGateway;
  let sandbox: SandboxClient;
  let seed: GuardianSeed;
  let john: SeededPerson;
  let operations: SeededPerson;
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const messageFiltersOf = async (subscriberId: string) =>
    (await gateway.query(GuardianFiltersDocument, { id: subscriberId })).body.data!.subscriber!.guardian.messageFilters!;
  const johnsFilter = (): CreateMessageFilterInput => ({ subscriberId: john.subscriberId, phone: john.phones[0]!, mode: 'ACTIVE' });

  beforeAll(async () => {
    let people: SeededPeople;
    ({ gateway, seed, people } = await startGuardianGateway());
    sandbox = gateway.sandbox.client();
    ({ 'John Doe': john, 'Acme Operations': operations } = people);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.reset());

  describe('createMessageFilter', () => {
    it('should create a filter with a level and every setting, and list it on the subscriber', async () => {
      const settings = {
        mode: 'ACTIVE' as const,
        level: 'ADOLESCENT' as const,
        allowedContacts: ['+18015551111'],
        blockedContacts: ['+18015553333', '+18015554444'],
        keywordFilter: { customKeywords: ['scam'], systemKeywords: [], severities: [{ term: 'scam', severity: 'LOW' as const }] },
        notificationPhones: ['+18015559998'],
        applyToOutbound: true,
        applyToInbound: false,
        blockUnknownNumbers: true,
        blockLinks: true,
        blockMedia: true,
      };
      const reply = await gateway.query(CreateMessageFilterDocument, { input: { ...johnsFilter(), ...settings } });
      expect(reply.body.errors).toBeUndefined();
      const { messageFilter, subscriber } = reply.body.data!.createMessageFilter;
      expect(messageFilter).toEqual({ id: expect.stringMatching(/^MFID-/), phone: john.phones[0], ...settings });
      expect(subscriber).toMatchObject({ id: john.subscriberId, guardian: { messageFilters: [{ id: messageFilter.id }] } });
      const keywords = await sandbox.get('/subscribers/message-filter/keywords', { SubscriberId: john.subscriberId, MessageFilterId: messageFilter.id });
      expect(keywords.body).toEqual({ CustomKeywords: ['scam'], SystemKeywords: {}, SeverityMap: { scam: 'LOW' } });
      expect(await messageFiltersOf(john.subscriberId)).toEqual([messageFilter]);
    });

    it('should create a filter that only monitors, without a level', async () => {
      const reply = await gateway.query(CreateMessageFilterDocument, { input: { ...johnsFilter(), mode: 'MONITOR_ONLY' } });
      expect(reply.body.data!.createMessageFilter.messageFilter).toMatchObject({ mode: 'MONITOR_ONLY', level: null, keywordFilter: null, blockLinks: false });
    });

    it.each<[string, Partial<CreateMessageFilterInput>, string]>([
      ['a level on a filter that is not ACTIVE', { mode: 'MONITOR_ONLY', level: 'CHILD' }, 'input.level'],
      ['a subscriber ID of another kind', { subscriberId: 'MFID-1' }, 'input.subscriberId'],
      ['a phone that is not E.164', { phone: '+1 801 555 1234' }, 'input.phone'],
      ['an allowed contact that is not E.164', { allowedContacts: ['14444444444'] }, 'input.allowedContacts[0]'],
      ['a blocked contact that is not a phone number', { blockedContacts: ['+18015553333', '+1999'] }, 'input.blockedContacts[1]'],
      ['a bad notification phone', { notificationPhones: ['abc'] }, 'input.notificationPhones[0]'],
      ['a blank keyword', { keywordFilter: { customKeywords: [''] } }, 'input.keywordFilter.customKeywords[0]'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(gateway, CreateMessageFilterDocument, { ...johnsFilter(), ...change }, field);
    });


    it('should fail with FILTER_EXISTS, naming the filter, when the number already has one', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(CreateMessageFilterDocument, { input: { subscriberId: line!.subscriberId, phone: line!.phone, mode: 'INACTIVE' } });
      expect(firstError(reply)).toMatchObject({ code: 'FILTER_EXISTS', endpoint: CREATE, extensions: { filterId: line!.messageFilterId } });
    });

    it('should answer NOT_FOUND for a number outside the inventory', async () => {
      const reply = await gateway.query(CreateMessageFilterDocument, { input: { ...johnsFilter(), phone: '+12025550123' } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: CREATE });
    });
  });

  describe('updateMessageFilter', () => {
    it('should pause a filter, which drops its level, and keep what is not sent', async () => {
      const { jimmy } = seed;
      const reply = await gateway.query(UpdateMessageFilterDocument, { input: { filterId: jimmy.messageFilterId, mode: 'INACTIVE' } });
      expect(reply.body.errors).toBeUndefined();
      const { messageFilter } = reply.body.data!.updateMessageFilter;
      expect(messageFilter).toMatchObject({ mode: 'INACTIVE', level: null, blockLinks: true, allowedContacts: ['+18015550001'] });
      expect(await messageFiltersOf(jimmy.subscriberId)).toEqual([messageFilter]);
    });

    it('should set a level on an ACTIVE filter and keep its mode', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(UpdateMessageFilterDocument, { input: { filterId: line!.messageFilterId, level: 'TEENAGER', blockedContacts: [] } });
      expect(reply.body.data!.updateMessageFilter.messageFilter).toMatchObject({ mode: 'ACTIVE', level: 'TEENAGER', blockedContacts: [] });
    });

    it('should pass on Telegent’s refusal of a level on a paused filter', async () => {
      const [line] = seed.acme;
      await gateway.query(UpdateMessageFilterDocument, { input: { filterId: line!.messageFilterId, mode: 'INACTIVE' } });
      const reply = await gateway.query(UpdateMessageFilterDocument, { input: { filterId: line!.messageFilterId, level: 'CHILD' } });
      expect(firstError(reply)).toMatchObject({ code: 'BAD_USER_INPUT', endpoint: UPDATE });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a filter ID of another kind', { filterId: 'CFID-1' }, 'input.filterId'],
      ['a level with a mode other than ACTIVE', { mode: 'INACTIVE', level: 'TEENAGER' }, 'input.level'],
      ['a bad contact', { allowedContacts: ['+18015551111', 'nope'] }, 'input.allowedContacts[1]'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(gateway, UpdateMessageFilterDocument, { filterId: UNKNOWN_FILTER, ...change }, field);
    });

    it('should fail with FILTER_EXISTS when moving the filter to a number that has one', async () => {
      const [first, second] = operations.phones;
      await sandbox.post('/subscribers/guardian-features', { SubscriberId: operations.subscriberId, EnableIntelligentGuardianMessages: true });
      const moving = (await sandbox.post('/subscribers/message-filter', { SubscriberId: operations.subscriberId, Phone: first, FilterMode: 'ACTIVE' })).body;
      const staying = (await sandbox.post('/subscribers/message-filter', { SubscriberId: operations.subscriberId, Phone: second, FilterMode: 'ACTIVE' })).body;
      const reply = await gateway.query(UpdateMessageFilterDocument, { input: { filterId: moving.FilterId, phone: second } });
      expect(firstError(reply)).toMatchObject({ code: 'FILTER_EXISTS', endpoint: UPDATE, extensions: { filterId: staying.FilterId } });
    });

    it('should answer NOT_FOUND for a filter Telegent does not know', async () => {
      const reply = await gateway.query(UpdateMessageFilterDocument, { input: { filterId: UNKNOWN_FILTER, blockMedia: true } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: UPDATE });
    });
  });

  describe('deleteMessageFilter', () => {
    it('should delete the filter and answer its ID and the subscriber without it', async () => {
      const { jimmy } = seed;
      const reply = await gateway.query(DeleteMessageFilterDocument, { input: { subscriberId: jimmy.subscriberId, filterId: jimmy.messageFilterId } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.deleteMessageFilter).toMatchObject({
        deletedId: jimmy.messageFilterId,
        subscriber: { id: jimmy.subscriberId, guardian: { messageFilters: [], callFilters: [{ id: jimmy.callFilterId }] } },
      });
      expect(await messageFiltersOf(jimmy.subscriberId)).toEqual([]);
    });

    it('should refuse IDs of another kind before calling the upstream', async () => {
      await expectRefusedLocally(gateway, DeleteMessageFilterDocument, { subscriberId: 'TSUID-1', filterId: 'CFID-1' }, 'input.filterId');
      await expectRefusedLocally(gateway, DeleteMessageFilterDocument, { subscriberId: 'MFID-1', filterId: 'MFID-1' }, 'input.subscriberId');
    });

    it('should answer NOT_FOUND for a filter Telegent does not know', async () => {
      const reply = await gateway.query(DeleteMessageFilterDocument, { input: { subscriberId: john.subscriberId, filterId: UNKNOWN_FILTER } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: DELETE });
    });
  });

  describe('addMessageFilterContacts and removeMessageFilterContacts', () => {
    it('should block a contact, whose next message is then dropped, and answer the whole filter', async () => {
      const [line] = seed.acme;
      const sender = '+18015557777';
      const inbound = async () => (await gateway.sandbox.admin('POST', 'inbound-message', { From: sender, To: line!.phone, Body: 'hi' })).body.Delivered;
      expect(await inbound()).toBe(true);

      const reply = await gateway.query(AddMessageFilterContactsDocument, {
        input: { subscriberId: line!.subscriberId, filterId: line!.messageFilterId, list: 'BLOCKED', contacts: [sender] },
      });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.addMessageFilterContacts.messageFilter).toEqual({
        id: line!.messageFilterId,
        allowedContacts: ['+18015550001'],
        blockedContacts: ['+18015559999', sender],
      });
      expect(await inbound()).toBe(false);
      expect(await calls('POST /v1.0/subscribers/message-filter/blocked-contacts/add')).toBe(1);
    });

    it('should allow and then remove a contact on the allowed list', async () => {
      const [line] = seed.acme;
      const target = { subscriberId: line!.subscriberId, filterId: line!.messageFilterId, list: 'ALLOWED' as const };
      const added = await gateway.query(AddMessageFilterContactsDocument, { input: { ...target, contacts: ['+447911123456'] } });
      expect(added.body.data!.addMessageFilterContacts.messageFilter!.allowedContacts).toEqual(['+18015550001', '+447911123456']);
      const removed = await gateway.query(RemoveMessageFilterContactsDocument, { input: { ...target, contacts: ['+18015550001'] } });
      expect(removed.body.data!.removeMessageFilterContacts.messageFilter).toMatchObject({ allowedContacts: ['+447911123456'], blockedContacts: ['+18015559999'] });
      expect(await calls('POST /v1.0/subscribers/message-filter/allowed-contacts/remove')).toBe(1);
    });

    it('should pass on Telegent’s refusal to remove a contact that is not on the list', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(RemoveMessageFilterContactsDocument, {
        input: { subscriberId: line!.subscriberId, filterId: line!.messageFilterId, list: 'BLOCKED', contacts: ['+18015550001'] },
      });
      expect(firstError(reply)).toMatchObject({ code: 'BAD_USER_INPUT', endpoint: 'POST /v1.0/subscribers/message-filter/blocked-contacts/remove' });
      expect((await messageFiltersOf(line!.subscriberId))[0]!.blockedContacts).toEqual(['+18015559999']);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['no contacts', { contacts: [] }, 'input.contacts'],
      ['a contact without its +', { contacts: ['+18015550100', '14444444444'] }, 'input.contacts[1]'],
      ['a filter ID of another kind', { filterId: 'CFID-1' }, 'input.filterId'],
      ['a subscriber ID of another kind', { subscriberId: 'NID-1' }, 'input.subscriberId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const input = { subscriberId: 'TSUID-1', filterId: 'MFID-1', list: 'BLOCKED', contacts: ['+18015550100'], ...change };
      await expectRefusedLocally(gateway, AddMessageFilterContactsDocument, input, field);
      await expectRefusedLocally(gateway, RemoveMessageFilterContactsDocument, input, field);
    });

    it('should answer NOT_FOUND for a filter of another subscriber', async () => {
      const [line, neighbour] = seed.acme;
      const reply = await gateway.query(AddMessageFilterContactsDocument, {
        input: { subscriberId: line!.subscriberId, filterId: neighbour!.messageFilterId, list: 'ALLOWED', contacts: ['+18015550100'] },
      });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: 'POST /v1.0/subscribers/message-filter/allowed-contacts/add' });
    });
  });
});
