import { badRequest } from '../errors';
import type { Input } from '../input';
import type { FeatureAssignmentRecord, FeatureRecord } from '../model';
import type { Route, RouteContext } from '../router';
import { findSubscription } from './subscriptions';

/** Optional add-ons (roaming, VoIP, SMS bundles, speed tiers) attachable to subscriptions (REFERENCE.md §3.14). */
function toFeatureWire(feature: FeatureRecord): Record<string, unknown> {
  return {
    FeatureId: feature.id,
    AccountId: feature.accountId,
    FeatureName: feature.featureName,
    FeatureType: feature.featureType,
    FeatureDescription: feature.featureDescription,
    Active: feature.active,
  };
}

function toAssignmentWire(assignment: FeatureAssignmentRecord): Record<string, unknown> {
  return {
    FeatureAssignmentId: assignment.id,
    FeatureId: assignment.featureId,
    SubscriptionId: assignment.subscriptionId,
    Active: assignment.active,
  };
}

function findFeature(ctx: RouteContext, input: Input, required = true): FeatureRecord | undefined {
  const id = input.id('FeatureId', ['FEID'], { required });
  return id === undefined ? undefined : ctx.state.features.owned(id, ctx.caller.id);
}

function findAssignment(ctx: RouteContext, input: Input): FeatureAssignmentRecord {
  return ctx.state.featureAssignments.owned(input.id('FeatureAssignmentId', ['FAID'], { required: true }), ctx.caller.id);
}

function requireUnassigned(ctx: RouteContext, featureId: string, subscriptionId: string, self?: FeatureAssignmentRecord): void {
  const existing = ctx.state.featureAssignments
    .values()
    .find((a) => a.featureId === featureId && a.subscriptionId === subscriptionId && a !== self);
  if (existing) throw badRequest(`feature '${featureId}' is already assigned to subscription '${subscriptionId}' (${existing.id}).`);
}

export const featureRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v1.0/subscriptions/features/add',
    handle(ctx) {
      const { body, state } = ctx;
      // Every field is nullable upstream; a feature with no AccountId is offered to the whole distributor.
      const accountId = body.string('AccountId', { aliases: ['AccountID'] });
      const feature = state.features.insert({
        id: state.entropy.id('FEID'),
        distributorId: ctx.caller.id,
        accountId: accountId === undefined ? null : state.resolveAccount(ctx.caller.id, accountId).id,
        featureName: body.string('FeatureName', { maxLength: 255 }) ?? null,
        featureType: body.string('FeatureType', { maxLength: 100 }) ?? null,
        featureDescription: body.string('FeatureDescription', { maxLength: 1000 }) ?? null,
        active: true,
      });
      return toFeatureWire(feature);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/features/update',
    handle(ctx) {
      const feature = findFeature(ctx, ctx.body)!;
      feature.featureName = ctx.body.string('FeatureName', { maxLength: 255 }) ?? feature.featureName;
      feature.featureType = ctx.body.string('FeatureType', { maxLength: 100 }) ?? feature.featureType;
      feature.featureDescription = ctx.body.string('FeatureDescription', { maxLength: 1000 }) ?? feature.featureDescription;
      return toFeatureWire(feature);
    },
  },
  {
    method: 'GET',
    path: '/v1.0/subscriptions/features',
    handle(ctx) {
      // One feature by FeatureId, or (the reference leaves it open) all of the caller's features.
      const feature = findFeature(ctx, ctx.query, false);
      if (feature) return [toFeatureWire(feature)];
      const accountId = ctx.query.string('AccountId', { aliases: ['AccountID'] });
      const account = accountId === undefined ? undefined : ctx.state.resolveAccount(ctx.caller.id, accountId);
      return ctx.state.features
        .ofDistributor(ctx.caller.id)
        .filter((f) => account === undefined || f.accountId === null || f.accountId === account.id)
        .map(toFeatureWire);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/features/assignments/add',
    handle(ctx) {
      const feature = findFeature(ctx, ctx.body)!;
      const subscription = findSubscription(ctx, ctx.body);
      if (feature.accountId !== null && feature.accountId !== subscription.accountId) {
        throw badRequest(`feature '${feature.id}' belongs to another account than subscription '${subscription.id}'.`);
      }
      requireUnassigned(ctx, feature.id, subscription.id);
      const assignment = ctx.state.featureAssignments.insert({
        id: ctx.state.entropy.id('FAID'),
        distributorId: ctx.caller.id,
        featureId: feature.id,
        subscriptionId: subscription.id,
        active: true,
      });
      return toAssignmentWire(assignment);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/features/assignments/update',
    handle(ctx) {
      const assignment = findAssignment(ctx, ctx.body);
      const featureId = findFeature(ctx, ctx.body, false)?.id ?? assignment.featureId;
      const subscriptionId = ctx.body.has('SubscriptionId') ? findSubscription(ctx, ctx.body).id : assignment.subscriptionId;
      requireUnassigned(ctx, featureId, subscriptionId, assignment);
      Object.assign(assignment, { featureId, subscriptionId });
      return toAssignmentWire(assignment);
    },
  },
  {
    method: 'POST',
    path: '/v1.0/subscriptions/features/assignments/delete',
    handle(ctx) {
      // Unlinks only: the feature stays.
      const assignment = findAssignment(ctx, ctx.body);
      ctx.state.featureAssignments.delete(assignment.id);
      return { FeatureAssignmentId: assignment.id, Status: 'Deleted' };
    },
  },
  {
    method: 'GET',
    path: '/v1.0/subscriptions/features/assignments',
    handle(ctx) {
      if (ctx.query.has('FeatureAssignmentId')) return [toAssignmentWire(findAssignment(ctx, ctx.query))];
      if (!ctx.query.has('SubscriptionId')) throw badRequest('FeatureAssignmentId or SubscriptionId is required.');
      const subscription = findSubscription(ctx, ctx.query);
      return ctx.state.featureAssignments
        .values()
        .filter((a) => a.subscriptionId === subscription.id)
        .map(toAssignmentWire);
    },
  },
];
