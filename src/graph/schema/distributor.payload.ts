import { Field, ObjectType } from 'type-graphql';
import { Distributor, DistributorCredentials } from './distributor.type';

@ObjectType({ description: 'The result of createDistributor: the distributor, and its credentials, shown this once.' })
export class CreateDistributorPayload {
  @Field(() => Distributor, { description: 'The new distributor (no accounts yet).' })
  distributor!: Distributor;

  @Field(() => DistributorCredentials, { description: 'Its API credentials. Shown only here: the gateway keeps no copy and Telegent cannot show them again.' })
  credentials!: DistributorCredentials;
}

@ObjectType({ description: 'The result of updateDistributor. Telegent’s answer repeats the API secret; the gateway never passes it on.' })
export class UpdateDistributorPayload {
  @Field(() => Distributor, { description: 'The distributor as it is now.' })
  distributor!: Distributor;
}
