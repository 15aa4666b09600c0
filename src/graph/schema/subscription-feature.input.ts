import { Field, ID, InputType } from 'type-graphql';
import { type ValidatedInput, checkId, checkText, inputField } from './input-rules';

/** The platform's limits (the sandbox's; REFERENCE.md §3.14 gives none). */
const NAME_MAX = 255;
const TYPE_MAX = 100;
const DESCRIPTION_MAX = 1000;

@InputType({ description: 'A new add-on that subscriptions can carry (roaming, VoIP, an SMS bundle, a speed tier). Every field is optional, as in Telegent.' })
export class CreateSubscriptionFeatureInput implements ValidatedInput {
  @Field(() => ID, { nullable: true, description: 'The account offering it (AID-); left out, every account of the distributor may use it.' })
  accountId?: string | null;

  @Field(() => String, { nullable: true, description: 'Display name, e.g. International Roaming (up to 255 characters).' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Kind, free text: Data, Voice, SMS, Roaming, VoIP… (up to 100 characters).' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'What it does (up to 1000 characters).' })
  description?: string | null;

  validate(): void {
    checkId(this.accountId, ['AID'], inputField('accountId'));
    checkFeatureFields(this);
  }
}

@InputType({ description: 'Changes to a feature; fields left out stay as they are.' })
export class UpdateSubscriptionFeatureInput implements ValidatedInput {
  @Field(() => ID, { description: 'The feature (FEID-).' })
  featureId!: string;

  @Field(() => String, { nullable: true, description: 'New display name.' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New kind.' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'New description.' })
  description?: string | null;

  validate(): void {
    checkId(this.featureId, ['FEID'], inputField('featureId'));
    checkFeatureFields(this);
  }
}

function checkFeatureFields(input: Pick<UpdateSubscriptionFeatureInput, 'name' | 'type' | 'description'>): void {
  checkText(input.name, NAME_MAX, inputField('name'));
  checkText(input.type, TYPE_MAX, inputField('type'));
  checkText(input.description, DESCRIPTION_MAX, inputField('description'));
}

@InputType({ description: 'A feature to attach to a subscription of the feature’s account.' })
export class AssignFeatureInput implements ValidatedInput {
  @Field(() => ID, { description: 'The feature (FEID-).' })
  featureId!: string;

  @Field(() => ID, { description: 'The subscription (SUB-); a feature is attached to it at most once.' })
  subscriptionId!: string;

  validate(): void {
    checkId(this.featureId, ['FEID'], inputField('featureId'));
    checkId(this.subscriptionId, ['SUB'], inputField('subscriptionId'));
  }
}

@InputType({ description: 'Changes to a feature assignment: another feature, or another subscription; fields left out stay as they are.' })
export class UpdateFeatureAssignmentInput implements ValidatedInput {
  @Field(() => ID, { description: 'The assignment (FAID-), as `BillingSubscription.featureAssignments` lists it.' })
  featureAssignmentId!: string;

  @Field(() => ID, { nullable: true, description: 'The feature to assign instead (FEID-).' })
  featureId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The subscription to move the assignment to (SUB-).' })
  subscriptionId?: string | null;

  validate(): void {
    checkId(this.featureAssignmentId, ['FAID'], inputField('featureAssignmentId'));
    checkId(this.featureId, ['FEID'], inputField('featureId'));
    checkId(this.subscriptionId, ['SUB'], inputField('subscriptionId'));
  }
}

@InputType({ description: 'A feature assignment to remove; the feature itself stays.' })
export class UnassignFeatureInput implements ValidatedInput {
  @Field(() => ID, { description: 'The assignment (FAID-), as `BillingSubscription.featureAssignments` lists it.' })
  featureAssignmentId!: string;

  validate(): void {
    checkId(this.featureAssignmentId, ['FAID'], inputField('featureAssignmentId'));
  }
}
