import type { CreateMessageRouteInput, UpdateMessageRouteInput } from '../../graph/schema/message-route.input';
import type {
  CreateMessageRoutePayload,
  CreateVoiceRoutePayload,
  DeleteMessageRoutePayload,
  DeleteVoiceRoutePayload,
  UpdateMessageRoutePayload,
  UpdateVoiceRoutePayload,
} from '../../graph/schema/route.payload';
import type { CreateVoiceRouteInput, UpdateVoiceRouteInput } from '../../graph/schema/voice-route.input';
import { ErrorCode, type GatewayError, domainError } from '../../errors';
import { type RawInventoryNumber } from '../numbers/mappers';
import { listInventory } from '../numbers/reads';
import { type WriteContext, runWrite } from '../write';
import type { WriteTargets } from '../write-targets';
import { createMessageRouteBody, createVoiceRouteBody, updateMessageRouteBody, updateVoiceRouteBody } from './bodies';
import { type RawMessageRoute, type RawVoiceRoute, toMessageRoute, toVoiceRoute } from './mappers';
import { listMessageRoutes, listVoiceRoutes } from './reads';

/** Message routes (REFERENCE.md §3.6) and voice routes (§3.8). */
export class RouteWrites {
  constructor(private readonly ctx: WriteContext) {}

  async createMessageRoute(input: CreateMessageRouteInput): Promise<CreateMessageRoutePayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'createMessageRoute',
      changes: () => [],
      targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' } },
      send: () => this.ctx.client.post<RawMessageRoute>('/message/routes', createMessageRouteBody(input.accountId, input)),
    });
    const messageRoute = toMessageRoute(raw);
    return { messageRoute, accountId: messageRoute.accountId };
  }

  async updateMessageRoute(input: UpdateMessageRouteInput): Promise<UpdateMessageRoutePayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateMessageRoute',
      changes: () => [],
      targets: { messageRoutes: [input.messageRouteId] },
      send: () => this.ctx.client.post<RawMessageRoute>('/message/routes/update', updateMessageRouteBody(input.messageRouteId, input)),
    });
    const messageRoute = toMessageRoute(raw);
    return { messageRoute, accountId: messageRoute.accountId };
  }

  deleteMessageRoute(routeId: string): Promise<DeleteMessageRoutePayload> {
    return this.deleteRoute('message', routeId, {
      operation: 'deleteMessageRoute',
      targets: { messageRoutes: [routeId] },
      path: '/message/routes/delete',
      body: { MessageRouteId: routeId },
      findRoute: async () => (await listMessageRoutes(this.ctx.client)).find((r) => r.MessageRouteId === routeId),
      routeOf: (n) => n.MessageRouteId,
    });
  }

  async createVoiceRoute(input: CreateVoiceRouteInput): Promise<CreateVoiceRoutePayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'createVoiceRoute',
      changes: () => [],
      targets: { accountOrDefault: { id: input.accountId, field: 'input.accountId' } },
      send: () => this.ctx.client.post<RawVoiceRoute>('/voice/routes', createVoiceRouteBody(input)),
    });
    const voiceRoute = toVoiceRoute(raw);
    return { voiceRoute, accountId: voiceRoute.accountId };
  }

  async updateVoiceRoute(input: UpdateVoiceRouteInput): Promise<UpdateVoiceRoutePayload> {
    const raw = await runWrite(this.ctx, {
      operation: 'updateVoiceRoute',
      changes: () => [],
      targets: { voiceRoutes: [input.voiceRouteId] },
      send: () => this.ctx.client.post<RawVoiceRoute>('/voice/routes/update', updateVoiceRouteBody(input)),
    });
    const voiceRoute = toVoiceRoute(raw);
    return { voiceRoute, accountId: voiceRoute.accountId };
  }

  deleteVoiceRoute(routeId: string): Promise<DeleteVoiceRoutePayload> {
    return this.deleteRoute('voice', routeId, {
      operation: 'deleteVoiceRoute',
      targets: { voiceRoutes: [routeId] },
      path: '/voice/routes/delete',
      body: { CallRouteId: routeId },
      findRoute: async () => (await listVoiceRoutes(this.ctx.client)).find((r) => r.CallRouteId === routeId),
      routeOf: (n) => n.VoiceRouteId,
    });
  }

  /**
   * Deletes a route. Its delete answer does not name the account, so the route's list is read
   * first; a failed read leaves the account unknown rather than stopping the delete. A refusal
   * while numbers use the route becomes ROUTE_IN_USE, confirmed by one inventory read.
   */
  private async deleteRoute(
    kind: 'message' | 'voice',
    routeId: string,
    how: {
      operation: string;
      targets: WriteTargets;
      path: string;
      body: Record<string, string>;
      findRoute: () => Promise<{ AccountId?: string | null; AccountID?: string | null } | undefined>;
      routeOf: (n: RawInventoryNumber) => string | null | undefined;
    },
  ): Promise<DeleteMessageRoutePayload | DeleteVoiceRoutePayload> {
    const route = await how.findRoute().catch(() => undefined);
    await runWrite(this.ctx, {
      operation: how.operation,
      // Telegent refuses to delete a route numbers still use, so no number's route changes.
      changes: () => [],
      targets: how.targets,
      send: () => this.ctx.client.post(how.path, how.body),
      explainRefusal: (refusal) => this.routeInUse(refusal, kind, routeId, how.routeOf),
    });
    return { deletedId: routeId, accountId: route?.AccountID ?? route?.AccountId ?? null };
  }

  /** A refused delete of a route that numbers still use, confirmed by one inventory read: ROUTE_IN_USE naming them. */
  private async routeInUse(refusal: GatewayError, kind: 'message' | 'voice', routeId: string, routeOf: (n: RawInventoryNumber) => string | null | undefined): Promise<GatewayError | null> {
    const numbers = (await listInventory(this.ctx.client, null)).filter((n) => routeOf(n) === routeId).map((n) => n.Number);
    if (numbers.length === 0) return null;
    return domainError(
      ErrorCode.ROUTE_IN_USE,
      `The ${kind} route ${routeId} still serves ${numbers.length} number(s); move them to another route before deleting it.`,
      refusal,
      { numbers },
    );
  }
}
