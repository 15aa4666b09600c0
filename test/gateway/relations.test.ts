import { OrderByIdDocument, RelationsDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

describe('relations and orders', () => {
  let gateway: TestGateway;
  beforeAll(async () => {
    gateway = await TestGateway.start();
  });
  afterAll(async () => gateway.stop());

  it('should walk subscriber → subscriptions → subscriber, number (and back), package; and name the account admin', async () => {
    const accounts = await gateway.sandbox.accountIds();
    const subscriber = (await gateway.sandbox.client().get('/distributor/subscribers')).body.Results[2];
    const reply = await gateway.query(RelationsDocument, { subscriberId: subscriber.SubscriberId, accountId: accounts['Doe Family']! });
    expect(reply.body.errors).toBeUndefined();
    const subscriptions = reply.body.data!.subscriber!.subscriptions!;
    expect(subscriptions).toHaveLength(2); // an mvno and an iot line
    for (const subscription of subscriptions) {
      expect(subscription.subscriber).toEqual({ id: subscriber.SubscriberId });
      expect(subscriber.PhoneNumbers).toContain(subscription.number!.number);
      expect(subscription.number!.subscription).toEqual({ id: subscription.id });
      expect(subscription.package!.name).toEqual(expect.any(String));
    }
    expect(reply.body.data!.account!.admin).toEqual({ name: 'John Doe', email: 'john.doe@doe-family.example', role: 'MANAGER' });
    // Packages and products are the distributor's: every account sees the whole catalog.
    expect(reply.body.data!.account!.packages!.map((p) => p.name)).toEqual(['Starter', 'Family 10GB', 'Unlimited', 'IoT Fleet']);
    expect(reply.body.data!.account!.products).toHaveLength(7);
  });

  it('should read a port-in order with its history as the sandbox clock moves it', async () => {
    const submitted = await gateway.sandbox.client().post('/numbers/portin', {
      AccountId: (await gateway.sandbox.accountIds())['Acme Mobile'],
      PortInNumber: '+13135550146',
      CurrentCarrierName: 'Verizon',
      CurrentAccountNumber: '46512222',
      CurrentAccountPassword: '0000',
      CurrentBillingAddress: { Street1: '1 Main St', City: 'Lehi', State: 'UT', Zip: '84043' },
    });
    const id = submitted.body.OrderId;
    await gateway.sandbox.advanceClock(60);
    const reply = await gateway.query(OrderByIdDocument, { id });
    expect(reply.body.data!.order).toMatchObject({
      id,
      type: 'PortIn',
      status: 'PENDING_CARRIER_APPROVAL',
      numbers: ['+13135550146'],
      history: [{ status: 'SUBMITTED' }, { status: 'PENDING_CARRIER_APPROVAL' }],
    });
    expect(new Date(reply.body.data!.order!.history[1]!.at).getTime()).toBeGreaterThan(new Date(reply.body.data!.order!.history[0]!.at).getTime());
    expect((await gateway.query(OrderByIdDocument, { id: 'JNUOID-00000000-0000-4000-8000-000000000000' })).body.data).toEqual({ order: null });
  });
});
