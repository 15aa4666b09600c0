import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Voicemail on a number. Its PIN is never exposed.', simpleResolvers: true })
export class Voicemail {
  @Field({ description: 'Active, or Inactive when voicemail was never activated.' })
  status!: string;

  @Field(() => String, { nullable: true, description: 'Where new-message notices are e-mailed.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'Mailbox owner’s first name.' })
  firstName!: string | null;

  @Field(() => String, { nullable: true, description: 'Mailbox owner’s last name.' })
  lastName!: string | null;
}
