import type {
  AssignFeatureInput,
  CreateSubscriptionFeatureInput,
  UnassignFeatureInput,
  UpdateFeatureAssignmentInput,
  UpdateSubscriptionFeatureInput,
} from '../../graph/schema/subscription-feature.input';
import type {
  AssignFeaturePayload,
  CreateSubscriptionFeaturePayload,
  UnassignFeaturePayload,
  UpdateFeatureAssignmentPayload,
  UpdateSubscriptionFeaturePayload,
} from '../../graph/schema/subscription-feature.payload';
import { ErrorCode, type GatewayError, domainError, notFound } from '../../errors';
import { sameId } from '../../ids';
import { type RawDeletion } from '../catalog/mappers';
import { type WriteContext, checkWriteTargets, runWrite } from '../write';
import { type RawFeature, type RawFeatureAssignment, toFeatureAssignment, toSubscriptionFeature } from './mappers';
import { FEATURE_LIST, getFeatureAssignment, listFeatureAssignments } from './reads';

/** The fields create and update share; those left out are not sent. */
function featureFields(input: Pick<UpdateSubscriptionFeatureInput, 'name' | 'type' | 'description'>): Record<string, unknown> {
  return { FeatureName: input.name ?? undefined, FeatureType: input.type ?? undefined, FeatureDescription: input.description ?? undefined };
}

/** Subscription features (add-ons) and their assignments to subscriptions (REFERENCE.md §3.14). */
export class FeatureWrites {
  constructor(private readonly ctx: WriteContext) {}

  async create(input: CreateSubscriptionFeatureInput): Promise<CreateSubscriptionFeaturePayload> {
    const feature = await runWrite(this.ctx, {
      operation: 'createSubscriptionFeature',
      // The feature list has no one-record read: it is read again (one call).
      changes: () => [{ entry: FEATURE_LIST, invalidate: true }],
      // Features are the distributor's catalog of add-ons, whichever account one is filed under.
      targets: { distributor: true },
      send: () => this.ctx.client.post<RawFeature>('/subscriptions/features/add', { AccountId: input.accountId ?? undefined, ...featureFields(input) }),
    });
    return { feature: toSubscriptionFeature(feature) };
  }

  async update(input: UpdateSubscriptionFeatureInput): Promise<UpdateSubscriptionFeaturePayload> {
    const feature = await runWrite(this.ctx, {
      operation: 'updateSubscriptionFeature',
      changes: () => [{ entry: FEATURE_LIST, invalidate: true }],
      targets: { distributor: true },
      send: () => this.ctx.client.post<RawFeature>('/subscriptions/features/update', { FeatureId: input.featureId, ...featureFields(input) }),
    });
    return { feature: toSubscriptionFeature(feature) };
  }

  async assign(input: AssignFeatureInput): Promise<AssignFeaturePayload> {
    const assignment = await runWrite(this.ctx, {
      operation: 'assignFeature',
      // Assignments are read per subscription, uncached; the feature's own record does not change.
      changes: () => [],
      targets: { subscriptions: [input.subscriptionId] },
      send: () =>
        this.ctx.client.post<RawFeatureAssignment>('/subscriptions/features/assignments/add', { FeatureId: input.featureId, SubscriptionId: input.subscriptionId }),
      explainRefusal: (refusal) => this.explainAssigned(refusal, input.featureId, input.subscriptionId),
    });
    return { assignment: toFeatureAssignment(assignment) };
  }

  /**
   * Moving an assignment changes two subscriptions and Telegent's answer names only the new one,
   * so an assignment that may move is read first: the payload names the subscription it left, if it moved.
   */
  async updateAssignment(input: UpdateFeatureAssignmentInput): Promise<UpdateFeatureAssignmentPayload> {
    const targets = { featureAssignments: [input.featureAssignmentId], subscriptions: [input.subscriptionId] };
    // Before the assignment is read: what that read finds must not tell one outside the reach from an unknown one.
    await checkWriteTargets(this.ctx, targets);
    const before = input.subscriptionId ? await getFeatureAssignment(this.ctx.client, input.featureAssignmentId) : null;
    const assignment = await runWrite(this.ctx, {
      operation: 'updateFeatureAssignment',
      changes: () => [],
      targets,
      send: () =>
        this.ctx.client.post<RawFeatureAssignment>('/subscriptions/features/assignments/update', {
          FeatureAssignmentId: input.featureAssignmentId,
          FeatureId: input.featureId ?? undefined,
          SubscriptionId: input.subscriptionId ?? undefined,
        }),
      explainRefusal: async (refusal) => {
        const current = before ?? (await getFeatureAssignment(this.ctx.client, input.featureAssignmentId));
        if (!current) return null;
        return this.explainAssigned(refusal, input.featureId ?? current.FeatureId, input.subscriptionId ?? current.SubscriptionId, current.FeatureAssignmentId);
      },
    });
    const moved = before !== null && !sameId(before.SubscriptionId, assignment.SubscriptionId);
    return { assignment: toFeatureAssignment(assignment), previousSubscriptionId: moved ? before.SubscriptionId : null };
  }

  /**
   * Telegent deletes an assignment by its ID alone and does not say which subscription carried it,
   * so it is read first: the payload's subscription is then the one that changed.
   */
  async unassign(input: UnassignFeatureInput): Promise<UnassignFeaturePayload> {
    const targets = { featureAssignments: [input.featureAssignmentId] };
    // Before the assignment is read: an assignment outside the reach answers as an unknown one.
    await checkWriteTargets(this.ctx, targets);
    const assignment = await getFeatureAssignment(this.ctx.client, input.featureAssignmentId);
    if (!assignment) throw notFound(`Feature assignment ${input.featureAssignmentId}`);
    await runWrite(this.ctx, {
      operation: 'unassignFeature',
      changes: () => [],
      targets,
      send: () => this.ctx.client.post<RawDeletion>('/subscriptions/features/assignments/delete', { FeatureAssignmentId: assignment.FeatureAssignmentId }),
    });
    return { deletedId: input.featureAssignmentId, subscriptionId: assignment.SubscriptionId };
  }

  /** FEATURE_ALREADY_ASSIGNED when the subscription already carries the feature (through another assignment than `selfId`). */
  private async explainAssigned(refusal: GatewayError, featureId: string, subscriptionId: string, selfId?: string): Promise<GatewayError | null> {
    const existing = (await listFeatureAssignments(this.ctx.client, subscriptionId)).find(
      (a) => sameId(a.FeatureId, featureId) && !sameId(a.FeatureAssignmentId, selfId),
    );
    if (!existing) return null;
    return domainError(
      ErrorCode.FEATURE_ALREADY_ASSIGNED,
      `Feature ${featureId} is already assigned to subscription ${subscriptionId} (${existing.FeatureAssignmentId}).`,
      refusal,
      { featureAssignmentId: existing.FeatureAssignmentId },
    );
  }
}
