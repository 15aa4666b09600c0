import { Field, ObjectType } from 'type-graphql';
import { GuardianFeatures, GuardianRelation } from './guardian.type';

@ObjectType({ description: 'The result of setGuardianFeatures.' })
export class SetGuardianFeaturesPayload {
  @Field(() => GuardianFeatures, { description: 'Both flags as they are now.' })
  features!: GuardianFeatures;

  /** For `subscriber`. */
  subscriberId!: string;
}

@ObjectType({ description: 'The result of linkGuardian.' })
export class LinkGuardianPayload {
  @Field(() => GuardianRelation, { description: 'The new relation, with its parent and child.' })
  relation!: GuardianRelation;
}

@ObjectType({ description: 'The result of unlinkGuardian.' })
export class UnlinkGuardianPayload {
  @Field(() => GuardianRelation, { description: 'The relation that was removed, with its parent and child as they are now.' })
  relation!: GuardianRelation;
}
