import {
  AddCallFilterNumbersDocument,
  CreateCallFilterDocument,
  type CreateCallFilterInput,
  DeleteCallFilterDocument,
  GuardianFiltersDocument,
  RemoveCallFilterNumbersDocument,
  UpdateCallFilterDocument,
} from '../__generated__/operations';
import { type TestGateway, answerExtensions } from '../helpers/gateway';
import { type GuardianSeed, type SeededPeople, type SeededPerson, startGuardianGateway } from '../helpers/guardian-seed';
import { expectRefusedLocally, firstError } from '../helpers/mutations';
import type { SandboxClient } from '../helpers/sandbox';

const CREATE = 'POST /v1.0/subscribers/call-filter';
const UPDATE = 'POST /v1.0/subscribers/call-filter/update';
const DELETE = 'POST /v1.0/subscribers/call-filter/delete';
const UNKNOWN_FILTER = 'CFID-00000000-0000-4000-8000-000000000000';
const KEYWORDS = {
  customKeywords: ['inappropriate', 'banned'],
  systemKeywords: [
    { category: 'Profanity', keywords: ['word1', 'word2'] },
    { category: 'Violence', keywords: ['threat1'] },
  ],
  severities: [
    { term: 'Word1', severity: 'HIGH' as const },
    { term: 'Inappropriate', severity: 'MEDIUM' as const },
  ],
};

describe('call filter mutations', () => {
  let gateway: TestGateway;
  let sandbox: SandboxClient;
  let seed: GuardianSeed;
  let john: SeededPerson;
  let jane: SeededPerson;
  let operations: SeededPerson;
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;
  const callFiltersOf = async (subscriberId: string) => (await gateway.query(GuardianFiltersDocument, { id: subscriberId })).body.data!.subscriber!.guardian.callFilters!;

  beforeAll(async () => {
    let people: SeededPeople;
    ({ gateway, seed, people } = await startGuardianGateway());
    sandbox = gateway.sandbox.client();
    ({ 'John Doe': john, 'Jane Doe': jane, 'Acme Operations': operations } = people);
  });
  afterAll(() => gateway.stop());
  beforeEach(() => gateway.sandbox.reset());

  describe('createCallFilter', () => {
    const johnsFilter = (): CreateCallFilterInput => ({ subscriberId: john.subscriberId, phone: john.phones[0]!, mode: 'BLACKLIST' });

    it('should create a filter with every setting, store the keywords as Telegent’s document, and list it on the subscriber', async () => {
      const settings = {
        mode: 'WHITELIST' as const,
        allowedNumbers: ['+18015551111', '+18015552222'],
        blockedNumbers: ['+18015553333'],
        enableTranscription: true,
        keywordFilter: KEYWORDS,
        transcriptionAction: 'TERMINATE' as const,
        warningMessage: 'This call may be terminated',
        notificationPhones: ['+18015559998'],
        applyToOutbound: true,
        applyToInbound: false,
        blockUnknownNumbers: true,
        blockInternational: true,
        recordFlaggedCalls: true,
        timeRestrictions: { weekdays: [{ from: '21:00', to: '07:00' }] },
      };
      const reply = await gateway.query(CreateCallFilterDocument, { input: { ...johnsFilter(), ...settings } });
      expect(reply.body.errors).toBeUndefined();
      const { callFilter, subscriber } = reply.body.data!.createCallFilter;
      expect(callFilter).toEqual({ id: expect.stringMatching(/^CFID-/), phone: john.phones[0], ...settings });
      expect(subscriber).toMatchObject({ id: john.subscriberId, guardian: { callFilters: [{ id: callFilter.id }] } });

      const keywords = await sandbox.get('/subscribers/call-filter/keywords', { SubscriberId: john.subscriberId, CallFilterId: callFilter.id });
      expect(keywords.body).toEqual({
        CustomKeywords: ['inappropriate', 'banned'],
        SystemKeywords: { Profanity: ['word1', 'word2'], Violence: ['threat1'] },
        SeverityMap: { Word1: 'HIGH', Inappropriate: 'MEDIUM' },
      });
      expect(await callFiltersOf(john.subscriberId)).toEqual([callFilter]);
    });

    it('should take Telegent’s defaults for the settings left out', async () => {
      const reply = await gateway.query(CreateCallFilterDocument, { input: johnsFilter() });
      expect(reply.body.data!.createCallFilter.callFilter).toMatchObject({
        mode: 'BLACKLIST',
        allowedNumbers: [],
        keywordFilter: null,
        transcriptionAction: 'NOTIFY',
        warningMessage: null,
        applyToInbound: true,
        applyToOutbound: false,
        timeRestrictions: null,
      });
    });

    it('should create an age preset for a subscriber who is a guardian’s child', async () => {
      await sandbox.post('/subscribers/guardian-features', { SubscriberId: jane.subscriberId, EnableIntelligentGuardianCalls: true });
      await sandbox.post('/subscribers/guardians/relation', { ParentSubscriberId: john.subscriberId, ChildSubscriberId: jane.subscriberId, Relation: 'Parent' });
      const reply = await gateway.query(CreateCallFilterDocument, { input: { subscriberId: jane.subscriberId, phone: jane.phones[0]!, mode: 'TEENAGER' } });
      expect(reply.body.data!.createCallFilter.callFilter.mode).toBe('TEENAGER');
    });

    it.each<[string, Partial<CreateCallFilterInput>, string]>([
      ['a subscriber ID of another kind', { subscriberId: 'CFID-1' }, 'input.subscriberId'],
      ['a phone that is not E.164', { phone: '8015551234' }, 'input.phone'],
      ['an allowed number that is not a phone number', { allowedNumbers: ['+18015551111', '+1111111111'] }, 'input.allowedNumbers[1]'],
      ['a blocked number that is not E.164', { blockedNumbers: ['18015553333'] }, 'input.blockedNumbers[0]'],
      ['a bad notification phone', { notificationPhones: ['+18015559998', '+18015559997', ''] }, 'input.notificationPhones[2]'],
      ['a blank keyword', { keywordFilter: { customKeywords: ['scam', ' '] } }, 'input.keywordFilter.customKeywords[1]'],
      ['a blank category', { keywordFilter: { systemKeywords: [{ category: '', keywords: [] }] } }, 'input.keywordFilter.systemKeywords[0].category'],
      [
        'a category named twice',
        { keywordFilter: { systemKeywords: [{ category: 'Violence', keywords: ['a'] }, { category: 'Violence', keywords: ['b'] }] } },
        'input.keywordFilter.systemKeywords[1].category',
      ],
      ['a blank system keyword', { keywordFilter: { systemKeywords: [{ category: 'Violence', keywords: [''] }] } }, 'input.keywordFilter.systemKeywords[0].keywords[0]'],
      [
        'a term given two severities',
        { keywordFilter: { severities: [{ term: 'scam', severity: 'HIGH' }, { term: 'scam', severity: 'LOW' }] } },
        'input.keywordFilter.severities[1].term',
      ],
      ['a blank term', { keywordFilter: { severities: [{ term: '', severity: 'LOW' }] } }, 'input.keywordFilter.severities[0].term'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(gateway, CreateCallFilterDocument, { ...johnsFilter(), ...change }, field);
    });

    it.each<[string, Record<string, unknown>]>([
      ['a severity outside HIGH, MEDIUM and LOW', { keywordFilter: { severities: [{ term: 'scam', severity: 'SEVERE' }] } }],
      ['an unknown mode', { mode: 'GREYLIST' }],
      ['an unknown transcription action', { transcriptionAction: 'HANG_UP' }],
    ])('should refuse %s before calling the upstream', async (_, change) => {
      await expectRefusedLocally(gateway, CreateCallFilterDocument, { ...johnsFilter(), ...change }, undefined);
    });


    it('should fail with GUARDIAN_RELATION_REQUIRED for an age preset on a subscriber who is no one’s child', async () => {
      const reply = await gateway.query(CreateCallFilterDocument, { input: { ...johnsFilter(), mode: 'CHILD' } });
      expect(firstError(reply)).toMatchObject({ code: 'GUARDIAN_RELATION_REQUIRED', endpoint: CREATE, extensions: { subscriberId: john.subscriberId } });
      expect(await callFiltersOf(john.subscriberId)).toEqual([]);
    });

    it('should fail with FILTER_EXISTS, naming the filter, when the number already has one', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(CreateCallFilterDocument, { input: { subscriberId: line!.subscriberId, phone: line!.phone, mode: 'WHITELIST' } });
      expect(firstError(reply)).toMatchObject({ code: 'FILTER_EXISTS', endpoint: CREATE, extensions: { filterId: line!.callFilterId } });
    });

    it('should report a lost answer as UPSTREAM_OUTCOME_UNKNOWN without sending twice; a retry then names the filter made', async () => {
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'after', times: 1 }] });
      const lost = await gateway.query(CreateCallFilterDocument, { input: johnsFilter() });
      expect(firstError(lost)).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', endpoint: CREATE });
      expect(await calls(CREATE)).toBe(1);

      const [made] = await callFiltersOf(john.subscriberId);
      const retry = await gateway.query(CreateCallFilterDocument, { input: johnsFilter() });
      expect(firstError(retry)).toMatchObject({ code: 'FILTER_EXISTS', extensions: { filterId: made!.id } });
    });

    it('should pass on Telegent’s refusal of a number that is not the subscriber’s', async () => {
      const reply = await gateway.query(CreateCallFilterDocument, { input: { ...johnsFilter(), phone: jane.phones[0]! } });
      expect(firstError(reply)).toMatchObject({ code: 'BAD_USER_INPUT', endpoint: CREATE });
      expect(firstError(reply).message).toContain(jane.phones[0]);
    });
  });

  describe('updateCallFilter', () => {
    it('should change what is sent, keep the rest, and show the change in a later query', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(UpdateCallFilterDocument, {
        input: { filterId: line!.callFilterId, mode: 'WHITELIST', allowedNumbers: ['+18015554444'], keywordFilter: { customKeywords: ['fraud'] }, warningMessage: 'Careful' },
      });
      expect(reply.body.errors).toBeUndefined();
      const { callFilter } = reply.body.data!.updateCallFilter;
      expect(callFilter).toMatchObject({
        id: line!.callFilterId,
        phone: line!.phone,
        mode: 'WHITELIST',
        allowedNumbers: ['+18015554444'],
        blockedNumbers: ['+18015559999'],
        blockInternational: true,
        keywordFilter: { customKeywords: ['fraud'], systemKeywords: [], severities: [] },
        warningMessage: 'Careful',
      });
      expect(await callFiltersOf(line!.subscriberId)).toEqual([callFilter]);
    });

    it('should remove the keywords and the warning message when they are sent empty', async () => {
      const [line] = seed.acme;
      await gateway.query(UpdateCallFilterDocument, { input: { filterId: line!.callFilterId, warningMessage: 'Careful' } });
      const reply = await gateway.query(UpdateCallFilterDocument, { input: { filterId: line!.callFilterId, keywordFilter: {}, warningMessage: '' } });
      expect(reply.body.data!.updateCallFilter.callFilter).toMatchObject({ keywordFilter: null, warningMessage: null });
    });

    it('should read the seeded keyword document as the graph’s object', async () => {
      const [line] = seed.acme;
      const [filter] = await callFiltersOf(line!.subscriberId);
      expect(filter!.keywordFilter).toEqual({ customKeywords: ['scam'], systemKeywords: [{ category: 'Profanity', keywords: [] }], severities: [{ term: 'Scam', severity: 'HIGH' }] });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a filter ID of another kind', { filterId: 'MFID-1' }, 'input.filterId'],
      ['an age preset', { mode: 'CHILD' }, 'input.mode'],
      ['a phone that is not E.164', { phone: '+1801' }, 'input.phone'],
      ['a bad blocked number', { blockedNumbers: ['+18015559999', 'x'] }, 'input.blockedNumbers[1]'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      await expectRefusedLocally(gateway, UpdateCallFilterDocument, { filterId: UNKNOWN_FILTER, ...change }, field);
    });

    it('should fail with FILTER_EXISTS when moving the filter to a number that has one', async () => {
      const [first, second] = operations.phones;
      await sandbox.post('/subscribers/guardian-features', { SubscriberId: operations.subscriberId, EnableIntelligentGuardianCalls: true });
      const moving = (await sandbox.post('/subscribers/call-filter', { SubscriberId: operations.subscriberId, Phone: first, FilterMode: 'BLACKLIST' })).body;
      const staying = (await sandbox.post('/subscribers/call-filter', { SubscriberId: operations.subscriberId, Phone: second, FilterMode: 'BLACKLIST' })).body;

      const reply = await gateway.query(UpdateCallFilterDocument, { input: { filterId: moving.FilterId, phone: second } });
      expect(firstError(reply)).toMatchObject({ code: 'FILTER_EXISTS', endpoint: UPDATE, extensions: { filterId: staying.FilterId } });

      const moved = await gateway.query(UpdateCallFilterDocument, { input: { filterId: moving.FilterId, phone: operations.phones[2] } });
      expect(moved.body.data!.updateCallFilter.callFilter.phone).toBe(operations.phones[2]);
    });

    it('should answer NOT_FOUND for a filter Telegent does not know', async () => {
      const reply = await gateway.query(UpdateCallFilterDocument, { input: { filterId: UNKNOWN_FILTER, applyToOutbound: true } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: UPDATE });
    });
  });

  describe('deleteCallFilter', () => {
    it('should delete the filter and answer its ID and the subscriber without it', async () => {
      const [line] = seed.acme;
      const reply = await gateway.query(DeleteCallFilterDocument, { input: { subscriberId: line!.subscriberId, filterId: line!.callFilterId } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.deleteCallFilter).toMatchObject({ deletedId: line!.callFilterId, subscriber: { id: line!.subscriberId, guardian: { callFilters: [] } } });
      expect(await callFiltersOf(line!.subscriberId)).toEqual([]);
    });

    it('should refuse IDs of another kind before calling the upstream', async () => {
      await expectRefusedLocally(gateway, DeleteCallFilterDocument, { subscriberId: 'TSUID-1', filterId: 'MFID-1' }, 'input.filterId');
      await expectRefusedLocally(gateway, DeleteCallFilterDocument, { subscriberId: 'NID-1', filterId: 'CFID-1' }, 'input.subscriberId');
    });

    it('should answer NOT_FOUND for another subscriber’s filter, and delete nothing', async () => {
      const [line, neighbour] = seed.acme;
      const reply = await gateway.query(DeleteCallFilterDocument, { input: { subscriberId: line!.subscriberId, filterId: neighbour!.callFilterId } });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: DELETE });
      expect(await callFiltersOf(neighbour!.subscriberId)).toHaveLength(1);
    });
  });

  describe('addCallFilterNumbers and removeCallFilterNumbers', () => {
    it('should add to the list asked for and answer the whole filter, a repeated number once', async () => {
      const [line] = seed.acme;
      const target = { subscriberId: line!.subscriberId, filterId: line!.callFilterId };
      const blocked = await gateway.query(AddCallFilterNumbersDocument, { input: { ...target, list: 'BLOCKED', numbers: ['+18015550100', '+18015559999', '+18015550100'] } });
      expect(blocked.body.errors).toBeUndefined();
      expect(blocked.body.data!.addCallFilterNumbers.callFilter).toEqual({
        id: line!.callFilterId,
        allowedNumbers: ['+18015550001', '+18015550002'],
        blockedNumbers: ['+18015559999', '+18015550100'],
      });
      const allowed = await gateway.query(AddCallFilterNumbersDocument, { input: { ...target, list: 'ALLOWED', numbers: ['+447911123456'] } });
      expect(allowed.body.data!.addCallFilterNumbers.callFilter!.allowedNumbers).toEqual(['+18015550001', '+18015550002', '+447911123456']);
      expect(await calls('POST /v1.0/subscribers/call-filter/blocked-numbers/add')).toBe(1);
      expect(await calls('POST /v1.0/subscribers/call-filter/allowed-numbers/add')).toBe(1);
    });

    it('should take the numbers of Telegent’s own examples (+15555555555 allowed, +15555556666 blocked): E.164 is checked by format and length, not by numbering plan', async () => {
      const [line] = seed.acme;
      const target = { subscriberId: line!.subscriberId, filterId: line!.callFilterId };
      const allowed = await gateway.query(AddCallFilterNumbersDocument, { input: { ...target, list: 'ALLOWED', numbers: ['+15555555555'] } });
      expect(allowed.body.errors).toBeUndefined();
      expect(allowed.body.data!.addCallFilterNumbers.callFilter!.allowedNumbers).toContain('+15555555555');
      const blocked = await gateway.query(AddCallFilterNumbersDocument, { input: { ...target, list: 'BLOCKED', numbers: ['+15555556666'] } });
      expect(blocked.body.data!.addCallFilterNumbers.callFilter!.blockedNumbers).toContain('+15555556666');
    });

    it('should show each change of one request in its own payload', async () => {
      const [line] = seed.acme;
      const target = `subscriberId: "${line!.subscriberId}", filterId: "${line!.callFilterId}", list: ALLOWED`;
      const reply = await gateway.query(`mutation {
        added: addCallFilterNumbers(input: { ${target}, numbers: ["+18015550100"] }) { callFilter { allowedNumbers } }
        removed: removeCallFilterNumbers(input: { ${target}, numbers: ["+18015550001"] }) { callFilter { allowedNumbers } }
      }`);
      expect(reply.body).toEqual({
        data: {
          added: { callFilter: { allowedNumbers: ['+18015550001', '+18015550002', '+18015550100'] } },
          removed: { callFilter: { allowedNumbers: ['+18015550002', '+18015550100'] } },
        },
        extensions: answerExtensions(),
      });
    });

    it('should remove numbers, and refuse (changing nothing) a number that is not on the list', async () => {
      const [line] = seed.acme;
      const target = { subscriberId: line!.subscriberId, filterId: line!.callFilterId, list: 'BLOCKED' as const };
      const missing = await gateway.query(RemoveCallFilterNumbersDocument, { input: { ...target, numbers: ['+18015559999', '+18015550123'] } });
      expect(firstError(missing)).toMatchObject({ code: 'BAD_USER_INPUT', endpoint: 'POST /v1.0/subscribers/call-filter/blocked-numbers/remove' });
      expect(firstError(missing).message).toContain('+18015550123');

      const removed = await gateway.query(RemoveCallFilterNumbersDocument, { input: { ...target, numbers: ['+18015559999'] } });
      expect(removed.body.data!.removeCallFilterNumbers.callFilter).toMatchObject({ blockedNumbers: [], allowedNumbers: ['+18015550001', '+18015550002'] });
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['no numbers', { numbers: [] }, 'input.numbers'],
      ['a number that is not E.164', { numbers: ['+18015550100', '+18015550101', '555-0102'] }, 'input.numbers[2]'],
      ['a North American number one digit short', { numbers: ['+1555555123'] }, 'input.numbers[0]'],
      ['a North American number one digit long', { numbers: ['+155555512345'] }, 'input.numbers[0]'],
      ['a number of no country', { numbers: ['+999123456789'] }, 'input.numbers[0]'],
      ['a filter ID of another kind', { filterId: 'MFID-1' }, 'input.filterId'],
      ['a subscriber ID of another kind', { subscriberId: 'AID-1' }, 'input.subscriberId'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const input = { subscriberId: 'TSUID-1', filterId: 'CFID-1', list: 'ALLOWED', numbers: ['+18015550100'], ...change };
      await expectRefusedLocally(gateway, AddCallFilterNumbersDocument, input, field);
      await expectRefusedLocally(gateway, RemoveCallFilterNumbersDocument, input, field);
    });

    it('should answer NOT_FOUND for a filter of another subscriber', async () => {
      const [line, neighbour] = seed.acme;
      const reply = await gateway.query(AddCallFilterNumbersDocument, {
        input: { subscriberId: line!.subscriberId, filterId: neighbour!.callFilterId, list: 'ALLOWED', numbers: ['+18015550100'] },
      });
      expect(firstError(reply)).toMatchObject({ code: 'NOT_FOUND', endpoint: 'POST /v1.0/subscribers/call-filter/allowed-numbers/add' });
    });
  });
});
