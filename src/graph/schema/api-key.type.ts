import { DateTimeResolver } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'An API key a partner authenticates with (`Authorization: Bearer tgk_…`), in place of an access token: its reach and ' +
    'scopes, and its life. The key itself is shown once, by createApiKey; the gateway keeps only a keyed hash of it.',
  simpleResolvers: true,
})
export class ApiKey {
  @Field(() => ID, { description: 'The key’s ID (APIKEY-…), as revokeApiKey takes it; the caller’s principal is `key:<id>` in logs.' })
  id!: string;

  @Field({ description: 'The start of the key (`tgk_<16 hex digits>`): not secret, it tells which key a client or a log line holds.' })
  prefix!: string;

  @Field({ description: 'What the key is for, as its creator named it (a partner, an integration).' })
  name!: string;

  @Field({ description: 'The role of the key’s principal: always `partner`.' })
  role!: string;

  @Field(() => [ID], { description: 'The accounts (AID-…) the key reaches, and nothing else of the distributor.' })
  accountIds!: string[];

  @Field(() => [String], { description: 'What the key may do within its accounts (`read`, `numbers:provision`, …: README “Authentication and access”).' })
  scopes!: string[];

  @Field(() => DateTimeResolver, { description: 'When the key was created.' })
  createdAt!: Date;

  @Field({ description: 'Who created it: the principal ID of the operator (`jwt:<sub>`).' })
  createdBy!: string;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key stops working; null: it does not expire.' })
  expiresAt!: Date | null;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When the key was revoked; null while it is not. Revoked keys stay listed.' })
  revokedAt!: Date | null;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: 'When the key was last used, to about a minute (each instance records a key’s use at most once a minute); null: never used.',
  })
  lastUsedAt!: Date | null;
}
