import { Field, ID, ObjectType } from 'type-graphql';
import { FeatureAssignment, SubscriptionFeature } from './subscription-feature.type';

@ObjectType({ description: 'The result of createSubscriptionFeature.' })
export class CreateSubscriptionFeaturePayload {
  @Field(() => SubscriptionFeature, { description: 'The new feature.' })
  feature!: SubscriptionFeature;
}

@ObjectType({ description: 'The result of updateSubscriptionFeature.' })
export class UpdateSubscriptionFeaturePayload {
  @Field(() => SubscriptionFeature, { description: 'The feature as it is now.' })
  feature!: SubscriptionFeature;
}

@ObjectType({ description: 'The result of assignFeature: the assignment, and the subscription now carrying the feature.' })
export class AssignFeaturePayload {
  @Field(() => FeatureAssignment, { description: 'The new assignment.' })
  assignment!: FeatureAssignment;
}

@ObjectType({ description: 'The result of updateFeatureAssignment: the assignment, the subscription carrying it now, and the one it left if it moved.' })
export class UpdateFeatureAssignmentPayload {
  @Field(() => FeatureAssignment, { description: 'The assignment as it is now.' })
  assignment!: FeatureAssignment;

  /** For `previousSubscription`: set when the assignment moved to another subscription. */
  previousSubscriptionId!: string | null;
}

@ObjectType({ description: 'The result of unassignFeature: the removed assignment’s ID, and the subscription without it.' })
export class UnassignFeaturePayload {
  @Field(() => ID, { description: 'The feature assignment removed (FAID-).' })
  deletedId!: string;

  /** For `subscription`. */
  subscriptionId!: string;
}
