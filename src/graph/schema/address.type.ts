import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A postal address as Telegent records it; every part may be missing.', simpleResolvers: true })
export class Address {
  @Field(() => String, { nullable: true, description: 'First street line.' })
  street1!: string | null;

  @Field(() => String, { nullable: true, description: 'Second street line (suite, apartment).' })
  street2!: string | null;

  @Field(() => String, { nullable: true, description: 'City.' })
  city!: string | null;

  @Field(() => String, { nullable: true, description: 'State, as sent (two-letter code or full name).' })
  state!: string | null;

  @Field(() => String, { nullable: true, description: 'ZIP or postal code.' })
  zip!: string | null;

  @Field(() => String, { nullable: true, description: 'Country; Telegent assumes USA when it is empty.' })
  country!: string | null;
}
