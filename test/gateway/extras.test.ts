import { AccountExtrasDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';

describe('services, webhooks, workgroups, subscription features, voicemail', () => {
  it('should read them through the graph without exposing credentials or the PIN', async () => {
    const gateway = await TestGateway.start();
    try {
      const sandbox = gateway.sandbox.client();
      const acme = (await gateway.sandbox.accountIds())['Acme Mobile']!;
      const line = (await sandbox.get('/distributor/subscribers')).body.Results[2].PhoneNumbers[0];
      await sandbox.post('/services', { ServiceName: 'Premium Support', Cost: 5.5, BillingFrequency: 'MRC' });
      await sandbox.post('/webhook/create', {
        AccountId: acme,
        WebhookUrl: 'https://hooks.acme-mobile.example/events',
        AuthenticationType: 'Token',
        AuthenticationToken: 'hook-secret-token',
        SubscribedEvents: 'Order_Update, New_Sms',
      });
      const [workgroup] = (await sandbox.get('/account/workgroups', { AccountId: acme })).body.Results;
      await sandbox.post('/workgroups/activity', { WorkgroupId: workgroup.WorkgroupId, Type: 'User', DigitOrder: 1, PhoneNumber: line });
      await sandbox.post('/numbers/voicemail/activate', { PhoneNumber: line, PIN: '8642', Email: 'ava@acme-mobile.example', FirstName: 'Ava' });

      const reply = await gateway.query(AccountExtrasDocument, { id: acme, number: line });
      expect(reply.body.errors).toBeUndefined();
      const data = reply.body.data!;
      expect(data.services).toEqual([{ id: expect.stringMatching(/^SID-/), name: 'Premium Support', cost: '5.50', billingFrequency: 'MRC' }]);
      expect(data.account!.webhooks).toEqual([
        { id: expect.stringMatching(/^WID-/), url: 'https://hooks.acme-mobile.example/events', method: 'POST', events: ['ORDER_UPDATE', 'NEW_SMS'], active: true, authenticationType: 'BEARER' },
      ]);
      expect(data.account!.workgroups).toEqual([
        { id: workgroup.WorkgroupId, name: 'Acme Support', type: 'ROUND_ROBIN', timeZone: 'America/Denver', members: [{ id: expect.stringMatching(/^WAID-/), type: 'USER', digitOrder: 1, phoneNumber: line }] },
      ]);
      expect(data.phoneNumber!.subscription!.features).toEqual([{ name: 'International Roaming', type: 'Roaming' }]);
      expect(data.phoneNumber!.voicemail).toEqual({ status: 'Active', email: 'ava@acme-mobile.example', firstName: 'Ava', lastName: null });
      expect(JSON.stringify(reply.body)).not.toMatch(/hook-secret-token|8642/);
    } finally {
      await gateway.stop();
    }
  });
});
