import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { notFound } from '../../errors';
import type { Scope } from '../../principal';
import type { ApiKeyInfo } from '../../stores/api-keys';
import { Requires } from '../access';
import { CreateApiKeyInput, RevokeApiKeyInput } from '../schema/api-key.input';
import { CreateApiKeyPayload, RevokeApiKeyPayload } from '../schema/api-key.payload';
import { ApiKey } from '../schema/api-key.type';

/** Partners' API keys (README "API keys"): operators only, with the admin scope. No upstream call. */
@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Requires('admin', ['operator'])
  @Query(() => [ApiKey], { description: 'Every API key of the distributor, revoked ones included, newest first; never a key itself. Operators only.' })
  async apiKeys(@Ctx() { apiKeys }: Context): Promise<ApiKey[]> {
    return (await apiKeys.list()).map(toApiKey);
  }

  @Requires('admin', ['operator'])
  @Mutation(() => CreateApiKeyPayload, {
    description: 'Creates an API key for a partner and returns it, this once (only a keyed hash of it is kept). Operators only.',
  })
  async createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'The key’s name, accounts, scopes and expiry.' }) input: CreateApiKeyInput,
    @Ctx() { apiKeys, principal }: Context,
  ): Promise<CreateApiKeyPayload> {
    const { apiKey, key } = await apiKeys.create({
      name: input.name.trim(),
      accountIds: input.accountIds,
      scopes: input.scopes as Scope[],
      expiresAt: input.expiresAt?.getTime() ?? null,
      createdBy: principal.id,
    });
    return { apiKey: toApiKey(apiKey), key };
  }

  @Requires('admin', ['operator'])
  @Mutation(() => RevokeApiKeyPayload, {
    description: 'Revokes an API key: it stops working on this instance at once and on every other within 5 seconds (open WebSockets included). Operators only.',
  })
  async revokeApiKey(
    @Arg('input', () => RevokeApiKeyInput, { description: 'The key to revoke.' }) input: RevokeApiKeyInput,
    @Ctx() { apiKeys }: Context,
  ): Promise<RevokeApiKeyPayload> {
    const revoked = await apiKeys.revoke(input.id);
    if (!revoked) throw notFound(`API key '${input.id}'`);
    return { apiKey: toApiKey(revoked) };
  }
}

function toApiKey(info: ApiKeyInfo): ApiKey {
  const date = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));
  return { ...info, createdAt: new Date(info.createdAt), expiresAt: date(info.expiresAt), revokedAt: date(info.revokedAt), lastUsedAt: date(info.lastUsedAt) };
}
