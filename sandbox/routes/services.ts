import { notFound } from '../errors';
import type { Input } from '../input';
import type { ServiceItemRecord, ServiceRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { BILLING_FREQUENCIES } from './products';
import { activeFilter, listScope } from './scope';

/** A service: a chargeable capability priced per distributor/aggregator through items (REFERENCE.md §3.13). */
function toServiceWire(service: ServiceRecord): Record<string, unknown> {
  return {
    ServiceId: service.id,
    ServiceName: service.serviceName,
    Description: service.description,
    Cost: service.cost,
    BillingFrequency: service.billingFrequency,
    Active: service.active,
  };
}

function toServiceItemWire(item: ServiceItemRecord): Record<string, unknown> {
  return {
    ServiceId: item.serviceId,
    AggregatorId: item.aggregatorId,
    DistributorId: item.itemDistributorId,
    Price: item.price,
    Monthly: item.monthly,
    Successful: true,
  };
}

function applyFields(service: ServiceRecord, body: Input, creating: boolean): void {
  service.serviceName = body.string('ServiceName', { required: creating, maxLength: 255 }) ?? service.serviceName;
  service.description = body.string('Description', { maxLength: 500 }) ?? service.description;
  service.cost = body.number('Cost', { min: 0 }) ?? service.cost;
  service.billingFrequency = body.oneOf('BillingFrequency', BILLING_FREQUENCIES) ?? service.billingFrequency;
}

function findService(ctx: RouteContext, input: Input): ServiceRecord {
  return ctx.state.services.owned(input.id('ServiceId', ['SID'], { required: true }), ctx.caller.id);
}

/** Items have no ID of their own upstream; they are keyed by service + price scope (REFERENCE.md §3.13). */
function itemScope(input: Input): { aggregatorId: string | null; itemDistributorId: string | null } {
  return {
    aggregatorId: input.string('AggregatorId', { maxLength: 100 }) ?? null,
    itemDistributorId: input.string('DistributorId', { maxLength: 100 }) ?? null,
  };
}

export const serviceRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/services',
    handle(ctx) {
      const service: ServiceRecord = {
        id: '',
        distributorId: ctx.caller.id,
        serviceName: '',
        description: null,
        cost: 0,
        billingFrequency: 'MRC',
        active: true,
      };
      applyFields(service, ctx.body, true);
      service.id = ctx.state.entropy.id('SID');
      return toServiceWire(ctx.state.services.insert(service));
    },
  },
  {
    method: 'POST',
    path: '/v1.0/services/update',
    handle(ctx) {
      const stored = findService(ctx, ctx.body);
      const updated = { ...stored };
      applyFields(updated, ctx.body, false);
      return toServiceWire(Object.assign(stored, updated));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/services',
    handle(ctx) {
      return toServiceWire(findService(ctx, ctx.query));
    },
  },
  {
    method: 'GET',
    path: '/v1.0/services/items',
    handle(ctx) {
      const service = findService(ctx, ctx.query);
      const items = ctx.state.serviceItems.values().filter((item) => item.serviceId === service.id);
      return { ServiceId: service.id, Results: items.map(toServiceItemWire) };
    },
  },
  {
    method: 'POST',
    path: '/v1.0/services/items/add',
    handle(ctx) {
      const service = findService(ctx, ctx.body);
      const item = ctx.state.serviceItems.insert({
        id: ctx.state.entropy.id('SIID'),
        distributorId: ctx.caller.id,
        serviceId: service.id,
        ...itemScope(ctx.body),
        price: ctx.body.number('Price', { min: 0 }) ?? service.cost,
        monthly: ctx.body.bool('Monthly') ?? service.billingFrequency === 'MRC',
      });
      return toServiceItemWire(item);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/services/items/update',
    handle(ctx) {
      const service = findService(ctx, ctx.body);
      const scope = itemScope(ctx.body);
      const item = ctx.state.serviceItems
        .values()
        .find((i) => i.serviceId === service.id && i.aggregatorId === scope.aggregatorId && i.itemDistributorId === scope.itemDistributorId);
      if (!item) throw notFound(`service item of '${service.id}' for that AggregatorId/DistributorId`);
      item.price = ctx.body.number('Price', { min: 0 }) ?? item.price;
      item.monthly = ctx.body.bool('Monthly') ?? item.monthly;
      return toServiceItemWire(item);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/account/services',
    handle(ctx) {
      const scope = listScope(ctx);
      const { filter, keeps } = activeFilter(ctx.query);
      const services = ctx.state.services.ofDistributor(ctx.caller.id).filter((s) => keeps(s.active));
      return { AccountId: scope.ownerId, TotalServices: services.length, Filter: filter, Results: services.map(toServiceWire) };
    },
  },
];
