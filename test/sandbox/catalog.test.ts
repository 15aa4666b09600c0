import { TestSandbox } from '../helpers/sandbox';

describe('catalog: products, packages, services', () => {
  let sb: TestSandbox;
  let accounts: Record<string, string>;
  beforeAll(async () => {
    sb = await TestSandbox.start({ rateLimitPerMinute: 10_000 });
    accounts = await sb.accountIds();
  });
  afterAll(async () => sb.stop());
  beforeEach(async () => sb.reset());

  const PRODUCT = { SKU: 'eSim', Description: 'Telegent eSim', Type: 'esim', SubType: 'esim', Cost: 12.34, BillingFrequency: 'MRC' };

  describe('products', () => {
    it('should create, read, update and list a product', async () => {
      const created = await sb.client(1).post('/products', PRODUCT);
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ ProductId: expect.stringMatching(/^PRID-/), ...PRODUCT, DistributorId: expect.stringMatching(/^DID-/), Active: true });
      const id = created.body.ProductId;
      const updated = await sb.client(1).post('/products/update', { ProductId: id, Cost: 10, BillingFrequency: 'nrc' });
      expect(updated.body).toEqual({ ProductId: id, SKU: 'eSim', Description: 'Telegent eSim', Type: 'esim', SubType: 'esim', Cost: 10, BillingFrequency: 'NRC' });
      expect((await sb.client(1).get('/products', { ProductId: id })).body).toMatchObject({ Cost: 10, BillingFrequency: 'NRC' });
      const list = await sb.client(1).get('/account/products');
      expect(list.body).toMatchObject({ TotalProducts: 1, Filter: 'All', Results: [expect.objectContaining({ ProductId: id })] });
    });

    it.each([
      ['SKU', { SKU: undefined }, 'SKU is required'],
      ['Cost', { Cost: -1 }, 'Cost must be at least 0'],
      ['Cost type', { Cost: '12' }, 'Path: $.Cost'],
      ['BillingFrequency', { BillingFrequency: 'Weekly' }, "BillingFrequency 'Weekly' is not valid"],
    ])('should reject a bad %s with 400', async (_name, change, message) => {
      const reply = await sb.client(1).post('/products', { ...PRODUCT, ...change });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain(message);
    });

    it("should list the distributor's seeded catalog and hide it from the other distributor", async () => {
      const mine = await sb.client(0).get('/account/products', { AccountId: accounts['Doe Family'], Filter: 'Active' });
      expect(mine.body).toMatchObject({ AccountId: accounts['Doe Family'], TotalProducts: 7, Filter: 'Active' });
      const id = mine.body.Results[0].ProductId;
      expect((await sb.client(1).get('/products', { ProductId: id })).status).toBe(404);
      expect((await sb.client(0).get('/account/products', { Filter: 'Inactive' })).body.TotalProducts).toBe(0);
    });
  });

  describe('packages', () => {
    async function seededProducts(): Promise<string[]> {
      return (await sb.client(0).get('/account/products')).body.Results.map((p: { ProductId: string }) => p.ProductId);
    }

    it('should create a package with items, taking string prices as numbers', async () => {
      const [esim, data] = await seededProducts();
      const created = await sb.client(0).post('/packages', {
        PackageName: 'Family 20GB',
        Description: '20GB data + unlimited SMS',
        Type: 'sip',
        Price: 49.99,
        Monthly: true,
        PackageItems: [
          { ProductId: esim, Price: '0.00', Monthly: false, Type: 'esim' },
          { ProductId: data, Price: '30.00', Monthly: true, Type: 'data' },
        ],
      });
      expect(created.status).toBe(200);
      expect(created.body).toMatchObject({ PackageId: expect.stringMatching(/^PID-/), PackageName: 'Family 20GB', Price: 49.99, Monthly: true, Active: true });
      const items = await sb.client(0).get('/packages/items', { PackageId: created.body.PackageId });
      expect(items.body).toMatchObject({ PackageId: created.body.PackageId, TotalItems: 2 });
      expect(items.body.Results.map((i: { Price: number }) => i.Price)).toEqual([0, 30]);
    });

    it('should create nothing when one item is bad', async () => {
      const [esim] = await seededProducts();
      const before = (await sb.client(0).get('/account/packages')).body.TotalPackages;
      const reply = await sb.client(0).post('/packages', {
        PackageName: 'Broken',
        Type: 'sip',
        Price: 1,
        Monthly: true,
        PackageItems: [{ ProductId: esim, Price: '1.00' }, { ProductId: esim, Price: 'free' }],
      });
      expect(reply.status).toBe(400);
      expect(reply.body.Message).toContain("PackageItems[1].Price 'free'");
      expect((await sb.client(0).get('/account/packages')).body.TotalPackages).toBe(before);
    });

    it('should add and delete items by id or by product, and accept the PKID- alias', async () => {
      const [esim, data] = await seededProducts();
      const pkg = (await sb.client(0).post('/packages', { PackageName: 'P', Type: 'esim', Price: 5, Monthly: true })).body;
      const added = await sb.client(0).post('/packages/items/add', { PackageId: pkg.PackageId, ProductId: esim, Price: '1.12', Monthly: false, Type: 'addon' });
      expect(added.body).toMatchObject({ PackageItemId: expect.stringMatching(/^PIID-/), Price: 1.12, Monthly: false, Type: 'addon' });
      await sb.client(0).post('/packages/items/add', { PackageId: pkg.PackageId.replace('PID-', 'PKID-'), ProductId: data });
      expect((await sb.client(0).post('/packages/items/delete', { PackageItemId: added.body.PackageItemId })).body).toEqual({
        PackageItemId: added.body.PackageItemId,
        Status: 'Deleted',
      });
      expect((await sb.client(0).post('/packages/items/delete', { PackageId: pkg.PackageId, ProductId: data })).status).toBe(200);
      expect((await sb.client(0).get('/packages/items', { PackageId: pkg.PackageId })).body.TotalItems).toBe(0);
      expect((await sb.client(0).post('/packages/items/delete', { PackageId: pkg.PackageId, ProductId: data })).status).toBe(400);
      expect((await sb.client(0).post('/packages/items/add', { PackageId: pkg.PackageId })).body.Message).toContain('ProductId is required');
    });

    it('should update the definition and show it through the subscriptions that use it', async () => {
      const list = (await sb.client(0).get('/account/packages')).body.Results;
      const starter = list.find((p: { PackageName: string }) => p.PackageName === 'Starter');
      const updated = await sb.client(0).post('/packages/update', { PackageId: starter.PackageId, Price: 24.99 });
      expect(updated.body).toMatchObject({ PackageId: starter.PackageId, PackageName: 'Starter', Price: 24.99 });
      const withSubscriptions = await sb.client(0).get('/packages/subscriptions', { PackageId: starter.PackageId });
      expect(withSubscriptions.body).toMatchObject({ PackageName: 'Starter', Price: 24.99 });
      expect(withSubscriptions.body.Subscriptions).toHaveLength(40);
      expect(withSubscriptions.body.Subscriptions[0]).toMatchObject({ PackageId: starter.PackageId, Active: true });
    });

    it('should validate required fields and hide other tenants', async () => {
      expect((await sb.client(0).post('/packages', { Type: 'sip', Price: 1, Monthly: true })).body.Message).toContain('PackageName is required');
      expect((await sb.client(0).post('/packages', { PackageName: 'x', Type: 'sip', Price: 1 })).body.Message).toContain('Monthly is required');
      const pkg = (await sb.client(0).get('/account/packages')).body.Results[0];
      expect((await sb.client(1).get('/packages', { PackageId: pkg.PackageId })).status).toBe(404);
      expect((await sb.client(1).get('/packages/subscriptions', { PackageId: pkg.PackageId })).status).toBe(404);
    });
  });

  describe('services', () => {
    it('should create, update, read and list services, and price them with items', async () => {
      const created = await sb.client(1).post('/services', { ServiceName: 'Premium Support', Description: '24/7', Cost: 5, BillingFrequency: 'MRC' });
      expect(created.body).toEqual({ ServiceId: expect.stringMatching(/^SID-/), ServiceName: 'Premium Support', Description: '24/7', Cost: 5, BillingFrequency: 'MRC', Active: true });
      const id = created.body.ServiceId;
      expect((await sb.client(1).post('/services/update', { ServiceId: id, Cost: 6 })).body.Cost).toBe(6);
      expect((await sb.client(1).get('/services', { ServiceId: id })).body.Cost).toBe(6);
      expect((await sb.client(1).get('/account/services')).body).toMatchObject({ TotalServices: 1, Results: [expect.objectContaining({ ServiceId: id })] });

      const item = await sb.client(1).post('/services/items/add', { ServiceId: id, AggregatorId: 'AGG-abc123', Price: 9.99, Monthly: true });
      expect(item.body).toEqual({ ServiceId: id, AggregatorId: 'AGG-abc123', DistributorId: null, Price: 9.99, Monthly: true, Successful: true });
      const changed = await sb.client(1).post('/services/items/update', { ServiceId: id, AggregatorId: 'AGG-abc123', Price: 7.5 });
      expect(changed.body.Price).toBe(7.5);
      expect((await sb.client(1).get('/services/items', { ServiceId: id })).body).toEqual({ ServiceId: id, Results: [changed.body] });
      expect((await sb.client(1).post('/services/items/update', { ServiceId: id, DistributorId: 'DID-x', Price: 1 })).status).toBe(404);
    });

    it('should need a ServiceName and hide other tenants', async () => {
      expect((await sb.client(1).post('/services', { Cost: 1 })).body.Message).toContain('ServiceName is required');
      const created = (await sb.client(1).post('/services', { ServiceName: 'x' })).body;
      expect((await sb.client(0).get('/services', { ServiceId: created.ServiceId })).status).toBe(404);
      expect((await sb.client(0).get('/services/items', { ServiceId: created.ServiceId })).status).toBe(404);
    });
  });
});
