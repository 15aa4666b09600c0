import type {
  AssignFeatureInput,
  CreateSubscriptionFeatureInput,
  UnassignFeatureInput,
  UpdateFeatureAssignmentInput,
  UpdateSubscriptionFeatureInput,
} from '../../graph/schema/subscription-feature.input';
import { ErrorCode, type GatewayError, domainError, notFound } from '../../errors';
import { type RawDeletion } from '../catalog/mappers';
import { type RawFeature, type RawFeatureAssignment } from './mappers';
import { sameId } from '../../ids';
import { type WriteContext, explainRefusal, performWrite } from '../write';
import { getFeatureAssignment, listFeatureAssignments } from './reads';

/** The fields create and update share; those left out are not sent. */
function featureFields(input: Pick<UpdateSubscriptionFeatureInput, 'name' | 'type' | 'description'>): Record<string, unknown> {
  return { FeatureName: input.name ?? undefined, FeatureType: input.type ?? undefined, FeatureDescription: input.description ?? undefined };
}

/** Subscription features (add-ons) and their assignments to subscriptions (REFERENCE.md §3.14). */
export class FeatureWrites {
  constructor(private readonly ctx: WriteContext) {}

  create(input: CreateSubscriptionFeatureInput): Promise<RawFeature> {
    return performWrite(this.ctx, () =>
      this.ctx.client.post<RawFeature>('/subscriptions/features/add', { AccountId: input.accountId ?? undefined, ...featureFields(input) }),
    );
  }

  update(input: UpdateSubscriptionFeatureInput): Promise<RawFeature> {
    return performWrite(this.ctx, () => this.ctx.client.post<RawFeature>('/subscriptions/features/update', { FeatureId: input.featureId, ...featureFields(input) }));
  }

  assign(input: AssignFeatureInput): Promise<RawFeatureAssignment> {
    return performWrite(this.ctx, () =>
      explainRefusal(
        () => this.ctx.client.post<RawFeatureAssignment>('/subscriptions/features/assignments/add', { FeatureId: input.featureId, SubscriptionId: input.subscriptionId }),
        (refusal) => this.explainAssigned(refusal, input.featureId, input.subscriptionId),
      ),
    );
  }

  /**
   * Moving an assignment changes two subscriptions and Telegent's answer names only the new one,
   * so an assignment that may move is read first. Returns it, and the subscription it left if it moved.
   */
  async updateAssignment(input: UpdateFeatureAssignmentInput): Promise<{ assignment: RawFeatureAssignment; previousSubscriptionId: string | null }> {
    const before = input.subscriptionId ? await getFeatureAssignment(this.ctx.client, input.featureAssignmentId) : null;
    const assignment = await performWrite(this.ctx, () =>
      explainRefusal(
        () =>
          this.ctx.client.post<RawFeatureAssignment>('/subscriptions/features/assignments/update', {
            FeatureAssignmentId: input.featureAssignmentId,
            FeatureId: input.featureId ?? undefined,
            SubscriptionId: input.subscriptionId ?? undefined,
          }),
        async (refusal) => {
          const current = before ?? (await getFeatureAssignment(this.ctx.client, input.featureAssignmentId));
          if (!current) return null;
          return this.explainAssigned(refusal, input.featureId ?? current.FeatureId, input.subscriptionId ?? current.SubscriptionId, current.FeatureAssignmentId);
        },
      ),
    );
    const moved = before !== null && !sameId(before.SubscriptionId, assignment.SubscriptionId);
    return { assignment, previousSubscriptionId: moved ? before.SubscriptionId : null };
  }

  /**
   * Telegent deletes an assignment by its ID alone and does not say which subscription carried it,
   * so it is read first: the payload's subscription is then the one that changed. Returns its ID.
   */
  async unassign(input: UnassignFeatureInput): Promise<string> {
    const assignment = await getFeatureAssignment(this.ctx.client, input.featureAssignmentId);
    if (!assignment) throw notFound(`Feature assignment ${input.featureAssignmentId}`);
    await performWrite(this.ctx, () =>
      this.ctx.client.post<RawDeletion>('/subscriptions/features/assignments/delete', { FeatureAssignmentId: assignment.FeatureAssignmentId }),
    );
    return assignment.SubscriptionId;
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
