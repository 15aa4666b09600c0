import { Field, ID, ObjectType } from 'type-graphql';
import { CallFilter } from './guardian.type';

@ObjectType({ description: 'The result of createCallFilter.' })
export class CreateCallFilterPayload {
  @Field(() => CallFilter, { description: 'The new filter.' })
  callFilter!: CallFilter;

  /** For `subscriber`. */
  subscriberId!: string;
}

@ObjectType({ description: 'The result of updateCallFilter.' })
export class UpdateCallFilterPayload {
  @Field(() => CallFilter, { description: 'The filter as it is now.' })
  callFilter!: CallFilter;
}

@ObjectType({ description: 'The result of deleteCallFilter.' })
export class DeleteCallFilterPayload {
  @Field(() => ID, { description: 'The ID of the filter deleted (CFID-…).' })
  deletedId!: string;

  /** For `subscriber`. */
  subscriberId!: string;
}

/** What both list changes answer: the filter, read after the change. */
export class CallFilterListChangePayload {
  /** For `callFilter`. */
  filterId!: string;
  subscriberId!: string;
}

@ObjectType({ description: 'The result of addCallFilterNumbers.' })
export class AddCallFilterNumbersPayload extends CallFilterListChangePayload {}

@ObjectType({ description: 'The result of removeCallFilterNumbers.' })
export class RemoveCallFilterNumbersPayload extends CallFilterListChangePayload {}
