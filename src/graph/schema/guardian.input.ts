import { Field, ID, InputType } from 'type-graphql';
import { badUserInput } from '../../errors';
import { sameSubscriber } from '../../ids';
import { type ValidatedInput, checkId, checkNotBlank, inputField } from './input-rules';

/** Subscriber IDs: `TSUID-`, or the legacy `SID-` Telegent still accepts (REFERENCE.md §2.5). */
export const SUBSCRIBER_ID_PREFIXES = ['TSUID', 'SID'] as const;

@InputType({ description: 'Turns AI Guardian for calls and/or messages on or off; a flag left out keeps its value.' })
export class SetGuardianFeaturesInput implements ValidatedInput {
  @Field(() => ID, { description: 'The subscriber (TSUID-…).' })
  subscriberId!: string;

  @Field(() => Boolean, { nullable: true, description: 'Call filtering on or off (call filters can only be created while it is on).' })
  calls?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Message filtering on or off (message filters can only be created while it is on).' })
  messages?: boolean | null;

  validate(): void {
    checkId(this.subscriberId, SUBSCRIBER_ID_PREFIXES, inputField('subscriberId'));
    if (this.calls == null && this.messages == null) {
      throw badUserInput('Send input.calls, input.messages or both: there is nothing to change.', inputField('calls'));
    }
  }
}

@InputType({ description: 'A parent → child guardian link. Both subscribers need Guardian on (calls or messages).' })
export class LinkGuardianInput implements ValidatedInput {
  @Field(() => ID, { description: 'The guardian (TSUID-…): gets filter notifications and may manage the child’s filters.' })
  parentSubscriberId!: string;

  @Field(() => ID, { description: 'The subscriber under guard (TSUID-…); the link unlocks age presets on its call filters.' })
  childSubscriberId!: string;

  @Field({ description: 'What the parent is to the child, free text: Parent, Guardian, Caregiver…' })
  relation!: string;

  validate(): void {
    checkRelationEnds(this);
    checkNotBlank(this.relation, inputField('relation'));
  }
}

@InputType({ description: 'The guardian link to remove; subscribers and filters stay as they are.' })
export class UnlinkGuardianInput implements ValidatedInput {
  @Field(() => ID, { description: 'The guardian (TSUID-…).' })
  parentSubscriberId!: string;

  @Field(() => ID, { description: 'The subscriber under guard (TSUID-…).' })
  childSubscriberId!: string;

  validate(): void {
    checkRelationEnds(this);
  }
}

function checkRelationEnds(input: { parentSubscriberId: string; childSubscriberId: string }): void {
  checkId(input.parentSubscriberId, SUBSCRIBER_ID_PREFIXES, inputField('parentSubscriberId'));
  checkId(input.childSubscriberId, SUBSCRIBER_ID_PREFIXES, inputField('childSubscriberId'));
  if (sameSubscriber(input.parentSubscriberId, input.childSubscriberId)) {
    throw badUserInput('A subscriber cannot be its own guardian: parentSubscriberId and childSubscriberId are the same.', inputField('childSubscriberId'));
  }
}
