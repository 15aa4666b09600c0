import { badRequest, notFound } from '../errors';
import { findSubscriber, relationsOf } from '../guardian';
import type { GuardianFeaturesRecord, GuardianRelationRecord, SubscriberRecord } from '../model';
import type { Route, RouteContext } from '../router';

function toGuardianFeaturesWire(features: GuardianFeaturesRecord) {
  return {
    SubscriberId: features.subscriberId,
    EnableIntelligentGuardianCalls: features.calls,
    EnableIntelligentGuardianMessages: features.messages,
  };
}

function toGuardianRelationWire(relation: GuardianRelationRecord) {
  return {
    ParentSubscriberId: relation.parentSubscriberId,
    ChildSubscriberId: relation.childSubscriberId,
    Relation: relation.relation,
  };
}

/** A relation needs Guardian on at both ends; either flag counts (REFERENCE.md §3.5). */
function requireGuardianEnabled(ctx: RouteContext, subscriber: SubscriberRecord, field: string): void {
  const features = ctx.state.guardianFeaturesOf(subscriber.id);
  if (!features.calls && !features.messages) {
    throw badRequest(
      `${field}: Guardian is not enabled for subscriber '${subscriber.id}'; ` +
        'turn it on with POST /v1.0/subscribers/guardian-features first.',
    );
  }
}

const getFeatures: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/guardian-features',
  handle(ctx) {
    const subscriber = findSubscriber(ctx, ctx.query, 'SubscriberId');
    return toGuardianFeaturesWire(ctx.state.guardianFeaturesOf(subscriber.id));
  },
};

const setFeatures: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/guardian-features',
  handle(ctx) {
    const subscriber = findSubscriber(ctx, ctx.body, 'SubscriberId');
    const calls = ctx.body.bool('EnableIntelligentGuardianCalls');
    const messages = ctx.body.bool('EnableIntelligentGuardianMessages');
    if (calls === undefined && messages === undefined) {
      throw badRequest('EnableIntelligentGuardianCalls or EnableIntelligentGuardianMessages is required.');
    }
    // Partial: a flag that is not sent keeps its value.
    const current = ctx.state.guardianFeaturesOf(subscriber.id);
    const features = { subscriberId: subscriber.id, calls: calls ?? current.calls, messages: messages ?? current.messages };
    ctx.state.guardianFeatures.set(subscriber.id, features);
    return toGuardianFeaturesWire(features);
  },
};

const createRelation: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/guardians/relation',
  handle(ctx) {
    const parent = findSubscriber(ctx, ctx.body, 'ParentSubscriberId');
    const child = findSubscriber(ctx, ctx.body, 'ChildSubscriberId');
    const label = ctx.body.string('Relation', { required: true });
    if (parent.id === child.id) throw badRequest('ParentSubscriberId and ChildSubscriberId must be different subscribers.');
    requireGuardianEnabled(ctx, parent, 'ParentSubscriberId');
    requireGuardianEnabled(ctx, child, 'ChildSubscriberId');
    const [existing] = relationsOf(ctx, (r) => r.parentSubscriberId === parent.id && r.childSubscriberId === child.id);
    if (existing !== undefined) {
      throw badRequest(
        `subscriber '${parent.id}' is already linked to '${child.id}' as '${existing.relation}'; delete the relation to change it.`,
      );
    }
    if (relationsOf(ctx, (r) => r.parentSubscriberId === child.id && r.childSubscriberId === parent.id).length > 0) {
      throw badRequest(`subscriber '${child.id}' is already the parent of '${parent.id}'; a relation cannot point both ways.`);
    }
    const relation: GuardianRelationRecord = {
      distributorId: ctx.caller.id,
      parentSubscriberId: parent.id,
      childSubscriberId: child.id,
      relation: label,
    };
    ctx.state.guardianRelations.push(relation);
    return toGuardianRelationWire(relation);
  },
};

const relationsByParent: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/guardians/relation/parent',
  handle(ctx) {
    const parent = findSubscriber(ctx, ctx.query, 'ParentSubscriberId', ['SubscriberId']);
    return relationsOf(ctx, (r) => r.parentSubscriberId === parent.id).map(toGuardianRelationWire);
  },
};

const relationsByChild: Route = {
  method: 'GET',
  path: '/v1.0/subscribers/guardians/relation/child',
  handle(ctx) {
    const child = findSubscriber(ctx, ctx.query, 'ChildSubscriberId', ['SubscriberId']);
    return relationsOf(ctx, (r) => r.childSubscriberId === child.id).map(toGuardianRelationWire);
  },
};

const deleteRelation: Route = {
  method: 'POST',
  path: '/v1.0/subscribers/guardians/relation/delete',
  handle(ctx) {
    const parent = findSubscriber(ctx, ctx.body, 'ParentSubscriberId');
    const child = findSubscriber(ctx, ctx.body, 'ChildSubscriberId');
    const relations = ctx.state.guardianRelations;
    const index = relations.findIndex(
      (r) => r.distributorId === ctx.caller.id && r.parentSubscriberId === parent.id && r.childSubscriberId === child.id,
    );
    if (index < 0) throw notFound(`guardian relation '${parent.id}' → '${child.id}'`);
    const [relation] = relations.splice(index, 1);
    return { Status: 'Deleted', DateDeleted: ctx.state.clock.iso(), ...toGuardianRelationWire(relation!) };
  },
};

export const guardianRoutes: Route[] = [
  getFeatures,
  setFeatures,
  createRelation,
  relationsByParent,
  relationsByChild,
  deleteRelation,
];
