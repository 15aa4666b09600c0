import type { Input } from '../input';
import type { ProductRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { activeFilter, listScope } from './scope';

export const BILLING_FREQUENCIES = ['MRC', 'NRC'] as const;

/** Products are the distributor's catalog (REFERENCE.md §3.13): every account of it sees them. */
export function toProductWire(product: ProductRecord): Record<string, unknown> {
  return {
    ProductId: product.id,
    SKU: product.sku,
    Description: product.description,
    AggregatorId: product.aggregatorId,
    DistributorId: product.distributorId,
    Type: product.type,
    SubType: product.subType,
    Cost: product.cost,
    BillingFrequency: product.billingFrequency,
    Active: product.active,
  };
}

function applyFields(product: ProductRecord, body: Input, creating: boolean): void {
  product.sku = body.string('SKU', { required: creating, maxLength: 100 }) ?? product.sku;
  product.description = body.string('Description', { required: creating, maxLength: 500 }) ?? product.description;
  product.type = body.string('Type', { required: creating, maxLength: 100 }) ?? product.type;
  product.subType = body.string('SubType', { maxLength: 100 }) ?? product.subType;
  product.cost = body.number('Cost', { required: creating, min: 0 }) ?? product.cost;
  product.billingFrequency = body.oneOf('BillingFrequency', BILLING_FREQUENCIES, { required: creating }) ?? product.billingFrequency;
}

export function findProduct(ctx: RouteContext, input: Input): ProductRecord {
  return ctx.state.products.owned(input.id('ProductId', ['PRID'], { required: true }), ctx.caller.id);
}

export const productRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/products',
    handle(ctx) {
      const product: ProductRecord = {
        id: '',
        distributorId: ctx.caller.id,
        sku: '',
        description: '',
        type: '',
        subType: null,
        cost: 0,
        billingFrequency: 'MRC',
        aggregatorId: ctx.caller.aggregatorId,
        active: true,
      };
      applyFields(product, ctx.body, true);
      product.id = ctx.state.entropy.id('PRID');
      return toProductWire(ctx.state.products.insert(product));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/products/update',
    handle(ctx) {
      const stored = findProduct(ctx, ctx.body);
      const updated = { ...stored };
      applyFields(updated, ctx.body, false);
      Object.assign(stored, updated);
      // The update answer is the short form (REFERENCE.md §3.13).
      const { ProductId, SKU, Description, Type, SubType, Cost, BillingFrequency } = toProductWire(stored);
      return { ProductId, SKU, Description, Type, SubType, Cost, BillingFrequency };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/products',
    handle(ctx) {
      return toProductWire(findProduct(ctx, ctx.query));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/products',
    handle(ctx) {
      const scope = listScope(ctx);
      const { filter, keeps } = activeFilter(ctx.query);
      const products = ctx.state.products.ofDistributor(ctx.caller.id).filter((p) => keeps(p.active));
      return { AccountId: scope.ownerId, TotalProducts: products.length, Filter: filter, Results: products.map(toProductWire) };
    },
  },
];
