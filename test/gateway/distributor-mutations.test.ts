import { CreateDistributorDocument, UpdateDistributorDocument } from '../__generated__/operations';
import { TestGateway } from '../helpers/gateway';
import { API, send } from '../helpers/sandbox';

const CREATE = 'POST /v1.0/distributor/create';
const UPDATE = 'POST /v1.0/distributor/update';
const BILLING = { street1: '1 Tower Pl', street2: null, city: 'Denver', state: 'CO', zip: '80202', country: 'USA' };

describe('distributor mutations', () => {
  let gateway: TestGateway;
  let ownId: string;
  const total = async (): Promise<number> => (await gateway.sandbox.stats()).total;

  beforeAll(async () => {
    gateway = await TestGateway.start();
    ownId = (await gateway.sandbox.client().get('/distributor/subscribers', { TotalPerPage: 1 })).body.DistributorId;
  });
  afterAll(() => gateway.stop());

  describe('createDistributor', () => {
    it('should create a distributor and show its credentials once, and they should work at the token endpoint', async () => {
      const reply = await gateway.query(CreateDistributorDocument, { input: { name: 'Peak Wireless', billingAddress: BILLING } });
      expect(reply.body.errors).toBeUndefined();
      const { distributor, credentials } = reply.body.data!.createDistributor;
      expect(distributor).toEqual({
        id: expect.stringMatching(/^DID-/),
        name: 'Peak Wireless',
        accountKey: distributor.id,
        totalAccounts: 0,
        billingAddress: BILLING,
        mailingAddress: null,
      });
      expect(credentials).toEqual({ accountKey: distributor.id, accountSecret: expect.stringMatching(/^[0-9a-f]{24}$/) });

      const token = await send(`${gateway.sandbox.url}${API}/oauth2/tokens`, 'POST', { AccountKey: credentials.accountKey, AccountSecret: credentials.accountSecret });
      expect(token.status).toBe(200);
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a blank name', { name: ' ' }, 'input.name'],
      ['a name over 200 characters', { name: 'd'.repeat(201) }, 'input.name'],
      ['an address part over 200 characters', { name: 'D', mailingAddress: { street1: 's'.repeat(201) } }, 'input.mailingAddress.street1'],
    ])('should refuse %s before calling the upstream', async (_, input, field) => {
      const before = await total();
      const reply = await gateway.query(CreateDistributorDocument, { input } as never);
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should fail with UPSTREAM_OUTCOME_UNKNOWN when the answer is lost, storing nothing to replay', async () => {
      await gateway.sandbox.admin('PUT', 'faults', { rules: [{ endpoint: CREATE, drop: 'after', times: 1 }] });
      try {
        const lost = await gateway.query(CreateDistributorDocument, { input: { name: 'Lost Wireless' } });
        expect(lost.body.errors![0]!.extensions).toMatchObject({ code: 'UPSTREAM_OUTCOME_UNKNOWN', upstream: { endpoint: CREATE } });
        // No key, no record: the next call is a new distributor, with new credentials.
        const again = await gateway.query(CreateDistributorDocument, { input: { name: 'Lost Wireless' } });
        expect(again.body.data!.createDistributor.credentials.accountSecret).toMatch(/^[0-9a-f]{24}$/);
      } finally {
        await gateway.sandbox.admin('DELETE', 'faults');
      }
    });
  });

  describe('updateDistributor', () => {
    it('should rename a distributor it created and replace its mailing address, keeping the billing address', async () => {
      const created = (await gateway.query(CreateDistributorDocument, { input: { name: 'Ridge Mobile', billingAddress: BILLING } })).body.data!.createDistributor;
      const reply = await gateway.query(UpdateDistributorDocument, {
        input: { distributorId: created.distributor.id, name: 'Ridge Mobile Inc', mailingAddress: { street1: 'PO Box 9', city: 'Boulder' } },
      });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateDistributor.distributor).toEqual({
        ...created.distributor,
        name: 'Ridge Mobile Inc',
        mailingAddress: { street1: 'PO Box 9', street2: null, city: 'Boulder', state: null, zip: null, country: null },
      });
    });

    it('should update the gateway’s own distributor without passing on the secret Telegent answers with', async () => {
      const reply = await gateway.query(UpdateDistributorDocument, { input: { distributorId: ownId, name: 'Telegent Sandbox Distributor' } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updateDistributor.distributor).toMatchObject({ id: ownId, name: 'Telegent Sandbox Distributor', totalAccounts: 2 });
      expect(JSON.stringify(reply.body)).not.toContain('sandbox-secret');
      // Telegent's own answer does carry it.
      expect((await gateway.sandbox.client().post('/distributor/update', { DistributorId: ownId })).body.Secret).toBe('sandbox-secret');
    });

    it.each<[string, Record<string, unknown>, string]>([
      ['a distributor ID of the wrong kind', { distributorId: 'AID-1' }, 'input.distributorId'],
      ['a blank name', { name: '' }, 'input.name'],
    ])('should refuse %s before calling the upstream', async (_, change, field) => {
      const before = await total();
      const reply = await gateway.query(UpdateDistributorDocument, { input: { distributorId: ownId, ...change } } as never);
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await total()).toBe(before);
    });

    it('should answer NOT_FOUND for an unknown distributor and for one it did not create', async () => {
      const other = await gateway.sandbox.client(1).post('/distributor/create', { DistributorName: 'Not Ours' });
      for (const distributorId of ['DID-00000000-0000-4000-8000-000000000000', other.body.DistributorId]) {
        const reply = await gateway.query(UpdateDistributorDocument, { input: { distributorId, name: 'Mine Now' } });
        expect(reply.body.errors![0]!.extensions).toEqual({ requestId: expect.any(String), code: 'NOT_FOUND', upstream: { status: 404, endpoint: UPDATE } });
      }
    });
  });
});
