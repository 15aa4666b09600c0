import { TestSandbox } from '../helpers/sandbox';

describe('messages', () => {
  let sb: TestSandbox;
  let lines: string[];
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => {
    await sb.reset();
    const subscribers = (await sb.client(1).get('/distributor/subscribers')).body.Results;
    lines = subscribers.map((s: { PhoneNumbers: string[] }) => s.PhoneNumbers[0]);
  });

  describe('POST /v1.0/message/outbound', () => {
    it('should queue one message per recipient and answer with the first one and every recipient', async () => {
      const reply = await sb.client(1).post('/message/outbound', {
        CampaignId: 'JCID-dsuhofh3882',
        To: [{ Number: '+18015737111' }, { Number: '+18014271919' }],
        From: lines[0],
        Body: 'Hello there!!!',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({
        MessageId: expect.stringMatching(/^TMID-/),
        Direction: 'Outbound',
        Type: 'p2p',
        CampaignId: 'JCID-dsuhofh3882',
        Cost: 0.009,
        Status: 'Queued',
        To: [{ Number: '+18015737111' }, { Number: '+18014271919' }],
        From: lines[0],
        Owner: lines[0],
        MessageType: 'sms',
      });
      const search = await sb.client(1).get('/message/search', { PhoneNumber: lines[0]! });
      expect(search.body.ResultsTotalRecords).toBe(2);
    });

    it('should send MMS when media is attached', async () => {
      const reply = await sb.client(1).post('/message/outbound', {
        To: [{ Number: '+18015737111' }],
        From: lines[0],
        Body: '',
        MmsMedia: [{ MediaURL: 'https://results.example/cat.png' }],
        MmsBase64: [{ Base64: 'dkjjkdflajdfjo3ji3jjljfkjaskjfad', BaseType: 'audio/wav' }],
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ MessageType: 'mms', Cost: 0.02, MmsMedia: [{ MediaUrl: 'https://results.example/cat.png' }] });
    });

    it('should deliver to a recipient on the platform as an inbound message on its number', async () => {
      await sb.client(1).post('/message/outbound', { To: [{ Number: lines[1] }], From: lines[0], Body: 'internal' });
      const inbox = await sb.client(1).get('/message/search', { PhoneNumber: lines[1]!, Direction: 'Inbound' });
      expect(inbox.body.Results).toEqual([expect.objectContaining({ Direction: 'Inbound', Status: 'Received', From: lines[0], Body: 'internal' })]);
    });

    it.each([
      ['no recipients', { To: [] }, 'To must contain at least one item'],
      ['a bad recipient', { To: [{ Number: '555-1234' }] }, "To[0].Number '555-1234' is not a valid E.164"],
      ['no From', { From: undefined }, 'From is required'],
      ['an empty SMS', { Body: '  ' }, 'Body is required for an SMS'],
      ['a relative media URL', { MmsMedia: [{ MediaUrl: '/x.png' }] }, 'MmsMedia[0].MediaUrl'],
      ['a bad MIME type', { MmsBase64: [{ Base64: 'abcd', BaseType: 'wav' }] }, "BaseType 'wav' is not a MIME type"],
    ])('should reject %s with 400', async (_name, change, message) => {
      const reply = await sb.client(1).post('/message/outbound', { To: [{ Number: '+18015737111' }], From: lines[0], Body: 'x', ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it("should answer 404 when From is not one of the caller's numbers", async () => {
      const foreign = await sb.client(0).post('/message/outbound', { To: [{ Number: '+18015737111' }], From: lines[0], Body: 'x' });
      expect(foreign.status).toBe(404);
    });
  });

  describe('GET /v1.0/message/details', () => {
    it('should show one recipient record whose status moves Queued → Sent → Delivered on the sandbox clock', async () => {
      const { MessageId } = (await sb.client(1).post('/message/outbound', { To: [{ Number: '+18015737111' }], From: lines[0], Body: 'hi' })).body;
      const first = await sb.client(1).get('/message/details', { MessageId });
      expect(first.body).toMatchObject({ MessageId, Direction: 'OUTBOUND', To: '+18015737111', Region: 'United States', Status: 'Queued' });
      await sb.advanceClock(1);
      expect((await sb.client(1).get('/message/details', { MessageId })).body.Status).toBe('Sent');
      await sb.advanceClock(2);
      expect((await sb.client(1).get('/message/details', { MessageId })).body.Status).toBe('Delivered');
    });

    it('should end Failed for a recipient ending in 999', async () => {
      const { MessageId } = (await sb.client(1).post('/message/outbound', { To: [{ Number: '+18015550999' }], From: lines[0], Body: 'hi' })).body;
      await sb.advanceClock(3);
      expect((await sb.client(1).get('/message/details', { MessageId })).body.Status).toBe('Failed');
    });

    it("should answer 404 for unknown, differently-cased or another distributor's IDs", async () => {
      const { MessageId } = (await sb.client(1).post('/message/outbound', { To: [{ Number: '+18015737111' }], From: lines[0], Body: 'hi' })).body;
      expect((await sb.client(0).get('/message/details', { MessageId })).status).toBe(404);
      expect((await sb.client(1).get('/message/details', { MessageId: MessageId.toLowerCase() })).status).toBe(404);
      expect((await sb.client(1).get('/message/details')).status).toBe(400);
    });
  });

  describe('GET /v1.0/message/search and /v1.0/message/filter', () => {
    beforeEach(async () => {
      for (let i = 0; i < 3; i += 1) {
        await sb.client(1).post('/message/outbound', { To: [{ Number: '+18015737111' }], From: lines[0], Body: `out ${i}` });
      }
      await sb.admin('POST', 'inbound-message', { From: '+18015737111', To: lines[0], Body: 'reply' });
    });

    it('should page, filter by direction and accept the number without +', async () => {
      const page = await sb.client(1).get('/message/search', { phoneNumber: lines[0]!.slice(1), PageNumber: 2, PageSize: 3 });
      expect(page.body).toMatchObject({ PhoneNumber: lines[0], ResultsTotalRecords: 4, ResultsPages: 2 });
      expect(page.body.Results).toHaveLength(1);
      expect(page.body.Results[0].Cost).toMatch(/^\$\d+\.\d{4}$/);
      const inbound = await sb.client(1).get('/message/search', { PhoneNumber: lines[0]!, Direction: 'inbound' });
      expect(inbound.body.Results.map((m: { Body: string }) => m.Body)).toEqual(['reply']);
    });

    it('should filter by date range', async () => {
      const today = new Date().toISOString().slice(0, 10);
      expect((await sb.client(1).get('/message/search', { PhoneNumber: lines[0]!, StartDate: today, EndDate: today })).body.ResultsTotalRecords).toBe(4);
      expect((await sb.client(1).get('/message/search', { PhoneNumber: lines[0]!, EndDate: '2020-01-01' })).body.ResultsTotalRecords).toBe(0);
      expect((await sb.client(1).get('/message/search', { PhoneNumber: lines[0]!, StartDate: '01/02/2025' })).status).toBe(400);
    });

    it('should list with lower-case enums and CreatedAt on message/filter', async () => {
      const reply = await sb.client(1).get('/message/filter', { PhoneNumber: lines[0]!, Page: 1, Results: 2 });
      expect(reply.body).toMatchObject({ Page: 1, Results: 2, Total: 4 });
      expect(reply.body.Messages).toHaveLength(2);
      expect(reply.body.Messages[0]).toMatchObject({ Direction: expect.stringMatching(/^(inbound|outbound)$/), Status: expect.stringMatching(/^[a-z]+$/) });
      expect(reply.body.Messages[0].CreatedAt).toMatch(/Z$/);
    });

    it("should answer 404 for a number outside the caller's inventory and 400 without one", async () => {
      expect((await sb.client(0).get('/message/search', { PhoneNumber: lines[0]! })).status).toBe(404);
      expect((await sb.client(0).get('/message/filter', { PhoneNumber: lines[0]! })).status).toBe(404);
      expect((await sb.client(1).get('/message/filter')).status).toBe(400);
      expect((await sb.client(1).get('/message/search', { PhoneNumber: lines[0]!, PageSize: 500 })).status).toBe(400);
    });
  });
});
