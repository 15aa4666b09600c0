import type { LinkGuardianInput, SetGuardianFeaturesInput, UnlinkGuardianInput } from '../../graph/schema/guardian.input';
import type { LinkGuardianPayload, SetGuardianFeaturesPayload, UnlinkGuardianPayload } from '../../graph/schema/guardian.payload';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { sameSubscriber } from '../../ids';
import { type WriteContext, runWrite } from '../write';
import { type RawGuardianFeatures, type RawGuardianRelation, type RawGuardianRelationDeleted, toGuardianFeatures, toGuardianRelation } from './mappers';
import { getGuardianFeatures, listGuardianChildren, listGuardianParents } from './reads';

/** AI Guardian flags and parent → child relations (REFERENCE.md §3.5). Nothing here creates or spends. */
export class GuardianWrites {
  constructor(private readonly ctx: WriteContext) {}

  /** Flags left out keep their value (Telegent's update is partial). */
  async setFeatures(input: SetGuardianFeaturesInput): Promise<SetGuardianFeaturesPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'setGuardianFeatures',
      changes: () => [],
      targets: { guardianSubjects: [input.subscriberId] },
      send: () =>
        this.ctx.client.post<RawGuardianFeatures>('/subscribers/guardian-features', {
          SubscriberId: input.subscriberId,
          EnableIntelligentGuardianCalls: input.calls ?? undefined,
          EnableIntelligentGuardianMessages: input.messages ?? undefined,
        }),
    });
    return { features: toGuardianFeatures(raw), subscriberId: raw.SubscriberId };
  }

  async link(input: LinkGuardianInput): Promise<LinkGuardianPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'linkGuardian',
      changes: () => [],
      // Both ends within subscriber reach: a link makes its parent reach the child's Guardian settings.
      targets: { subscribers: [input.parentSubscriberId, input.childSubscriberId] },
      send: () =>
        this.ctx.client.post<RawGuardianRelation>('/subscribers/guardians/relation', {
          ParentSubscriberId: input.parentSubscriberId,
          ChildSubscriberId: input.childSubscriberId,
          Relation: input.relation.trim(),
        }),
      explainRefusal: (refusal) => this.explainLinkRefusal(input, refusal),
    });
    return { relation: toGuardianRelation(raw) };
  }

  async unlink(input: UnlinkGuardianInput): Promise<UnlinkGuardianPayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'unlinkGuardian',
      changes: () => [],
      // A subscriber may unlink a child of its own, not the parent that guards it.
      targets: { guardianSubjects: [input.parentSubscriberId, input.childSubscriberId] },
      send: () =>
        this.ctx.client.post<RawGuardianRelationDeleted>('/subscribers/guardians/relation/delete', {
          ParentSubscriberId: input.parentSubscriberId,
          ChildSubscriberId: input.childSubscriberId,
        }),
    });
    return { relation: toGuardianRelation(raw) };
  }

  /**
   * A refused link: Guardian off at one end (either flag counts), or the two already linked
   * (either way round), each confirmed by reading it.
   */
  private async explainLinkRefusal(input: LinkGuardianInput, refusal: GatewayError): Promise<GatewayError | null> {
    const ends = await Promise.all([input.parentSubscriberId, input.childSubscriberId].map((id) => getGuardianFeatures(this.ctx.client, id)));
    const off = ends.find((end) => !end.EnableIntelligentGuardianCalls && !end.EnableIntelligentGuardianMessages);
    if (off) {
      return domainError(
        ErrorCode.GUARDIAN_NOT_ENABLED,
        `Guardian is off for subscriber ${off.SubscriberId}; turn on calls or messages with setGuardianFeatures before linking.`,
        refusal,
        { subscriberId: off.SubscriberId, feature: 'CALLS_OR_MESSAGES' },
      );
    }
    const [children, parents] = await Promise.all([
      listGuardianChildren(this.ctx.client, input.parentSubscriberId),
      listGuardianParents(this.ctx.client, input.parentSubscriberId),
    ]);
    const existing =
      children.find((r) => sameSubscriber(r.ChildSubscriberId, input.childSubscriberId)) ??
      parents.find((r) => sameSubscriber(r.ParentSubscriberId, input.childSubscriberId));
    if (!existing) return null;
    return domainError(
      ErrorCode.GUARDIAN_RELATION_EXISTS,
      `${existing.ParentSubscriberId} is already linked to ${existing.ChildSubscriberId} as '${existing.Relation}'; ` +
        'unlink them first to change the relation or its direction.',
      refusal,
      { relation: existing.Relation, parentSubscriberId: existing.ParentSubscriberId, childSubscriberId: existing.ChildSubscriberId },
    );
  }
}
