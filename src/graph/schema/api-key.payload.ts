import { Field, ObjectType } from 'type-graphql';
import { ApiKey } from './api-key.type';

@ObjectType({ description: 'The result of createApiKey: the key’s description, and the key itself, shown this once.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { description: 'The new key, as apiKeys lists it.' })
  apiKey!: ApiKey;

  @Field({
    description:
      'The key to send as `Authorization: Bearer <key>`: `tgk_<16 hex digits>_<64 hex digits>`. Shown here only, once: the ' +
      'gateway keeps a keyed hash of it and cannot show it again (revoke the key and create another if it is lost).',
  })
  key!: string;
}

@ObjectType({ description: 'The result of revokeApiKey.' })
export class RevokeApiKeyPayload {
  @Field(() => ApiKey, { description: 'The key, revoked (revokedAt is set).' })
  apiKey!: ApiKey;
}
