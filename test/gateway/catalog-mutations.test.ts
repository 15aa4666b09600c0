import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  AddPackageItemDocument,
  AddServiceItemDocument,
  CatalogPackageDocument,
  type CatalogPackageFragment,
  CatalogProductsDocument,
  CatalogServicesDocument,
  CreatePackageDocument,
  CreateProductDocument,
  CreateServiceDocument,
  RemovePackageItemDocument,
  UpdatePackageDocument,
  UpdateProductDocument,
  UpdateServiceDocument,
  UpdateServiceItemDocument,
} from '../__generated__/operations';
import { savedServiceItem } from '../../src/telegent/catalog/writes';
import { TestGateway } from '../helpers/gateway';
import { UNKNOWN_ID, expectRefusedLocally } from '../helpers/mutations';

describe('catalog mutations', () => {
  let gateway: TestGateway;
  let products: Record<string, string>;
  let packages: Record<string, string>;
  let subscriberId: string;

  /** A package as `node` answers it. */
  const packageNode = async (id: string): Promise<CatalogPackageFragment> => (await gateway.query(CatalogPackageDocument, { id })).body.data!.node as CatalogPackageFragment;
  const calls = async (endpoint: string): Promise<number> => (await gateway.sandbox.stats()).byEndpoint[endpoint] ?? 0;

  beforeAll(async () => {
    // The tests read the sandbox directly too; the quota is not what they are about.
    gateway = await TestGateway.start({ sandbox: { rateLimitPerMinute: 100_000 }, env: { UPSTREAM_RATE_LIMIT_PER_MINUTE: '100000' } });
    const sandbox = gateway.sandbox.client();
    products = Object.fromEntries((await sandbox.get('/account/products')).body.Results.map((p: { SKU: string; ProductId: string }) => [p.SKU, p.ProductId]));
    packages = Object.fromEntries((await sandbox.get('/account/packages')).body.Results.map((p: { PackageName: string; PackageId: string }) => [p.PackageName, p.PackageId]));
    subscriberId = (await sandbox.get('/distributor/subscribers', { TotalPerPage: 5 })).body.Results[3].SubscriberId;
  });
  afterAll(() => gateway.stop());

  describe('products', () => {
    it('should add a product to the catalog, and show it in a later query', async () => {
      const input = { sku: 'ROAM-EU', description: 'EU roaming pass', type: 'vas', subType: 'Roaming', cost: '4.5', billingFrequency: 'NRC' } as const;
      const reply = await gateway.query(CreateProductDocument, { input });
      expect(reply.body.errors).toBeUndefined();
      const product = reply.body.data!.createProduct.product;
      expect(product).toEqual({ id: expect.stringMatching(/^PRID-/), ...input, cost: '4.50', active: true });
      expect((await gateway.query(CatalogProductsDocument)).body.data!.products).toContainEqual(product);
    });

    it('should change only the fields sent, and answer the product as the catalog shows it', async () => {
      const productId = products['VAS035']!;
      const reply = await gateway.query(UpdateProductDocument, { input: { productId, cost: '0.0045', billingFrequency: 'NRC', subType: 'AI Operator' } });
      expect(reply.body.errors).toBeUndefined();
      const product = reply.body.data!.updateProduct.product;
      expect(product).toEqual({
        id: productId,
        sku: 'VAS035',
        description: 'Fraud Detection + Blocking',
        type: 'VAS',
        subType: 'AI Operator',
        cost: '0.0045',
        billingFrequency: 'NRC',
        active: true,
      });
      expect((await gateway.query(CatalogProductsDocument)).body.data!.products).toContainEqual(product);
    });

    const product = { sku: 'X-1', description: 'X', type: 'data', cost: '1', billingFrequency: 'MRC' };
    it.each<[string, Record<string, unknown>, string]>([
      ['a blank SKU', { ...product, sku: '  ' }, 'input.sku'],
      ['a SKU over 100 characters', { ...product, sku: 'S'.repeat(101) }, 'input.sku'],
      ['a description over 500 characters', { ...product, description: 'd'.repeat(501) }, 'input.description'],
      ['a blank type', { ...product, type: '' }, 'input.type'],
      ['a blank subtype', { ...product, subType: ' ' }, 'input.subType'],
      ['a negative cost', { ...product, cost: '-0.01' }, 'input.cost'],
      ['a cost too large to stay exact', { ...product, cost: '100000000000' }, 'input.cost'],
    ])('should refuse to create a product with %s before calling the upstream', async (_, input, field) => {
      await expectRefusedLocally(gateway, CreateProductDocument, input, field);
    });

    it.each<[string, Record<string, unknown>, string | undefined]>([
      ['a package ID for the product', { productId: 'PID-1', cost: '1' }, 'input.productId'],
      ['a negative cost', { productId: 'PRID-1', cost: '-3' }, 'input.cost'],
      ['a cost with five decimals', { productId: 'PRID-1', cost: '0.00001' }, undefined],
      ['a billing frequency outside MRC and NRC', { productId: 'PRID-1', billingFrequency: 'USAGE' }, undefined],
    ])('should refuse to update a product with %s before calling the upstream', async (_, input, field) => {
      await expectRefusedLocally(gateway, UpdateProductDocument, input, field);
    });

    it('should answer NOT_FOUND for an unknown product, and for another distributor’s', async () => {
      const initech = (await gateway.sandbox.client(1).post('/products', { SKU: 'INI-1', Description: 'Initech only', Type: 'data', Cost: 1, BillingFrequency: 'MRC' })).body;
      for (const productId of [`PRID-${UNKNOWN_ID}`, initech.ProductId]) {
        const reply = await gateway.query(UpdateProductDocument, { input: { productId, cost: '2' } });
        expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/products/update' } });
      }
    });
  });

  describe('packages', () => {
    it('should create a package with its items (prices sent as strings, defaults from the products) and show it later', async () => {
      const since = (await gateway.sandbox.admin('GET', 'requests')).body.requests.at(-1).seq;
      const reply = await gateway.query(CreatePackageDocument, {
        input: {
          name: 'Travel 5GB',
          type: 'esim',
          price: '24.99',
          monthly: true,
          description: 'Five gigabytes for the road',
          subscriberId,
          items: [{ productId: products['eSim']! }, { productId: products['DATA-1GB']!, price: '12.5', monthly: false, type: 'data-bucket' }],
        },
      });
      expect(reply.body.errors).toBeUndefined();
      const created = reply.body.data!.createPackage.package;
      expect(created).toEqual({
        id: expect.stringMatching(/^PID-/),
        name: 'Travel 5GB',
        description: 'Five gigabytes for the road',
        type: 'esim',
        price: '24.99',
        monthly: true,
        active: true,
        subscriber: { id: subscriberId, name: expect.any(String) },
        items: [
          { id: expect.stringMatching(/^PIID-/), price: '0.00', monthly: false, type: 'esim', product: { id: products['eSim'], sku: 'eSim' } },
          { id: expect.stringMatching(/^PIID-/), price: '12.50', monthly: false, type: 'data-bucket', product: { id: products['DATA-1GB'], sku: 'DATA-1GB' } },
        ],
      });
      const sent = (await gateway.sandbox.admin('GET', `requests?since=${since}`)).body.requests.find((r: { endpoint: string }) => r.endpoint === 'POST /v1.0/packages');
      expect(sent.body.PackageItems[1].Price).toBe('12.50');
      expect(await packageNode(created.id)).toEqual(created);
    });

    it('should create nothing when one item names an unknown product', async () => {
      const count = async (): Promise<number> => (await gateway.sandbox.client().get('/account/packages')).body.TotalPackages;
      const before = await count();
      const reply = await gateway.query(CreatePackageDocument, {
        input: { name: 'Broken', type: 'esim', price: '1', monthly: true, items: [{ productId: products['eSim']! }, { productId: `PRID-${UNKNOWN_ID}` }] },
      });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/packages' } });
      expect(await count()).toBe(before);
    });

    it('should change a package’s definition, and show it later', async () => {
      const packageId = packages['IoT Fleet']!;
      const reply = await gateway.query(UpdatePackageDocument, { input: { packageId, name: 'IoT Fleet Plus', price: '5.49', monthly: true } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.updatePackage.package).toMatchObject({ id: packageId, name: 'IoT Fleet Plus', type: 'iot', price: '5.49', subscriber: null });
      expect(await packageNode(packageId)).toMatchObject({ name: 'IoT Fleet Plus', price: '5.49' });
    });

    it('should add an item, and answer it with the package that now holds it', async () => {
      const packageId = packages['Starter']!;
      const reply = await gateway.query(AddPackageItemDocument, { input: { packageId, productId: products['VOICE-UNL']!, price: '7' } });
      expect(reply.body.errors).toBeUndefined();
      const { item, package: pkg } = reply.body.data!.addPackageItem;
      expect(item).toEqual({ id: expect.stringMatching(/^PIID-/), price: '7.00', monthly: true, type: 'voice', product: { id: products['VOICE-UNL'], sku: 'VOICE-UNL' } });
      expect(pkg!.id).toBe(packageId);
      expect(pkg!.items).toContainEqual(item);
    });

    it('should remove an item, and answer the package without it', async () => {
      const packageId = packages['Family 10GB']!;
      const [first, ...rest] = (await packageNode(packageId)).items!;
      const reply = await gateway.query(RemovePackageItemDocument, { input: { packageId, packageItemId: first!.id } });
      expect(reply.body.errors).toBeUndefined();
      expect(reply.body.data!.removePackageItem).toMatchObject({ deletedId: first!.id, package: { id: packageId, items: rest } });
      expect((await packageNode(packageId)).items).toEqual(rest);
    });

    it('should answer NOT_FOUND for an item that is not in the package named, and delete nothing', async () => {
      const other = (await packageNode(packages['Unlimited']!)).items![0]!;
      const deletes = await calls('POST /v1.0/packages/items/delete');
      const reply = await gateway.query(RemovePackageItemDocument, { input: { packageId: packages['Starter']!, packageItemId: other.id } });
      expect(reply.body.errors![0]!.extensions!.code).toBe('NOT_FOUND');
      expect(await calls('POST /v1.0/packages/items/delete')).toBe(deletes);
      expect((await packageNode(packages['Unlimited']!)).items![0]).toEqual(other);
    });

    const pkg = { name: 'P', type: 'esim', price: '9.99', monthly: true };
    it.each<[string, TypedDocumentNode<any, any>, Record<string, unknown>, string]>([
      ['a blank name', CreatePackageDocument, { ...pkg, name: ' ' }, 'input.name'],
      ['a name over 255 characters', CreatePackageDocument, { ...pkg, name: 'n'.repeat(256) }, 'input.name'],
      ['a blank type', CreatePackageDocument, { ...pkg, type: '' }, 'input.type'],
      ['a negative price', CreatePackageDocument, { ...pkg, price: '-1' }, 'input.price'],
      ['an account ID for the subscriber', CreatePackageDocument, { ...pkg, subscriberId: 'AID-1' }, 'input.subscriberId'],
      ['an item naming a package for its product', CreatePackageDocument, { ...pkg, items: [{ productId: 'PRID-1' }, { productId: 'PID-1' }] }, 'input.items[1].productId'],
      ['an item with a negative price', CreatePackageDocument, { ...pkg, items: [{ productId: 'PRID-1', price: '-2' }] }, 'input.items[0].price'],
      ['an item with a blank type', CreatePackageDocument, { ...pkg, items: [{ productId: 'PRID-1', type: ' ' }] }, 'input.items[0].type'],
      ['a product ID for the package', UpdatePackageDocument, { packageId: 'PRID-1', name: 'X' }, 'input.packageId'],
      ['a description over 500 characters', UpdatePackageDocument, { packageId: 'PID-1', description: 'd'.repeat(501) }, 'input.description'],
      ['a subscriber ID for the product', AddPackageItemDocument, { packageId: 'PID-1', productId: 'TSUID-1' }, 'input.productId'],
      ['a malformed package ID', AddPackageItemDocument, { packageId: 'PID', productId: 'PRID-1' }, 'input.packageId'],
      ['an item with a negative price', AddPackageItemDocument, { packageId: 'PKID-1', productId: 'PRID-1', price: '-0.5' }, 'input.price'],
      ['a package ID for the item', RemovePackageItemDocument, { packageId: 'PID-1', packageItemId: 'PID-2' }, 'input.packageItemId'],
    ])('should refuse %s (%#) before calling the upstream', async (_, document, input, field) => {
      await expectRefusedLocally(gateway, document, input, field);
    });

    it.each<[string, TypedDocumentNode<any, any>, Record<string, unknown>, string]>([
      ['updatePackage of an unknown package', UpdatePackageDocument, { packageId: `PID-${UNKNOWN_ID}`, name: 'X' }, 'POST /v1.0/packages/update'],
      ['updatePackage tying it to an unknown subscriber', UpdatePackageDocument, { packageId: 'PID-?', subscriberId: `TSUID-${UNKNOWN_ID}` }, 'POST /v1.0/packages/update'],
      ['addPackageItem of an unknown product', AddPackageItemDocument, { packageId: 'PID-?', productId: `PRID-${UNKNOWN_ID}` }, 'POST /v1.0/packages/items/add'],
      ['addPackageItem to an unknown package', AddPackageItemDocument, { packageId: `PID-${UNKNOWN_ID}`, productId: 'PRID-?' }, 'POST /v1.0/packages/items/add'],
      ['removePackageItem from an unknown package', RemovePackageItemDocument, { packageId: `PID-${UNKNOWN_ID}`, packageItemId: 'PIID-1' }, 'GET /v1.0/packages/items'],
    ])('should answer NOT_FOUND for %s', async (_, document, input, endpoint) => {
      const resolved = JSON.parse(JSON.stringify(input).replace('PID-?', packages['Starter']!).replace('PRID-?', products['eSim']!));
      const reply = await gateway.query(document, { input: resolved });
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint } });
    });
  });

  describe('services', () => {
    let serviceId: string;

    it('should create a service, then change it, and show it in a later query', async () => {
      const created = await gateway.query(CreateServiceDocument, { input: { name: 'Number porting desk', description: 'Assisted port-ins', cost: '15', billingFrequency: 'NRC' } });
      expect(created.body.errors).toBeUndefined();
      const service = created.body.data!.createService.service;
      expect(service).toEqual({
        id: expect.stringMatching(/^SID-/),
        name: 'Number porting desk',
        description: 'Assisted port-ins',
        cost: '15.00',
        billingFrequency: 'NRC',
        active: true,
        items: [],
      });
      serviceId = service.id;

      const updated = await gateway.query(UpdateServiceDocument, { input: { serviceId, cost: '12.5', billingFrequency: 'MRC' } });
      expect(updated.body.errors).toBeUndefined();
      expect(updated.body.data!.updateService.service).toEqual({ ...service, cost: '12.50', billingFrequency: 'MRC' });
      expect((await gateway.query(CatalogServicesDocument)).body.data!.services).toContainEqual(updated.body.data!.updateService.service);
    });

    it('should add price points per scope, list them on the service, and change one named by its scope', async () => {
      const base = await gateway.query(AddServiceItemDocument, { input: { serviceId } });
      expect(base.body.errors).toBeUndefined();
      expect(base.body.data!.addServiceItem.item).toEqual({ aggregatorId: null, distributorId: null, price: '12.50', monthly: true });

      const tier = await gateway.query(AddServiceItemDocument, { input: { serviceId, aggregatorId: 'AGG-abc123', price: '9.99', monthly: false } });
      expect(tier.body.data!.addServiceItem).toEqual({
        item: { aggregatorId: 'AGG-abc123', distributorId: null, price: '9.99', monthly: false },
        service: expect.objectContaining({ id: serviceId, items: [base.body.data!.addServiceItem.item, { aggregatorId: 'AGG-abc123', distributorId: null, price: '9.99', monthly: false }] }),
      });

      const changed = await gateway.query(UpdateServiceItemDocument, { input: { serviceId, aggregatorId: 'AGG-abc123', price: '8.75' } });
      expect(changed.body.errors).toBeUndefined();
      expect(changed.body.data!.updateServiceItem.item).toEqual({ aggregatorId: 'AGG-abc123', distributorId: null, price: '8.75', monthly: false });
      const later = (await gateway.query(CatalogServicesDocument)).body.data!.services!.find((s) => s.id === serviceId)!;
      expect(later.items).toEqual([base.body.data!.addServiceItem.item, changed.body.data!.updateServiceItem.item]);
    });

    it('should answer NOT_FOUND for a price point of a scope the service has none for, and for an unknown service', async () => {
      const noScope = await gateway.query(UpdateServiceItemDocument, { input: { serviceId, distributorId: 'DID-nobody', price: '1' } });
      expect(noScope.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/services/items/update' } });
      const unknown = await gateway.query(UpdateServiceDocument, { input: { serviceId: `SID-${UNKNOWN_ID}`, name: 'X' } });
      expect(unknown.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/services/update' } });
      const item = await gateway.query(AddServiceItemDocument, { input: { serviceId: `SID-${UNKNOWN_ID}` } });
      expect(item.body.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', upstream: { status: 404, endpoint: 'POST /v1.0/services/items/add' } });
    });

    it.each<[string, TypedDocumentNode<any, any>, Record<string, unknown>, string]>([
      ['a blank name', CreateServiceDocument, { name: '\t' }, 'input.name'],
      ['a negative cost', CreateServiceDocument, { name: 'S', cost: '-1' }, 'input.cost'],
      ['a description over 500 characters', CreateServiceDocument, { name: 'S', description: 'd'.repeat(501) }, 'input.description'],
      ['a subscription ID for the service', UpdateServiceDocument, { serviceId: 'SUB-1', name: 'S' }, 'input.serviceId'],
      ['a blank name', UpdateServiceDocument, { serviceId: 'SID-1', name: '' }, 'input.name'],
      ['an aggregator ID of an unknown kind', AddServiceItemDocument, { serviceId: 'SID-1', aggregatorId: 'XYZ-1' }, 'input.aggregatorId'],
      ['an account ID for the distributor', AddServiceItemDocument, { serviceId: 'SID-1', distributorId: 'AID-1' }, 'input.distributorId'],
      ['a negative price', AddServiceItemDocument, { serviceId: 'SID-1', price: '-5' }, 'input.price'],
      ['a package ID for the service', UpdateServiceItemDocument, { serviceId: 'PID-1', price: '5' }, 'input.serviceId'],
      ['an aggregator ID over 100 characters', UpdateServiceItemDocument, { serviceId: 'SID-1', aggregatorId: `AGG-${'a'.repeat(97)}` }, 'input.aggregatorId'],
    ])('should refuse %s (%#) before calling the upstream', async (_, document, input, field) => {
      await expectRefusedLocally(gateway, document, input, field);
    });

    it('should count Service.items as one upstream call per service in the query cost', async () => {
      const before = (await gateway.sandbox.stats()).total;
      const reply = await gateway.query('{ a: services { items { price } } b: services { items { price } } c: services { items { price } } }');
      // 3 lists × 20 assumed services × 1 items read each, over the default 50.
      expect(reply.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_COST_EXCEEDED', estimatedUpstreamCalls: 60 });
      expect((await gateway.sandbox.stats()).total).toBe(before);
    });

    it('should take a price point answered with Successful: false for a failure, not a result', () => {
      const item = { ServiceId: 'SID-1', Price: 1, Monthly: true };
      expect(savedServiceItem({ ...item, Successful: true }, 'POST /v1.0/services/items/add')).toEqual({ ...item, Successful: true });
      expect(() => savedServiceItem({ ...item, Successful: false }, 'POST /v1.0/services/items/add')).toThrow(
        expect.objectContaining({ extensions: { code: 'UPSTREAM_ERROR', upstream: { status: 200, endpoint: 'POST /v1.0/services/items/add' } } }),
      );
    });
  });
});
