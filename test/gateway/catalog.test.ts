import { AccountRoutesDocument, AvailableNumbersDocument, ProductsAndMessagesDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

describe('root reads: available numbers, products, messages, account routes', () => {
  let gateway: TestGateway;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    gateway = await TestGateway.start();
    accounts = await gateway.sandbox.accountIds();
  });
  afterAll(async () => gateway.stop());

  it('should search numbers by area code first, then by ZIP code', async () => {
    const byArea = await gateway.query(AvailableNumbersDocument, { areaCode: '303', pageSize: 5 });
    expect(byArea.body.data!.availableNumbers!).toMatchObject({ page: 1, areas: [{ areaCode: '303' }] });
    expect(byArea.body.data!.availableNumbers!.numbers).toHaveLength(5);
    const fallback = await gateway.query(AvailableNumbersDocument, { areaCode: '212', zipCode: '07302', pageSize: 2 });
    expect(fallback.body.data!.availableNumbers!.areas.map((a) => a.areaCode)).toEqual(['201']);
  });

  it('should search with the one NumberType: MVNO and IOT are Telegent’s mobile pool (one upstream search), VOIP its VoIP numbers', async () => {
    const availability = async () => (await gateway.sandbox.stats()).byEndpoint['POST /v1.0/numbers/availability'] ?? 0;
    const before = await availability();
    const reply = await gateway.query(`{
      mvno: availableNumbers(numberType: MVNO, areaCode: "303", pageSize: 3) { numbers }
      iot: availableNumbers(numberType: IOT, areaCode: "303", pageSize: 3) { numbers }
      voip: availableNumbers(numberType: VOIP, areaCode: "303", pageSize: 3) { numbers }
    }`);
    expect(reply.body.errors).toBeUndefined();
    const { mvno, iot, voip } = reply.body.data as Record<string, { numbers: string[] }>;
    expect(mvno!.numbers).toHaveLength(3);
    expect(iot).toEqual(mvno);
    expect(voip!.numbers).toHaveLength(3);
    expect(await availability()).toBe(before + 2);
  });

  it('should refuse the number types of the old schema (MOBILE) as an unknown enum value', async () => {
    const reply = await gateway.query('{ availableNumbers(numberType: MOBILE) { total } }');
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it.each([
    [{ areaCode: '20' }, 'areaCode'],
    [{ zipCode: '1234' }, 'zipCode'],
    [{ pageSize: 101 }, 'pageSize'],
  ])('should refuse %j before calling the upstream', async (variables, field) => {
    const before = (await gateway.sandbox.stats()).total;
    const reply = await gateway.query(AvailableNumbersDocument, variables);
    expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect((await gateway.sandbox.stats()).total).toBe(before);
  });

  it('should list products and a number’s messages, newest first', async () => {
    const line = (await gateway.sandbox.client().get('/distributor/subscribers')).body.Results[2].PhoneNumbers[0];
    await gateway.sandbox.admin('POST', 'inbound-message', { From: '+18015737111', To: line, Body: 'hello back' });
    const reply = await gateway.query(ProductsAndMessagesDocument, { phoneNumber: line });
    expect(reply.body.errors).toBeUndefined();
    expect(reply.body.data!.products).toHaveLength(7);
    expect(reply.body.data!.products![0]).toMatchObject({ id: expect.stringMatching(/^PRID-/), billingFrequency: expect.stringMatching(/^(MRC|NRC)$/) });
    const messages = reply.body.data!.messages!;
    expect(messages.totalCount).toBe(2);
    expect(messages.items[0]).toMatchObject({ direction: 'INBOUND', from: '+18015737111', to: line, body: 'hello back', status: 'RECEIVED', kind: 'SMS' });
    const inboundOnly = await gateway.query(ProductsAndMessagesDocument, { phoneNumber: line, direction: 'OUTBOUND' });
    expect(inboundOnly.body.data!.messages!.items.map((m) => m.direction)).toEqual(['OUTBOUND']);
  });

  it('should answer NOT_FOUND for the messages of a number outside the inventory', async () => {
    const reply = await gateway.query(ProductsAndMessagesDocument, { phoneNumber: '+18015550000' });
    expect(reply.body.errors![0]).toMatchObject({ path: ['messages'], extensions: { code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'GET /v1.0/message/search' } } });
    expect(reply.body.data!.products).toHaveLength(7);
  });

  it("should list an account's own routes", async () => {
    const acme = await gateway.query(AccountRoutesDocument, { id: accounts['Acme Mobile']! });
    expect(acme.body.data!.account).toEqual({
      messageRoutes: [{ name: 'Acme SMS Webhook' }, { name: 'Acme IoT Ingest' }],
      voiceRoutes: [{ name: 'Acme SIP Trunk' }],
    });
    const doe = await gateway.query(AccountRoutesDocument, { id: accounts['Doe Family']! });
    expect(doe.body.data!.account).toEqual({ messageRoutes: [{ name: 'Doe Family SMS' }], voiceRoutes: [] });
  });
});
