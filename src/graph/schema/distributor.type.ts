import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Address } from './address.type';

@ObjectType({
  description:
    'A distributor: the tenant above accounts, whose credentials call the API. Telegent has no endpoint that reads ' +
    'distributors, so the graph shows one only in the answers of createDistributor and updateDistributor.',
  simpleResolvers: true,
})
export class Distributor {
  @Field(() => ID, { description: 'The distributor ID (DID-…).' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'Display name.' })
  name!: string | null;

  @Field(() => ID, { description: 'The AccountKey its API tokens are minted with (the distributor ID itself).' })
  accountKey!: string;

  @Field(() => Int, { description: 'How many accounts it holds now.' })
  totalAccounts!: number;

  @Field(() => Address, { nullable: true, description: 'Billing address; null when none is recorded.' })
  billingAddress!: Address | null;

  @Field(() => Address, { nullable: true, description: 'Mailing address; null when none is recorded.' })
  mailingAddress!: Address | null;
}

@ObjectType({
  description:
    'API credentials of a new distributor, shown once. The gateway does not keep or log them, and Telegent can neither ' +
    'show the secret again nor rotate it: store it in a secret manager at once, and do not let a client cache keep it.',
  simpleResolvers: true,
})
export class DistributorCredentials {
  @Field(() => ID, { description: 'AccountKey for POST /v1.0/oauth2/tokens (the distributor ID).' })
  accountKey!: string;

  @Field({ description: 'AccountSecret for POST /v1.0/oauth2/tokens, in clear. Only this answer ever shows it.' })
  accountSecret!: string;
}
