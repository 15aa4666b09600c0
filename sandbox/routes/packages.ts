import { badRequest } from '../errors';
import type { Input } from '../input';
import type { PackageItemRecord, PackageRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { findProduct } from './products';
import { activeFilter, listScope } from './scope';
import { toSubscriptionWire } from './subscriptions';

const PACKAGE_ID_PREFIXES = ['PID', 'PKID'];

/** A sellable bundle of products at one price (REFERENCE.md §3.13). */
function toPackageWire(pkg: PackageRecord): Record<string, unknown> {
  return {
    PackageId: pkg.id,
    PackageName: pkg.packageName,
    Description: pkg.description,
    DistributorId: pkg.distributorId,
    AggregatorId: pkg.aggregatorId,
    SubscriberId: pkg.subscriberId,
    Type: pkg.type,
    Price: pkg.price,
    Monthly: pkg.monthly,
    Active: pkg.active,
  };
}

function toPackageItemWire(item: PackageItemRecord): Record<string, unknown> {
  return {
    PackageItemId: item.id,
    PackageId: item.packageId,
    ProductId: item.productId,
    AggregatorId: item.aggregatorId,
    DistributorId: item.distributorId,
    Type: item.type,
    Price: item.price,
    Monthly: item.monthly,
    Active: item.active,
  };
}

/** Item prices arrive as strings (`"1.12"`) in the docs and as numbers elsewhere; both become numbers. */
function itemPrice(input: Input, label: string): number {
  const raw = input.any('Price');
  if (raw === undefined) return 0;
  const value = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw badRequest(`${label}Price '${String(raw)}' must be a non-negative amount.`);
  }
  return value;
}

function newItem(ctx: RouteContext, pkg: PackageRecord, input: Input, label: string): PackageItemRecord {
  const product = findProduct(ctx, input);
  return {
    id: ctx.state.entropy.id('PIID'),
    distributorId: ctx.caller.id,
    packageId: pkg.id,
    productId: product.id,
    type: input.string('Type', { maxLength: 100 }) ?? product.type,
    price: itemPrice(input, label),
    monthly: input.bool('Monthly') ?? product.billingFrequency === 'MRC',
    aggregatorId: pkg.aggregatorId,
    active: true,
  };
}

function applyFields(ctx: RouteContext, pkg: PackageRecord, body: Input, creating: boolean): void {
  pkg.packageName = body.string('PackageName', { required: creating, maxLength: 255 }) ?? pkg.packageName;
  pkg.description = body.string('Description', { maxLength: 500 }) ?? pkg.description;
  pkg.type = body.string('Type', { required: creating, maxLength: 100 }) ?? pkg.type;
  pkg.price = body.number('Price', { required: creating, min: 0 }) ?? pkg.price;
  pkg.monthly = body.bool('Monthly', { required: creating }) ?? pkg.monthly;
  const subscriberId = body.id('SubscriberId', ['TSUID', 'SID']);
  if (subscriberId !== undefined) pkg.subscriberId = ctx.state.subscribers.owned(subscriberId, ctx.caller.id).id;
}

function findPackage(ctx: RouteContext, input: Input): PackageRecord {
  return ctx.state.packages.owned(input.id('PackageId', PACKAGE_ID_PREFIXES, { required: true }), ctx.caller.id);
}

export const packageRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/packages',
    handle(ctx) {
      const pkg: PackageRecord = {
        id: ctx.state.entropy.id('PID'),
        distributorId: ctx.caller.id,
        packageName: '',
        description: null,
        subscriberId: null,
        type: '',
        price: 0,
        monthly: true,
        aggregatorId: ctx.caller.aggregatorId,
        active: true,
      };
      applyFields(ctx, pkg, ctx.body, true);
      // Every item is checked before anything is stored, so a bad item creates nothing.
      const items = (ctx.body.objects('PackageItems') ?? []).map((item, i) => newItem(ctx, pkg, item, `PackageItems[${i}].`));
      ctx.state.packages.insert(pkg);
      for (const item of items) ctx.state.packageItems.insert(item);
      return toPackageWire(pkg);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/packages/update',
    handle(ctx) {
      // Subscriptions refer to the package by ID, so they see the new definition at once;
      // nothing is copied into them (REFERENCE.md C12).
      const stored = findPackage(ctx, ctx.body);
      const updated = { ...stored };
      applyFields(ctx, updated, ctx.body, false);
      return toPackageWire(Object.assign(stored, updated));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/packages',
    handle(ctx) {
      return toPackageWire(findPackage(ctx, ctx.query));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/packages/items',
    handle(ctx) {
      const pkg = findPackage(ctx, ctx.query);
      const items = ctx.state.packageItems.values().filter((item) => item.packageId === pkg.id);
      return { PackageId: pkg.id, TotalItems: items.length, Results: items.map(toPackageItemWire) };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/packages/items/add',
    handle(ctx) {
      const pkg = findPackage(ctx, ctx.body);
      ctx.body.string('ProductId', { required: true });
      return toPackageItemWire(ctx.state.packageItems.insert(newItem(ctx, pkg, ctx.body, '')));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/packages/items/delete',
    handle(ctx) {
      const itemId = ctx.body.id('PackageItemId', ['PIID']);
      let item: PackageItemRecord;
      if (itemId !== undefined) {
        item = ctx.state.packageItems.owned(itemId, ctx.caller.id);
      } else {
        // Without PackageItemId the pair PackageId + ProductId names the item.
        const pkg = findPackage(ctx, ctx.body);
        const product = findProduct(ctx, ctx.body);
        const match = ctx.state.packageItems.values().find((i) => i.packageId === pkg.id && i.productId === product.id);
        if (!match) throw badRequest(`package '${pkg.id}' has no item for product '${product.id}'.`);
        item = match;
      }
      ctx.state.packageItems.delete(item.id);
      return { PackageItemId: item.id, Status: 'Deleted' };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/packages/subscriptions',
    handle(ctx) {
      const pkg = findPackage(ctx, ctx.query);
      const subscriptions = ctx.state.subscriptions.values().filter((s) => s.packageId === pkg.id);
      return { ...toPackageWire(pkg), Subscriptions: subscriptions.map(toSubscriptionWire) };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/packages',
    handle(ctx) {
      const scope = listScope(ctx);
      const { filter, keeps } = activeFilter(ctx.query);
      const packages = ctx.state.packages.ofDistributor(ctx.caller.id).filter((p) => keeps(p.active));
      return { AccountId: scope.ownerId, TotalPackages: packages.length, Filter: filter, Results: packages.map(toPackageWire) };
    },
  },
];
